/**
 * The steering figures of one view for a scope and filter, as a StatsResponse: the facts are
 * refreshed first when they are older than 5 minutes (or missing), and the answer says how old
 * they are. Aggregates only, nothing personal: not audited (as the network map).
 */
import { sql } from 'drizzle-orm';
import type { StatsFilter, StatsResponse, StatsTable } from '../../../contract/steering';
import { landNames } from '../../../domain/calendar/land-names';
import { titleNames } from '../../../domain/pathway/title-names';
import { countryGroupNames, type SteeringView } from '../../../domain/steering/index';
import { AppError } from '../../errors';
import type { CommandContext } from '../context';
import { obstacleTables } from './obstacles';
import { overviewTables } from './overview';
import { procedureDeadlineTables } from './procedure-deadlines';
import { referralDeadlineTables } from './referral-deadlines';
import { ensureFreshFacts } from './refresh-facts';
import { factQuery, rows, scopeForResponse, type FactQuery } from './scope';
import { stageDurationTables } from './stage-durations';

/** The views this module computes (the shortage view has its own command). */
export type FactView = Exclude<SteeringView, 'shortage'>;
export const factViews = ['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles'] as const satisfies readonly FactView[];

const builders: Record<FactView, (q: FactQuery) => Promise<StatsTable[]>> = {
  overview: overviewTables,
  'stage-durations': stageDurationTables,
  'referral-deadlines': referralDeadlineTables,
  'procedure-deadlines': procedureDeadlineTables,
  obstacles: obstacleTables,
};

/** The applied filters in words; an authority that does not exist is a 400 naming the field. */
export async function filtersInWords(q: FactQuery): Promise<StatsResponse['filters']> {
  const words: StatsResponse['filters'] = [];
  const { filter } = q;
  if (filter.land !== undefined) words.push({ key: 'land', label: { de: 'Land', en: 'Land' }, value: landNames[filter.land] });
  if (filter.authority !== undefined) {
    const [organisation] = await rows<{ name: string }>(q, sql`SELECT name FROM organisations WHERE id = ${filter.authority}::uuid`);
    if (!organisation) throw new AppError('VALIDATION_FAILED', 'no such authority', { authority: 'no organisation with this id' });
    words.push({ key: 'authority', label: { de: 'Ausländerbehörde', en: 'Immigration office' }, value: { de: organisation.name, en: organisation.name } });
  }
  if (filter.title !== undefined) {
    const name = titleNames[filter.title] ?? { de: filter.title, en: filter.title };
    words.push({ key: 'title', label: { de: 'Angestrebter Aufenthaltstitel', en: 'Residence title sought' }, value: { de: name.de, en: name.en } });
  }
  if (filter.countryGroup !== undefined) {
    words.push({ key: 'countryGroup', label: { de: 'Herkunftsregion', en: 'Region of origin' }, value: countryGroupNames[filter.countryGroup] });
  }
  return words;
}

/** One view's figures for the signed-in person's scope (used by the dashboards and the Praxis-Check). */
export async function loadSteeringFigures(ctx: CommandContext, view: FactView, filter: StatsFilter): Promise<StatsResponse> {
  const q = factQuery(ctx, filter);
  const filters = await filtersInWords(q);
  const asOf = await ensureFreshFacts({ db: ctx.db, clock: ctx.clock });
  const tables = await builders[view](q);
  return { view, asOf: asOf.toISOString(), period: q.period, scope: scopeForResponse(q.scope), filters, tables };
}
