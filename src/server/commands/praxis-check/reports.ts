import {
  praxisCheckFiguresSchema,
  type CreatePraxisCheckBody,
  type PraxisCheckFigures,
  type PraxisCheckReport,
  type PraxisCheckVersion,
  type PraxisCheckVersionSummary,
  type SavePraxisCheckDraftBody,
} from '../../../contract/praxis-check';
import { createPraxisCheckBodySchema } from '../../../contract/praxis-check';
import { praxisCheckSectionNames, praxisCheckSections, type PraxisCheckSection } from '../../../domain/steering/index';
import { recordAudit } from '../../audit/record-audit';
import { renderMarkdown } from '../../content/markdown';
import type { Database } from '../../db/client';
import {
  findPraxisCheckReport,
  findPraxisCheckReports,
  findPraxisCheckVersions,
  insertPraxisCheckReport,
  insertPraxisCheckVersion,
  updatePraxisCheckVersion,
  type PraxisCheckReportRow,
  type PraxisCheckVersionWithNames,
} from '../../db/repositories/praxis-check.repository';
import { AppError } from '../../errors';
import type { Actor, CommandContext } from '../context';
import { praxisCheckFigures, scopeOf, scopeWords } from './figures';

/** The steering body writes and publishes Praxis-Checks; administrators read them. */
export const praxisCheckEditorRoles = ['steering'] as const;
export const praxisCheckReaderRoles = ['steering', 'admin'] as const;

function requireRole(ctx: CommandContext, allowed: readonly string[]): Actor {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!actor.roles.some((role) => allowed.includes(role))) throw new AppError('FORBIDDEN', 'Only the steering body works on the Praxis-Check.');
  return actor;
}
export const requirePraxisCheckReader = (ctx: CommandContext): Actor => requireRole(ctx, praxisCheckReaderRoles);
const requireEditor = (ctx: CommandContext): Actor => requireRole(ctx, praxisCheckEditorRoles);

const emptySections = (): Record<PraxisCheckSection, string> => Object.fromEntries(praxisCheckSections.map((section) => [section, ''])) as Record<PraxisCheckSection, string>;
export const sectionsOf = (stored: Record<string, string>): Record<PraxisCheckSection, string> => ({ ...emptySections(), ...pick(stored) });
function pick(stored: Record<string, string>): Partial<Record<PraxisCheckSection, string>> {
  return Object.fromEntries(praxisCheckSections.filter((section) => typeof stored[section] === 'string').map((section) => [section, stored[section]]));
}

function summaryOf(row: PraxisCheckVersionWithNames): PraxisCheckVersionSummary {
  return {
    version: row.version,
    status: row.status === 'published' ? 'published' : 'draft',
    editedAt: row.editedAt.toISOString(),
    editedByName: row.editedByName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedByName: row.publishedByName,
  };
}

async function presentReport(ctx: CommandContext, report: PraxisCheckReportRow, versions: PraxisCheckVersionWithNames[]): Promise<PraxisCheckReport> {
  const scope = scopeOf(report);
  return {
    id: report.id,
    title: report.title,
    period: { from: report.periodFrom, to: report.periodTo },
    scope: { land: scope.land ?? null, authority: scope.authority ?? null, title: scope.title ?? null, countryGroup: scope.countryGroup ?? null },
    scopeWords: await scopeWords(ctx, scope),
    createdAt: report.createdAt.toISOString(),
    versions: versions.filter((version) => version.reportId === report.id).map(summaryOf),
  };
}

/** Every report with its versions, newest first. */
export async function listPraxisChecks(ctx: CommandContext): Promise<PraxisCheckReport[]> {
  requirePraxisCheckReader(ctx);
  const reports = await findPraxisCheckReports(ctx.db);
  const versions = await findPraxisCheckVersions(
    ctx.db,
    reports.map((report) => report.id),
  );
  return Promise.all(reports.map((report) => presentReport(ctx, report, versions)));
}

