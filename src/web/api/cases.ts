import { inboxWithReferralsResponseSchema, type InboxWithReferralsResponse } from '../../contract/inbox-referrals';
import {
  caseAuditResponseSchema,
  caseListResponseSchema,
  caseNoteSchema,
  caseObstacleSchema,
  casePersonSchema,
  caseSchema,
  caseTaskSchema,
  type Case,
  type CaseAuditResponse,
  type CaseListResponse,
  type CaseStage,
  type CloseReason,
  type CreateCaseBody,
  type CreateMemberBody,
  type CreateObstacleBody,
  type CreateTaskBody,
} from '../../contract/cases';
import { orNullOn, request } from './client';

/** The list's query as it goes to the server (strings, as in the address bar). */
export type CaseListParams = {
  page?: number;
  pageSize?: number;
  stage?: CaseStage;
  q?: string;
  overdue?: boolean;
  navigator?: 'me' | 'none';
  sort?: 'updated' | 'created' | 'name';
};

function queryString(params: CaseListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

/** The case endpoints (capability 2), typed by the shared contract. */
export const casesApi = {
  list: (params: CaseListParams): Promise<CaseListResponse> => request('GET', `/api/v1/cases${queryString(params)}`, caseListResponseSchema),

  create: (body: CreateCaseBody): Promise<Case> => request('POST', '/api/v1/cases', caseSchema, body),

  /** One case, or null when it does not exist or is outside the caller's scope (404). */
  get: (id: string): Promise<Case | null> => orNullOn(404, request('GET', casePath(id), caseSchema)),

  /** A journey move of the case, based on the version the person saw (If-Match). */
  changeStage: (record: Pick<Case, 'id' | 'version'>, stage: CaseStage, closeReason?: CloseReason): Promise<Case> =>
    request('PATCH', casePath(record.id), caseSchema, closeReason ? { stage, closeReason } : { stage }, { 'if-match': `"${record.version}"` }),

  addMember: (id: string, body: CreateMemberBody) => request('POST', `${casePath(id)}/members`, casePersonSchema, body),

  changeMemberStage: (id: string, memberId: string, stage: CaseStage) =>
    request('PATCH', `${casePath(id)}/members/${encodeURIComponent(memberId)}`, casePersonSchema, { stage }),

  addTask: (id: string, body: CreateTaskBody) => request('POST', `${casePath(id)}/tasks`, caseTaskSchema, body),

  completeTask: (id: string, taskId: string) =>
    request('PATCH', `${casePath(id)}/tasks/${encodeURIComponent(taskId)}`, caseTaskSchema, { status: 'done' }),

  addNote: (id: string, text: string) => request('POST', `${casePath(id)}/notes`, caseNoteSchema, { text }),

  addObstacle: (id: string, body: CreateObstacleBody) => request('POST', `${casePath(id)}/obstacles`, caseObstacleSchema, body),

  resolveObstacle: (id: string, obstacleId: string) =>
    request('POST', `${casePath(id)}/obstacles/${encodeURIComponent(obstacleId)}/resolve`, caseObstacleSchema),

  /** The audit trail of a case, or null when the case is not visible (404). */
  audit: (id: string, page: number, pageSize: number): Promise<CaseAuditResponse | null> =>
    orNullOn(404, request('GET', `${casePath(id)}/audit?page=${page}&pageSize=${pageSize}`, caseAuditResponseSchema)),

  inbox: (): Promise<InboxWithReferralsResponse> => request('GET', '/api/v1/inbox', inboxWithReferralsResponseSchema),
};
