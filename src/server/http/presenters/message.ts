import type { CaseMessage } from '../../../contract/messages';
import type { ThreadMessage } from '../../db/repositories/messages.repository';
import type { ThreadViewer } from '../../commands/case-messages';
import type { DocumentMediaType } from '../../../contract/documents';

/** A message for the API: who wrote it (the person by name; staff with name and organisation). */
export function presentMessage(row: ThreadMessage, viewer: ThreadViewer): CaseMessage {
  const side = row.side === 'staff' ? 'staff' : 'person';
  return {
    id: row.id,
    side,
    personId: row.personId,
    author: side === 'staff' ? { name: row.authorName ?? '—', organisation: row.authorOrganisation } : { name: row.personName ?? row.authorName ?? '—', organisation: null },
    mine: side === viewer.side && row.authorUserId === viewer.userId,
    body: row.body,
    attachment: row.attachment ? { ...row.attachment, mediaType: row.attachment.mediaType as DocumentMediaType } : null,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
