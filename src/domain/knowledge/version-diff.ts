/**
 * What changed between two versions of an article: the metadata fields that differ and a line
 * diff of the Markdown body (what a reviewer reads before approving).
 */
import { diffLines } from 'diff';
import { formatLegalReference, type LegalReference } from './legal-reference';

export type DiffLine = { kind: 'added' | 'removed' | 'unchanged'; text: string };

export type ComparableVersion = {
  title: string;
  summary: string;
  body: string;
  topics: readonly string[];
  legalRefs: readonly LegalReference[];
  validFrom: string;
  validUntil: string | null;
  wegweiserTitles: readonly string[];
  wegweiserConditions: readonly string[];
  caseStages: readonly string[];
};

export type FieldChange = { field: Exclude<keyof ComparableVersion, 'body'>; before: string; after: string };

export type VersionDiff = { fields: FieldChange[]; lines: DiffLine[]; added: number; removed: number };

/** A line-by-line diff; every output line is one line of the old or new text. */
export function diffText(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'unchanged';
    const texts = part.value.endsWith('\n') ? part.value.slice(0, -1).split('\n') : part.value.split('\n');
    for (const text of texts) lines.push({ kind, text });
  }
  return lines;
}

function show(field: FieldChange['field'], version: ComparableVersion): string {
  const value = version[field];
  if (field === 'legalRefs') return version.legalRefs.map(formatLegalReference).join('; ');
  if (Array.isArray(value)) return value.join(', ');
  return value === null ? '' : String(value);
}

const comparedFields: FieldChange['field'][] = [
  'title',
  'summary',
  'topics',
  'legalRefs',
  'validFrom',
  'validUntil',
  'wegweiserTitles',
  'wegweiserConditions',
  'caseStages',
];

export function diffVersions(before: ComparableVersion, after: ComparableVersion): VersionDiff {
  const fields: FieldChange[] = [];
  for (const field of comparedFields) {
    const old = show(field, before);
    const current = show(field, after);
    if (old !== current) fields.push({ field, before: old, after: current });
  }
  const lines = diffText(before.body, after.body);
  return {
    fields,
    lines,
    added: lines.filter((line) => line.kind === 'added').length,
    removed: lines.filter((line) => line.kind === 'removed').length,
  };
}
