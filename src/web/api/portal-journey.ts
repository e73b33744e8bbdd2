import { csrfCookieName, csrfHeaderName } from '../../contract/auth';
import { caseDocumentSchema, type CaseDocument } from '../../contract/documents';
import { errorResponseSchema } from '../../contract/errors';
import {
  documentRequestListSchema,
  documentRequestSchema,
  myCaseSchema,
  myDocumentSchema,
  type CreateDocumentRequest,
  type DocumentRequest,
  type DocumentReview,
  type MyCase,
  type MyDocument,
} from '../../contract/portal';
import { ApiError, readCookie, request } from './client';
import type { ReportFile } from './pathways';

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

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

/** The portal: the person's own case, checklist, uploads and downloads (ADR 0016). */
export const myCaseApi = {
  get: (): Promise<MyCase> => request('GET', '/api/v1/me/case', myCaseSchema),

  upload: async (file: File, target: { checklistItemId?: string | null; requestId?: string | null; personId?: string | null }): Promise<MyDocument> => {
    const search = new URLSearchParams({ fileName: file.name || 'foto' });
    if (target.checklistItemId) search.set('checklistItemId', target.checklistItemId);
    if (target.requestId) search.set('requestId', target.requestId);
    if (target.personId) search.set('personId', target.personId);
    const response = await send(`/api/v1/me/documents?${search.toString()}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    return myDocumentSchema.parse(await response.json());
  },

  download: async (document: MyDocument): Promise<ReportFile> => {
    const response = await send(`/api/v1/me/documents/${encodeURIComponent(document.id)}/content`, { method: 'GET', headers: {} });
    return { blob: await response.blob(), filename: document.fileName };
  },
};

/** Staff: review of uploads and requests for further documents. */
export const documentReviewApi = {
  review: (caseId: string, documentId: string, review: DocumentReview): Promise<CaseDocument> =>
    request('POST', `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/review`, caseDocumentSchema, review),
  requests: async (caseId: string): Promise<DocumentRequest[]> => (await request('GET', `${casePath(caseId)}/document-requests`, documentRequestListSchema)).items,
  request: (caseId: string, body: CreateDocumentRequest): Promise<DocumentRequest> => request('POST', `${casePath(caseId)}/document-requests`, documentRequestSchema, body),
  withdraw: (caseId: string, requestId: string): Promise<void> => request('POST', `${casePath(caseId)}/document-requests/${encodeURIComponent(requestId)}/withdraw`, null),
};
