import type { Role } from '../../../src/domain/identity/roles';
import type { SignedInClient, TestApp } from '../../support/test-app';

export const demoAccountByRole: Record<Role, string> = {
  admin: 'admin@demo.example',
  steering: 'steering@demo.example',
  caseworker: 'caseworker@demo.example',
  navigator: 'navigator@demo.example',
  partner: 'partner@demo.example',
  employer: 'employer@demo.example',
  editor: 'editor@demo.example',
  applicant: 'applicant@demo.example',
  org_admin: 'orgadmin@demo.example',
};

export type Expectation = { anonymous: number; signedIn: number | (Partial<Record<Role, number>> & { otherwise: number }) };
/** `url` is the OpenAPI path; `{id}`, `{taskId}`, … are filled in from the ids the area's setup returns. */
/**
 * `params` maps a placeholder of `url` to the name of the id that fills it, for routes whose
 * OpenAPI placeholder (e.g. `{id}`) is already the name of another area's id: `{ id: 'courseId' }`.
 */
export type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  params?: Record<string, string>;
  payload?: unknown;
  headers?: Record<string, string>;
  expect: Expectation;
};

export type MatrixContext = { t: TestApp; signIn: (role: Role) => Promise<SignedInClient>; ids: Record<string, string> };

/**
 * The routes of one feature area. `setup` runs once per database before the matrix and returns
 * the ids its URL templates need (names must not clash with other areas').
 */
export type MatrixArea = { name: string; setup?: (context: MatrixContext) => Promise<Record<string, string>>; endpoints: Endpoint[] };

export const everyone = (status: number): Expectation => ({ anonymous: status, signedIn: status });
export const signedIn = (status: number): Expectation => ({ anonymous: 401, signedIn: status });
