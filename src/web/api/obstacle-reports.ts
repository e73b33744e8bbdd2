import {
  obstacleReportListSchema,
  obstacleReportSchema,
  obstacleTextReviewListSchema,
  obstacleTextReviewSchema,
  obstacleTextsResponseSchema,
  type ClearanceStatus,
  type CreateObstacleReportBody,
  type ObstacleReport,
  type ObstacleReportDecisionBody,
  type ObstacleReportList,
  type ObstacleTextClearanceBody,
  type ObstacleTextReview,
  type ObstacleTextReviewList,
  type ObstacleTextsQuery,
  type ObstacleTextsResponse,
} from '../../contract/obstacle-reports';
import { request } from './client';

/** "Hemmnis melden", the steering body's moderation and the anonymised practice descriptions. */
export const obstacleReportsApi = {
  report: (body: CreateObstacleReportBody): Promise<ObstacleReport> => request('POST', '/api/v1/obstacle-reports', obstacleReportSchema, body),
  list: (status?: ObstacleReport['status']): Promise<ObstacleReportList> =>
    request('GET', `/api/v1/obstacle-reports${status ? `?status=${status}` : ''}`, obstacleReportListSchema),
  decide: (id: string, body: ObstacleReportDecisionBody): Promise<ObstacleReport> =>
    request('POST', `/api/v1/obstacle-reports/${encodeURIComponent(id)}/decision`, obstacleReportSchema, body),
  texts: (status?: ClearanceStatus): Promise<ObstacleTextReviewList> =>
    request('GET', `/api/v1/obstacle-texts${status ? `?status=${status}` : ''}`, obstacleTextReviewListSchema),
  clear: (obstacleId: string, body: ObstacleTextClearanceBody): Promise<ObstacleTextReview> =>
    request('PUT', `/api/v1/obstacle-texts/${encodeURIComponent(obstacleId)}/clearance`, obstacleTextReviewSchema, body),
  descriptions: (query: ObstacleTextsQuery = {}): Promise<ObstacleTextsResponse> => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (typeof value === 'string' && value) params.set(name, value);
    const text = params.toString();
    return request('GET', `/api/v1/stats/obstacle-texts${text ? `?${text}` : ''}`, obstacleTextsResponseSchema);
  },
};
