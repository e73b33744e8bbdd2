import {
  employerGuideSchema,
  employerRequestSchema,
  employerRequestsResponseSchema,
  hiresResponseSchema,
  type CreateEmployerRequestBody,
  type EmployerGuide,
  type EmployerRequest,
  type EmployerRequestsResponse,
  type HiresResponse,
} from '../../contract/employer';
import { request } from './client';

/** The employer's part of the portal: hires (status only), the §81a guide and the employer's own requests. */
export const employerApi = {
  hires: (): Promise<HiresResponse> => request('GET', '/api/v1/employer/hires', hiresResponseSchema),
  guide: (): Promise<EmployerGuide> => request('GET', '/api/v1/employer/guide', employerGuideSchema),
  requests: (): Promise<EmployerRequestsResponse> => request('GET', '/api/v1/employer/requests', employerRequestsResponseSchema),
  create: (body: CreateEmployerRequestBody): Promise<EmployerRequest> => request('POST', '/api/v1/employer/requests', employerRequestSchema, body),
};
