/**
 * Who sees which figures and the SQL conditions of a request: the network for the steering body
 * and administrators, one Ausländerbehörde's cases for its case workers; the period (default:
 * the last 12 months up to today, Europe/Berlin) and the previous period of the same length.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { StatsFilter, StatsResponse } from '../../../contract/steering';
import { AppError } from '../../errors';
import { berlinDate } from '../../clock';
import type { CommandContext } from '../context';

export type Period = { from: string; to: string };
export type Scope = { kind: 'network' } | { kind: 'organisation'; organisationId: string; organisationName: string };

/** Steering and admin: the network; a case worker: the cases their organisation is responsible for; anyone else: refused. */
export function scopeOf(ctx: CommandContext): Scope {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  if (actor.roles.includes('steering') || actor.roles.includes('admin')) return { kind: 'network' };
  if (actor.roles.includes('caseworker') && actor.organisation) {
    return { kind: 'organisation', organisationId: actor.organisation.id, organisationName: actor.organisation.name };
  }
  throw new AppError('FORBIDDEN', 'the steering figures are for the steering body, administrators and the case workers of an authority');
}

export const scopeForResponse = (scope: Scope): StatsResponse['scope'] =>
  scope.kind === 'network' ? { kind: 'network', organisationName: null } : { kind: 'organisation', organisationName: scope.organisationName };

const addDays = (isoDate: string, days: number): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The period asked for; without one the last 12 months up to and including today. */
export function periodOf(filter: Pick<StatsFilter, 'from' | 'to'>, today: string): Period {
  const to = filter.to ?? (filter.from !== undefined && filter.from > today ? filter.from : today);
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const yearBefore = new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10);
  return { from: filter.from ?? (yearBefore <= to ? yearBefore : to), to };
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -length), to };
}

/** Everything a view's queries need. */
export type FactQuery = {
  ctx: CommandContext;
  period: Period;
  previous: Period;
  today: string;
  now: Date;
  scope: Scope;
  filter: StatsFilter;
  /** The filter and scope conditions over a fact table's dimension columns (alias `f`). */
  dims: SQL;
};

export function factQuery(ctx: CommandContext, filter: StatsFilter): FactQuery {
  const scope = scopeOf(ctx);
  if (scope.kind === 'organisation' && filter.authority !== undefined && filter.authority !== scope.organisationId) {
    throw new AppError('VALIDATION_FAILED', 'the figures of another authority are not yours to see', { authority: 'not an authority in your scope' });
  }
  const now = ctx.clock.now();
  const today = berlinDate(now);
  const period = periodOf(filter, today);
  const conditions: SQL[] = [sql`true`];
  if (scope.kind === 'organisation') conditions.push(sql`f.authority_organisation_id = ${scope.organisationId}::uuid`);
  if (filter.authority !== undefined) conditions.push(sql`f.authority_organisation_id = ${filter.authority}::uuid`);
  if (filter.land !== undefined) conditions.push(sql`f.land = ${filter.land}`);
  if (filter.title !== undefined) conditions.push(sql`f.target_title_id = ${filter.title}`);
  if (filter.countryGroup !== undefined) conditions.push(sql`f.country_group = ${filter.countryGroup}`);
  return { ctx, period, previous: previousPeriod(period), today, now, scope, filter, dims: sql.join(conditions, sql` AND `) };
}

/** The first instant of a day in Europe/Berlin. */
export const dayStart = (isoDate: string): SQL => sql`(${isoDate}::date::timestamp AT TIME ZONE 'Europe/Berlin')`;
/** The first instant after a day in Europe/Berlin. */
export const dayEnd = (isoDate: string): SQL => sql`((${isoDate}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
/** `column` (a timestamptz) lies in the period. */
export const inPeriod = (column: SQL, period: Period): SQL => sql`${column} >= ${dayStart(period.from)} AND ${column} < ${dayEnd(period.to)}`;
/** The month ("YYYY-MM") of a timestamptz in Europe/Berlin. */
export const monthOf = (column: SQL): SQL => sql`to_char(${column} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')`;

export async function rows<T>(q: FactQuery, query: SQL): Promise<T[]> {
  const result = (await q.ctx.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
