import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';

export type Confirmation = { title: string; text: string; confirmLabel: string; cancelLabel: string; run(): Promise<void> };

/**
 * Asks before an action with consequences, saying what will happen (native modal <dialog>: focus
 * stays inside, Escape cancels, focus returns to the button that opened it).
 */
export function ConfirmDialog({
  confirmation,
  onClose,
  testId,
  className = 'user-dialog',
  actionsClassName = 'case-form__actions',
}: {
  confirmation: Confirmation | null;
  onClose(): void;
  testId: string;
  /** The area's dialog and button-row classes (its own stylesheet). */
  className?: string;
  actionsClassName?: string;
}) {
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
    <dialog ref={dialogRef} className={className} aria-labelledby={`${testId}-title`} aria-describedby={`${testId}-text`} data-testid={testId} onClose={onClose}>
      {confirmation && (
        <>
          <h2 id={`${testId}-title`}>{confirmation.title}</h2>
          <p id={`${testId}-text`}>{confirmation.text}</p>
          <div className={actionsClassName}>
            <KolButton data-testid={`${testId}-confirm`} _label={confirmation.confirmLabel} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void confirm() }} />
            <KolButton data-testid={`${testId}-cancel`} _label={confirmation.cancelLabel} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </>
      )}
    </dialog>
  );
}
