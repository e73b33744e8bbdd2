import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { TextareaInput, type Focusable } from '../../components/form-fields';

/** A question before a consequential action; with `reason`, the action needs a written reason. */
export type Decision = {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  reason?: { label: string; hint: string; missing: string };
  run(reason: string): Promise<void>;
};

/**
 * Asks before an action with consequences, saying what the person will see (the pattern of
 * admin-users/confirm-dialog.tsx: native modal <dialog>, Escape cancels, focus returns).
 */
export function DecisionDialog({ decision, onClose, testId }: { decision: Decision | null; onClose(): void; testId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const reasonRef = useRef<Focusable | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (decision && !dialog.open) {
      setReason('');
      setError(undefined);
      dialog.showModal();
    }
    if (!decision && dialog.open) dialog.close();
  }, [decision]);

  const confirm = async () => {
    if (!decision || isBusy) return;
    if (decision.reason && reason.trim() === '') {
      setError(decision.reason.missing);
      void reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await decision.run(reason.trim());
    } finally {
      setBusy(false);
      onClose();
    }
  };

  return (
    <dialog ref={dialogRef} className="user-dialog" aria-labelledby={`${testId}-title`} aria-describedby={`${testId}-text`} data-testid={testId} onClose={onClose}>
      {decision && (
        <>
          <h2 id={`${testId}-title`}>{decision.title}</h2>
          <p id={`${testId}-text`}>{decision.text}</p>
          {decision.reason && (
            <TextareaInput
              form={testId}
              name="reason"
              label={decision.reason.label}
              hint={decision.reason.hint}
              error={error}
              required
              value={reason}
              fieldRef={(element) => {
                reasonRef.current = element;
              }}
              onChange={(next) => {
                setReason(next);
                if (next.trim()) setError(undefined);
              }}
            />
          )}
          <div className="case-form__actions">
            <KolButton data-testid={`${testId}-confirm`} _label={decision.confirmLabel} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void confirm() }} />
            <KolButton data-testid={`${testId}-cancel`} _label={decision.cancelLabel} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </>
      )}
    </dialog>
  );
}
