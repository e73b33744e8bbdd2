import type { CourseArea } from '../../domain/learning/index';
import type { Config } from '../config';

/** The web paths of learning content (the search index and the certificate point to them). */
export const learningWebPaths = {
  course: (slug: string) => `/lernen/kurse/${encodeURIComponent(slug)}`,
  lesson: (courseSlug: string, lessonSlug: string) => `/lernen/kurse/${encodeURIComponent(courseSlug)}/lektionen/${encodeURIComponent(lessonSlug)}`,
  verification: (code: string) => `/zertifikat/${encodeURIComponent(code)}`,
};

/** German names of the KommunalCampus areas, for the certificate (the web app has its own translations). */
export const courseAreaLabels: Record<CourseArea, string> = {
  basiswissen: 'Basiswissen Ausländerbehörde',
  'digitales-arbeiten': 'Digitales Arbeiten',
  fachkraefteeinwanderung: 'Fachkräfteeinwanderung anwenden',
};

/**
 * The installation's IRI: LOTSE_PUBLIC_URL when set; otherwise the local address, which is what
 * a demo installation is reached at (xAPI activity ids and certificate links use it).
 */
export function installationIri(config: Config): string {
  return (config.http.publicUrl ?? `http://localhost:${config.http.port}`).replace(/\/+$/, '');
}

export function certificateVerifyUrl(config: Config, code: string): string {
  return `${installationIri(config)}${learningWebPaths.verification(code)}`;
}
