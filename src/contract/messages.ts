import { z } from 'zod';
import { documentMediaTypes } from '../domain/documents/index';

/**
 * Messages between the person (portal) and the case staff: one thread per case (ADR 0016).
 * Staff: /api/v1/cases/{id}/messages; the person: /api/v1/me/messages. Bodies are plain text with
 * line breaks; HTML and control characters are refused. An attachment is a case document.
 */

const timestamp = z.iso.datetime({ offset: true });

export const maxMessageLength = 5_000;

// Line feed, carriage return and tab are text; every other C0/C1 control character is refused.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Something that looks like a tag or comment: `<b>`, `</p>`, `<img src=x>`, `<br/>`, `<!--`; `a < b` is text.
const htmlTag = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>|<!--|<![a-zA-Z]/;

/** The text of a message: 1–5,000 characters after trimming, no control characters, no HTML. */
export const messageTextSchema = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(maxMessageLength, `at most ${maxMessageLength} characters`)
      .refine((text) => !controlCharacters.test(text), 'must not contain control characters')
      .refine((text) => !htmlTag.test(text), 'must be plain text without HTML'),
  );

export const staffMessageBodySchema = z.strictObject({
  body: messageTextSchema,
  documentId: z.uuid().optional().describe('A document of this case to attach (upload it first)'),
  personId: z.uuid().optional().describe('The person of the case the message is for (default: the main person)'),
});
export type StaffMessageBody = z.input<typeof staffMessageBodySchema>;

export const personMessageBodySchema = z.strictObject({
  body: messageTextSchema,
  documentId: z.uuid().optional().describe('An attachment uploaded through /api/v1/me/messages/attachments'),
});
export type PersonMessageBody = z.input<typeof personMessageBodySchema>;

export const messageSides = ['person', 'staff'] as const;

export const messageAttachmentSchema = z
  .object({ id: z.uuid(), fileName: z.string(), mediaType: z.enum(documentMediaTypes), sizeBytes: z.number().int() })
  .meta({ id: 'MessageAttachment' });
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const caseMessageSchema = z
  .object({
    id: z.uuid(),
    side: z.enum(messageSides),
    personId: z.uuid().nullable(),
    author: z.object({ name: z.string(), organisation: z.string().nullable() }),
    /** Whether the caller wrote it. */
    mine: z.boolean(),
    body: z.string(),
    attachment: messageAttachmentSchema.nullable(),
    createdAt: timestamp,
    /** When the other side first read it. */
    readAt: timestamp.nullable(),
  })
  .meta({ id: 'CaseMessage' });
export type CaseMessage = z.infer<typeof caseMessageSchema>;

export const messageThreadSchema = z
  .object({
    items: z.array(caseMessageSchema).describe('Oldest first'),
    /** Messages of the other side the caller has not read yet. */
    unread: z.number().int(),
  })
  .meta({ id: 'MessageThread' });
export type MessageThread = z.infer<typeof messageThreadSchema>;

export const markReadResponseSchema = z.object({ marked: z.number().int() });
export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** Staff: unread messages of people in the cases the caller can reach. */
export const staffUnreadSchema = z.object({
  unread: z.number().int(),
  cases: z.array(z.object({ caseId: z.uuid(), reference: z.string(), unread: z.number().int(), lastAt: timestamp })),
});
export type StaffUnread = z.infer<typeof staffUnreadSchema>;

export const attachmentQuerySchema = z.strictObject({
  fileName: z.string().min(1).max(1_000).describe('The original file name'),
});
export const attachmentParamsSchema = z.object({ documentId: z.uuid() });
