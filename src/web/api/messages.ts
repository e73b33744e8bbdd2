import { csrfCookieName, csrfHeaderName } from '../../contract/auth';
import { errorResponseSchema } from '../../contract/errors';
import {
  caseMessageSchema,
  markReadResponseSchema,
  messageAttachmentSchema,
  messageThreadSchema,
  staffUnreadSchema,
  unreadCountSchema,
  type CaseMessage,
  type MessageAttachment,
  type MessageThread,
  type StaffUnread,
} from '../../contract/messages';
import { documentsApi } from './procedure';
import { ApiError, readCookie, request } from './client';
import { attachmentFilename, type ReportFile } from './pathways';

/** Sends a raw body (an attachment) or fetches a file, with the CSRF header on changes. */
async function send(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
  const csrfToken = readCookie(csrfCookieName);
  if (csrfToken && init.method !== 'GET') init.headers[csrfHeaderName] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'include' });
  } catch (error) {
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields);
    throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  return response;
}

/** One side of a thread: what the thread component needs, whoever the reader is. */
export type ThreadApi = {
  load(): Promise<MessageThread>;
  markRead(): Promise<number>;
  send(body: string, file: File | null): Promise<CaseMessage>;
  download(attachment: MessageAttachment): Promise<ReportFile>;
};

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

/** The staff side of a case's thread: attachments are uploaded as case documents first. */
export function caseThreadApi(caseId: string): ThreadApi {
  return {
    load: () => request('GET', `${casePath(caseId)}/messages`, messageThreadSchema),
    markRead: async () => (await request('POST', `${casePath(caseId)}/messages/read`, markReadResponseSchema)).marked,
    send: async (body, file) => {
      const documentId = file ? (await documentsApi.upload(caseId, file)).id : undefined;
      return request('POST', `${casePath(caseId)}/messages`, caseMessageSchema, { body, ...(documentId ? { documentId } : {}) });
    },
    download: async (attachment) => {
      const response = await send(`${casePath(caseId)}/documents/${encodeURIComponent(attachment.id)}/content`, { method: 'GET', headers: {} });
      return { blob: await response.blob(), filename: attachmentFilename(response.headers.get('content-disposition'), attachment.fileName) };
    },
  };
}

/** The person's side in the portal. */
export const myThreadApi: ThreadApi = {
  load: () => request('GET', '/api/v1/me/messages', messageThreadSchema),
  markRead: async () => (await request('POST', '/api/v1/me/messages/read', markReadResponseSchema)).marked,
  send: async (body, file) => {
    let documentId: string | undefined;
    if (file) {
      const response = await send(`/api/v1/me/messages/attachments?${new URLSearchParams({ fileName: file.name }).toString()}`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      documentId = messageAttachmentSchema.parse(await response.json()).id;
    }
    return request('POST', '/api/v1/me/messages', caseMessageSchema, { body, ...(documentId ? { documentId } : {}) });
  },
  download: async (attachment) => {
    const response = await send(`/api/v1/me/messages/attachments/${encodeURIComponent(attachment.id)}`, { method: 'GET', headers: {} });
    return { blob: await response.blob(), filename: attachmentFilename(response.headers.get('content-disposition'), attachment.fileName) };
  },
};

export const messagesApi = {
  myUnread: async (): Promise<number> => (await request('GET', '/api/v1/me/messages/unread', unreadCountSchema)).unread,
  staffUnread: (): Promise<StaffUnread> => request('GET', '/api/v1/messages/unread', staffUnreadSchema),
};
