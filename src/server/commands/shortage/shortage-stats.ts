import type { ShortageStatsFilter, ShortageStatsResponse } from '../../../contract/shortage';
import type { StatsResponse } from '../../../contract/steering';
import { landNames } from '../../../domain/calendar/land-names';
import type { Land } from '../../../domain/identity/organisation-kinds';
import { titleNameText } from '../../../domain/pathway/title-names';
import { countriesOfGroup, countryGroupNames, countryGroups, type CountryGroup } from '../../../domain/steering/index';
import { berlinDate } from '../../clock';
import { countRecognitions, findCurrentShortageImport, findShortageRatings } from '../../db/repositories/shortage.repository';
import { findOrganisationsByIds } from '../../db/repositories/hsds-import.repository';
import { AppError } from '../../errors';
import type { CommandContext } from '../context';
import { graphPeriod } from '../get-network-graph';
import { buildShortageTables } from './shortage-tables';

type Bilingual = { de: string; en: string };
type Scope = { kind: 'network' } | { kind: 'organisation'; organisationId: string; organisationName: string };

/** Steering and administrators see the network; an Ausländerbehörde's case workers their own cases. */
function scopeOf(ctx: CommandContext): Scope {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (actor.roles.includes('steering') || actor.roles.includes('admin')) return { kind: 'network' };
  if (actor.roles.includes('caseworker') && actor.organisation?.kind === 'abh') {
    return { kind: 'organisation', organisationId: actor.organisation.id, organisationName: actor.organisation.name };
  }
  throw new AppError('FORBIDDEN', 'The steering figures are for the steering body, administrators and the case workers of an Ausländerbehörde.');
}

/** The countries of a group, or (`other`) every country outside the named groups. */
function countryFilter(group: CountryGroup | undefined): { codes: readonly string[]; negate: boolean } | undefined {
  if (!group) return undefined;
  if (group !== 'other') return { codes: countriesOfGroup(group), negate: false };
  return { codes: countryGroups.flatMap((named) => (named === 'other' ? [] : countriesOfGroup(named))), negate: true };
}

async function filtersInWords(ctx: CommandContext, filter: ShortageStatsFilter): Promise<StatsResponse['filters']> {
  const filters: { key: string; label: Bilingual; value: Bilingual }[] = [];
  if (filter.land) filters.push({ key: 'land', label: { de: 'Land', en: 'Land' }, value: landNames[filter.land as Land] });
  if (filter.authority) {
    const [organisation] = await findOrganisationsByIds(ctx.db, [filter.authority]);
    const name = organisation?.name ?? filter.authority;
    filters.push({ key: 'authority', label: { de: 'Ausländerbehörde', en: 'Foreigners authority' }, value: { de: name, en: name } });
  }
  if (filter.title) filters.push({ key: 'title', label: { de: 'Aufenthaltstitel', en: 'Residence title' }, value: titleNameText(filter.title) });
  if (filter.countryGroup) filters.push({ key: 'countryGroup', label: { de: 'Ländergruppe', en: 'Country group' }, value: countryGroupNames[filter.countryGroup] });
  if (filter.shortage) {
    filters.push({
      key: 'shortage',
      label: { de: 'Engpassberufe', en: 'Shortage occupations' },
      value: filter.shortage === 'yes' ? { de: 'nur Engpassberufe', en: 'shortage occupations only' } : { de: 'nur andere Berufe', en: 'other occupations only' },
    });
  }
  if (filter.measure16d) {
    filters.push({
      key: 'measure16d',
      label: { de: 'Anpassungsqualifizierung (§ 16d AufenthG)', en: 'Qualification measure (Section 16d AufenthG)' },
      value: { de: 'nur teilweise Anerkennungen', en: 'partial recognitions only' },
    });
  }
  return filters;
}

/**
 * The view occupation × country of origin: people with full or partial recognition of a foreign
 * qualification, per reference occupation (matched to the newest import of the Engpassanalyse) and
 * country where the qualification was obtained, every count from 1 to 4 suppressed together with
 * the figures it could be computed back from. Aggregates only, nothing personal, so not audited.
 */
export async function getShortageStats(ctx: CommandContext, filter: ShortageStatsFilter): Promise<ShortageStatsResponse> {
  const scope = scopeOf(ctx);
  const now = ctx.clock.now();
  const period = graphPeriod(filter, berlinDate(now));
  const current = await findCurrentShortageImport(ctx.db);
  const [ratings, counts, filters] = await Promise.all([
    current ? findShortageRatings(ctx.db, current.id) : Promise.resolve([]),
    countRecognitions(ctx.db, {
      ...period,
      authorityId: scope.kind === 'organisation' ? scope.organisationId : filter.authority,
      land: filter.land,
      title: filter.title,
      countries: countryFilter(filter.countryGroup),
      outcomes: filter.measure16d ? ['partial'] : ['full', 'partial'],
    }),
    filtersInWords(ctx, filter),
  ]);
  // A case worker's own authority is the scope; another authority asked for shows nothing of it.
  const outside = scope.kind === 'organisation' && filter.authority !== undefined && filter.authority !== scope.organisationId;
  const tables = buildShortageTables({ counts: outside ? [] : counts, ratings, shortage: filter.shortage, partialOnly: filter.measure16d, hasImport: current !== null });
  return {
    view: 'shortage',
    asOf: now.toISOString(),
    period,
    scope: scope.kind === 'network' ? { kind: 'network', organisationName: null } : { kind: 'organisation', organisationName: scope.organisationName },
    filters,
    tables,
    shortageImport: current
      ? { id: current.id, source: current.source, isDemo: current.isDemo, importedAt: current.importedAt.toISOString(), years: current.years.map(Number) }
      : null,
  };
}
