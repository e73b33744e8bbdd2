import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';

export type { Confirmation };

/** Asks before giving or withdrawing a consent, saying what will happen (the shared dialog, portal styles). */
export function PortalDialog(props: { confirmation: Confirmation | null; onClose(): void; testId: string }) {
  return <ConfirmDialog {...props} className="portal-dialog" actionsClassName="portal-privacy__actions" />;
}

export type Feedback = { kind: 'success' | 'error'; text: string } | null;

/** The outcome of an action: success in a polite live region that is always there, failure as an alert. */
export function PortalFeedback({ feedback, testId }: { feedback: Feedback; testId: string }) {
  return (
    <>
      <p className="portal-privacy__status" role="status" data-testid={testId}>
        {feedback?.kind === 'success' && (
          <>
            <span aria-hidden="true">✓ </span>
            {feedback.text}
          </>
        )}
      </p>
      {feedback?.kind === 'error' && (
        <p className="portal-privacy__error" role="alert" data-testid={`${testId}-error`}>
          {feedback.text}
        </p>
      )}
    </>
  );
}