/** A new report for a period and scope, with an empty first draft. */
export async function createPraxisCheck(ctx: CommandContext, body: CreatePraxisCheckBody): Promise<PraxisCheckReport> {
  const actor = requireEditor(ctx);
  const { title, scope } = createPraxisCheckBodySchema.parse(body);
  const now = ctx.clock.now();
  const stored: Record<string, string> = {};
  for (const key of ['land', 'authority', 'title', 'countryGroup'] as const) {
    const value = scope[key];
    if (value) stored[key] = value;
  }
  const report = await ctx.db.transaction(async (tx) => {
    const row = await insertPraxisCheckReport(tx, { title, periodFrom: scope.from, periodTo: scope.to, scope: stored, createdBy: actor.userId, createdAt: now });
    await insertPraxisCheckVersion(tx, { reportId: row.id, version: 1, sections: emptySections(), status: 'draft', figures: null, editedBy: actor.userId, editedAt: now });
    await recordAudit(tx, ctx, { action: 'praxis_check.created', subjectType: 'praxis_check', subjectId: row.id, details: { version: 1, filters: Object.keys(stored).sort() } });
    return row;
  });
  return presentReport(ctx, report, await findPraxisCheckVersions(ctx.db, [report.id]));
}

async function loadVersion(db: Database, reportId: string, version: number, options: { lock?: boolean } = {}) {
  const report = await findPraxisCheckReport(db, reportId, options);
  if (!report) throw new AppError('NOT_FOUND', 'No such Praxis-Check.');
  const versions = await findPraxisCheckVersions(db, [reportId]);
  const row = versions.find((candidate) => candidate.version === version);
  if (!row) throw new AppError('NOT_FOUND', 'No such version of the Praxis-Check.');
  return { report, row, versions };
}

function presentVersion(row: PraxisCheckVersionWithNames): PraxisCheckVersion {
  const sections = sectionsOf(row.sections);
  return {
    ...summaryOf(row),
    reportId: row.reportId,
    sections,
    html: Object.fromEntries(praxisCheckSections.map((section) => [section, renderMarkdown(sections[section])])) as Record<PraxisCheckSection, string>,
    sectionNames: praxisCheckSectionNames as Record<PraxisCheckSection, { de: string; en: string }>,
  };
}

export async function getPraxisCheckVersion(ctx: CommandContext, reportId: string, version: number): Promise<PraxisCheckVersion> {
  requirePraxisCheckReader(ctx);
  return presentVersion((await loadVersion(ctx.db, reportId, version)).row);
}

function requireDraftAsSeen(row: PraxisCheckVersionWithNames, editedAt: string): void {
  if (row.status !== 'draft') {
    throw new AppError('CONFLICT', 'This version is published and frozen; start a new draft to change the text.', { version: 'is published' });
  }
  if (row.editedAt.getTime() !== Date.parse(editedAt)) {
    throw new AppError('CONFLICT', 'Someone else saved this draft in the meantime; load it again and repeat your change.', {
      editedAt: `stale: the draft was saved at ${row.editedAt.toISOString()}`,
    });
  }
}

/** Saves sections of the draft (optimistic concurrency through `editedAt`). */
export async function savePraxisCheckDraft(ctx: CommandContext, reportId: string, version: number, body: SavePraxisCheckDraftBody): Promise<PraxisCheckVersion> {
  const actor = requireEditor(ctx);
  return ctx.db.transaction(async (tx) => {
    const { row } = await loadVersion(tx, reportId, version, { lock: true });
    requireDraftAsSeen(row, body.editedAt);
    const changed = praxisCheckSections.filter((section) => body.sections[section] !== undefined && body.sections[section] !== sectionsOf(row.sections)[section]);
    if (changed.length === 0) return presentVersion(row);
    const sections = { ...sectionsOf(row.sections), ...pick(body.sections as Record<string, string>) };
    const now = ctx.clock.now();
    await updatePraxisCheckVersion(tx, { reportId, version }, { sections, editedBy: actor.userId, editedAt: now });
    await recordAudit(tx, ctx, { action: 'praxis_check.edited', subjectType: 'praxis_check', subjectId: reportId, details: { version, sections: changed } });
    return presentVersion({ ...row, sections, editedBy: actor.userId, editedAt: now, editedByName: actor.name });
  });
}

