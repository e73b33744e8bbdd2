import { csrfCookieName, csrfHeaderName } from '../../contract/auth';
import { errorResponseSchema } from '../../contract/errors';
import { evaluationDetailsSchema, type EvaluationDetails, type Profile, type ReportBody } from '../../contract/pathways';
import { ApiError, readCookie, request } from './client';

/** POST /api/v1/pathways/evaluate: public; nothing about the person is stored. */
export function evaluatePathways(profile: Profile): Promise<EvaluationDetails> {
  return request('POST', '/api/v1/pathways/evaluate', evaluationDetailsSchema, { profile });
}

export type ReportFile = { blob: Blob; filename: string };

/** The file name from `Content-Disposition: attachment; filename="…"`, or a fallback. */
export function attachmentFilename(header: string | null, fallback: string): string {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ?? fallback;
}

/** POST /api/v1/pathways/report: the result and checklist as a PDF in the given language. */
export async function fetchPathwayReport(body: ReportBody): Promise<ReportFile> {
  const headers: Record<string, string> = { accept: 'application/pdf', 'content-type': 'application/json' };
  const csrfToken = readCookie(csrfCookieName);
  if (csrfToken) headers[csrfHeaderName] = csrfToken;
  let response: Response;
  try {
    response = await fetch('/api/v1/pathways/report', { method: 'POST', headers, credentials: 'include', body: JSON.stringify(body) });
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
  const blob = await response.blob();
  return { blob, filename: attachmentFilename(response.headers.get('content-disposition'), 'wegweiser.pdf') };
}

/**
 * Saves a file through a temporary `<a download>` on an object URL: no navigation, works
 * under the app's Content-Security-Policy, and the URL is released afterwards.
 */
export function saveFile({ blob, filename }: ReportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
