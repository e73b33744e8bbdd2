import { KolButton } from '@public-ui/react-v19';
import { forwardRef, useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import type { Feedback } from '../../components/action-feedback';
import type { ChangeOutcome } from './use-case-record';

/** What every section of the case page gets: the case and the way to change it. */
export type SectionProps = { record: Case; change(run: () => Promise<unknown>): Promise<ChangeOutcome> };

/**
 * A section's heading, its feedback, and where focus goes after an action: a control that
 * vanished with the change (a "done" button, a closed form) must not leave focus nowhere, so
 * it moves to the section's heading, and the live region next to it says what happened.
 */
export function useSectionFeedback() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const succeed = useCallback((text: string) => {
    setFeedback({ kind: 'success', text });
    headingRef.current?.focus();
  }, []);

  /** A stale version is shown by the page's conflict banner; other failures stay in the section. */
  const fail = useCallback(
    (outcome: Exclude<ChangeOutcome, { ok: true }>) => {
      if (outcome.reason === 'conflict') return setFeedback(null);
      setFeedback({ kind: 'error', text: t(outcome.reason === 'notAllowed' ? 'cases.journey.notAllowed' : 'cases.actionFailed') });
    },
    [t],
  );

  return { headingRef, feedback, setFeedback, succeed, fail };
}

/** A section heading that can take focus after an action (not a tab stop). */
export const SectionHeading = forwardRef<HTMLHeadingElement, { id: string; children: ReactNode }>(function SectionHeading({ id, children }, ref) {
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="case-section__title">
      {children}
    </h2>
  );
});

/**
 * A short visible label ("Done") whose accessible name also names the item ("Mark task “Call
 * employer” as done"), so a list of such buttons stays distinguishable for screen readers.
 */
export function ItemButton({ visible, accessible, onClick, testId, disabled }: { visible: string; accessible: string; onClick(): void; testId?: string; disabled?: boolean }) {
  return (
    <KolButton data-testid={testId} _label="" _variant="secondary" _disabled={disabled} _on={{ onClick }}>
      <span slot="expert">
        <span aria-hidden="true">{visible}</span>
        <span className="visually-hidden">{accessible}</span>
      </span>
    </KolButton>
  );
}
