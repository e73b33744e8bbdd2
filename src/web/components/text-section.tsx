import { KolHeading } from '@public-ui/react-v19';
import type { ReactNode } from 'react';

/** A titled block of running text on an information page. */
export function TextSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="text-section">
      <KolHeading _level={2} _label={title} />
      {children}
    </section>
  );
}
