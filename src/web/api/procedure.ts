import { caseDocumentSchema, documentMediaTypes, type CaseDocument } from '../../contract/documents';
import {
  acceleratedProcedureSchema,
  deadlineBoardSchema,
  type AcceleratedProcedureResponse,
  type DeadlineBoard,
  type StartProcedureBody,
} from '../../contract/procedures';
import { csrfCookieName, csrfHeaderName } from '../../contract/auth';
import { errorResponseSchema } from '../../contract/errors';
import { ApiError, readCookie, request } from './client';
import { attachmentFilename, type ReportFile } from './pathways';

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

/** The §81a procedure, the deadline board and case documents, typed by the shared contract. */
export const procedureApi = {
  start: (caseId: string, body: StartProcedureBody): Promise<AcceleratedProcedureResponse> =>
    request('POST', `${casePath(caseId)}/accelerated-procedure`, acceleratedProcedureSchema, body),

  completeStep: (caseId: string, stepId: string, completedOn: string, version: number): Promise<AcceleratedProcedureResponse> =>
    request('POST', `${casePath(caseId)}/accelerated-procedure/steps/${encodeURIComponent(stepId)}/complete`, acceleratedProcedureSchema, { completedOn, version }),

  deadlines: (from?: string, to?: string): Promise<DeadlineBoard> => {
    const search = new URLSearchParams();
    if (from) search.set('from', from);
    if (to) search.set('to', to);
    const text = search.toString();
    return request('GET', `/api/v1/deadlines${text ? `?${text}` : ''}`, deadlineBoardSchema);
  },
};

/** Whether the browser's file type is one the server accepts (it checks the content as well). */
export const isAcceptedMediaType = (type: string): boolean => (documentMediaTypes as readonly string[]).includes(type);

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
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  return response;
}

export const documentsApi = {
  /** The file itself as the body (no multipart): Content-Type is its type, the metadata in the query. */
  upload: async (caseId: string, file: File, checklistItemId?: string): Promise<CaseDocument> => {
    const search = new URLSearchParams({ fileName: file.name });
    if (checklistItemId) search.set('checklistItemId', checklistItemId);
    const response = await send(`${casePath(caseId)}/documents?${search.toString()}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    return caseDocumentSchema.parse(await response.json());
  },

  download: async (caseId: string, document: CaseDocument): Promise<ReportFile> => {
    const response = await send(`${casePath(caseId)}/documents/${encodeURIComponent(document.id)}/content`, { method: 'GET', headers: {} });
    return { blob: await response.blob(), filename: attachmentFilename(response.headers.get('content-disposition'), document.fileName) };
  },

  remove: (caseId: string, documentId: string): Promise<void> => request('DELETE', `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}`, null),
};
