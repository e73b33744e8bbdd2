import type { Actor } from '../commands/context';

/** Whose learning records an actor may export as xAPI: their own always; anyone's only as admin. */
export function canExportLearningOf(actor: Actor, subject: { userId: string } | 'everyone'): boolean {
  if (subject !== 'everyone' && subject.userId === actor.userId) return true;
  return actor.roles.includes('admin');
}
