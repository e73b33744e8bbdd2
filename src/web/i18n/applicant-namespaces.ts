/**
 * Catalogue namespaces (top-level keys) read by applicants and visitors: these must be complete in
 * every portal language (src/domain/portal/languages.ts). Staff-only namespaces are German and
 * English; in the other languages they fall back to English. Append new applicant-facing namespaces.
 */
export const applicantNamespaces = [
  'app',
  'layout',
  'language',
  'signIn',
  'start',
  'wegweiser',
  'wegweiserPlaceFamily',
  'wegweiserTitles',
  'wegweiserDocuments',
  'places',
  'responsibility',
  'accessibility',
  'imprint',
  'privacy',
  'notFound',
  'errors',
  'portal',
  'portalPrivacy',
  'messages',
  'contact',
  'invitation',
] as const;
