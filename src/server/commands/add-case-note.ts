import { insertNote, type NoteWithAuthor } from '../db/repositories/case-records.repository';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/** Adds a note; notes are never edited, so the record of what was known when stays intact. */
export async function addCaseNote(ctx: CommandContext, caseId: string, input: { text: string }): Promise<NoteWithAuthor> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const note = await insertNote(tx, { caseId, text: input.text, authorUserId: actor.userId, createdAt: ctx.clock.now() });
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'note_added', data: { noteId: note.id } }]);
    return { ...note, author: { id: actor.userId, name: actor.name } };
  });
}
