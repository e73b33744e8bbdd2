import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';

export type Confirmation = { title: string; text: string; confirmLabel: string; cancelLabel: string; run(): Promise<void> };

/**
 * Asks before an action with consequences, saying what will happen (native modal <dialog>: focus
 * stays inside, Escape cancels, focus returns to the button that opened it). As admin-users' dialog.
 */
export function PortalDialog({ confirmation, onClose, testId }: { confirmation: Confirmation | null; onClose(): void; testId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (confirmation && !dialog.open) dialog.showModal();
    if (!confirmation && dialog.open) dialog.close();
  }, [confirmation]);

  const confirm = async () => {
    if (!confirmation || isBusy) return;
    setBusy(true);
    try {
      await confirmation.run();
    } finally {
      setBusy(false);
      onClose();
    }
  };

  return (
    <dialog ref={dialogRef} className="portal-dialog" aria-labelledby={`${testId}-title`} aria-describedby={`${testId}-text`} data-testid={testId} onClose={onClose}>
      {confirmation && (
        <>
          <h2 id={`${testId}-title`}>{confirmation.title}</h2>
          <p id={`${testId}-text`}>{confirmation.text}</p>
          <div className="portal-privacy__actions">
            <KolButton data-testid={`${testId}-confirm`} _label={confirmation.confirmLabel} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void confirm() }} />
            <KolButton data-testid={`${testId}-cancel`} _label={confirmation.cancelLabel} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </>
      )}
    </dialog>
  );
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