/** Publishes the draft: its text and today's figures are frozen. */
export async function publishPraxisCheck(ctx: CommandContext, reportId: string, version: number, editedAt: string): Promise<PraxisCheckVersion> {
  const actor = requireEditor(ctx);
  return ctx.db.transaction(async (tx) => {
    const { report, row } = await loadVersion(tx, reportId, version, { lock: true });
    requireDraftAsSeen(row, editedAt);
    const figures = await praxisCheckFigures({ ...ctx, db: tx }, report);
    const now = ctx.clock.now();
    await updatePraxisCheckVersion(tx, { reportId, version }, { status: 'published', figures, publishedBy: actor.userId, publishedAt: now });
    await recordAudit(tx, ctx, { action: 'praxis_check.published', subjectType: 'praxis_check', subjectId: reportId, details: { version } });
    return presentVersion({ ...row, status: 'published', figures, publishedBy: actor.userId, publishedAt: now, publishedByName: actor.name });
  });
}

/** A new draft, copied from the newest published version (there is at most one draft). */
export async function startPraxisCheckDraft(ctx: CommandContext, reportId: string): Promise<PraxisCheckVersion> {
  const actor = requireEditor(ctx);
  return ctx.db.transaction(async (tx) => {
    const report = await findPraxisCheckReport(tx, reportId, { lock: true });
    if (!report) throw new AppError('NOT_FOUND', 'No such Praxis-Check.');
    const versions = await findPraxisCheckVersions(tx, [reportId]);
    const existing = versions.find((candidate) => candidate.status === 'draft');
    if (existing) throw new AppError('CONFLICT', 'This Praxis-Check already has a draft; edit that one.', { version: `draft ${existing.version} exists` });
    const newest = versions[0];
    const number = (newest?.version ?? 0) + 1;
    const now = ctx.clock.now();
    const sections = newest ? sectionsOf(newest.sections) : emptySections();
    await insertPraxisCheckVersion(tx, { reportId, version: number, sections, status: 'draft', figures: null, editedBy: actor.userId, editedAt: now });
    await recordAudit(tx, ctx, { action: 'praxis_check.draft_started', subjectType: 'praxis_check', subjectId: reportId, details: { version: number, from: newest?.version ?? null } });
    return presentVersion({ reportId, version: number, sections, status: 'draft', figures: null, editedBy: actor.userId, editedAt: now, editedByName: actor.name, publishedBy: null, publishedAt: null, publishedByName: null });
  });
}

export type PraxisCheckDocument = { report: PraxisCheckReport; version: PraxisCheckVersionSummary; sections: Record<PraxisCheckSection, string>; figures: PraxisCheckFigures };

/**
 * What a download prints: the version asked for, or the newest published one (of the given report,
 * else of any report). A published version brings its frozen figures; a draft today's.
 */
export async function loadPraxisCheckDocument(ctx: CommandContext, request: { report?: string | undefined; version?: number | undefined }): Promise<PraxisCheckDocument> {
  requirePraxisCheckReader(ctx);
  if (request.version !== undefined && request.report === undefined) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { report: 'required with version' });
  }
  const reports = request.report ? [await findPraxisCheckReport(ctx.db, request.report)].filter((row) => row !== undefined) : await findPraxisCheckReports(ctx.db);
  if (reports.length === 0) throw new AppError('NOT_FOUND', 'No such Praxis-Check.');
  const versions = await findPraxisCheckVersions(
    ctx.db,
    reports.map((report) => report.id),
  );
  const chosen =
    request.version !== undefined
      ? versions.find((row) => row.version === request.version)
      : versions.filter((row) => row.status === 'published').sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0];
  if (!chosen) throw new AppError('NOT_FOUND', request.version !== undefined ? 'No such version of the Praxis-Check.' : 'No published Praxis-Check yet.');
  const report = reports.find((row) => row.id === chosen.reportId);
  if (!report) throw new Error('version without report');
  const figures = chosen.status === 'published' && chosen.figures ? praxisCheckFiguresSchema.parse(chosen.figures) : await praxisCheckFigures(ctx, report);
  return { report: await presentReport(ctx, report, versions), version: summaryOf(chosen), sections: sectionsOf(chosen.sections), figures };
}
