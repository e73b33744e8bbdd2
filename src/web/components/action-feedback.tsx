import { KolAlert } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';

export type Feedback = { kind: 'success' | 'error'; text: string } | null;

/**
 * The outcome of an action next to where it happened. Success goes to a polite live region
 * that is always in the page (so screen readers announce the change), with a ✓ and the text,
 * not colour alone; a failure is an error alert.
 */
export function ActionFeedback({ feedback, testId }: { feedback: Feedback; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={feedback?.kind === 'success' ? 'action-status action-status--shown' : 'action-status'} role="status" data-testid={testId}>
        {feedback?.kind === 'success' && (
          <>
            <span aria-hidden="true">✓ </span>
            {feedback.text}
          </>
        )}
      </p>
      {feedback?.kind === 'error' && (
        <KolAlert data-testid={`${testId}-error`} _type="error" _variant="msg" _alert _label={t('cases.problemTitle')}>
          {feedback.text}
        </KolAlert>
      )}
    </>
  );
}
