import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';

export type Confirmation = { title: string; text: string; confirmLabel: string; cancelLabel: string; run(): Promise<void> };

/**
 * Asks before sending a request, saying where it goes and what happens (native modal <dialog>:
 * focus stays inside, Escape cancels, focus returns to the button that opened it). Same pattern
 * as the user administration's dialog.
 */
export function ConfirmDialog({ confirmation, onClose, testId }: { confirmation: Confirmation | null; onClose(): void; testId: string }) {
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
    <dialog ref={dialogRef} className="employer-dialog" aria-labelledby={`${testId}-title`} aria-describedby={`${testId}-text`} data-testid={testId} onClose={onClose}>
      {confirmation && (
        <>
          <h2 id={`${testId}-title`}>{confirmation.title}</h2>
          <p id={`${testId}-text`}>{confirmation.text}</p>
          <div className="employer-actions">
            <KolButton data-testid={`${testId}-confirm`} _label={confirmation.confirmLabel} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void confirm() }} />
            <KolButton data-testid={`${testId}-cancel`} _label={confirmation.cancelLabel} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </>
      )}
    </dialog>
  );
}
