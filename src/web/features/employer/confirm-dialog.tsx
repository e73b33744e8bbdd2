import { ConfirmDialog as SharedConfirmDialog, type Confirmation } from '../../components/confirm-dialog';

export type { Confirmation };

/** Asks before sending a request, saying where it goes and what happens (the shared dialog, employer styles). */
export function ConfirmDialog(props: { confirmation: Confirmation | null; onClose(): void; testId: string }) {
  return <SharedConfirmDialog {...props} className="employer-dialog" actionsClassName="employer-actions" />;
}
