import type { ReactNode } from 'react';

/** The reserved, clearly marked place for the video in German Sign Language (DGS); the video is missing. */
export function SignLanguagePlaceholder({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="sign-language-placeholder" data-testid="dgs-placeholder">
      <div className="sign-language-placeholder__frame" aria-hidden="true">
        <span className="sign-language-placeholder__mark">DGS</span>
      </div>
      <figcaption>
        <strong>{label}</strong>
        {children}
      </figcaption>
    </figure>
  );
}
