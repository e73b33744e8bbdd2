/** The choices of the steering filter form, limited to what the signed-in person may see. */
import { sql } from 'drizzle-orm';
import type { StatsFilterOptions } from '../../../contract/steering';
import { landNames } from '../../../domain/calendar/land-names';
import { laender, type Land } from '../../../domain/identity/organisation-kinds';
import { titleIds } from '../../../domain/pathway/index';
import { titleNames } from '../../../domain/pathway/title-names';
import { countryGroupNames, countryGroups } from '../../../domain/steering/index';
import type { CommandContext } from '../context';
import { scopeForResponse, scopeOf } from './scope';

const isLand = (value: string): value is Land => (laender as readonly string[]).includes(value);

export async function getStatsFilterOptions(ctx: CommandContext): Promise<StatsFilterOptions> {
  const scope = scopeOf(ctx);
  const condition = scope.kind === 'organisation' ? sql`id = ${scope.organisationId}::uuid` : sql`kind = 'abh' AND is_active`;
  const result = (await ctx.db.execute(sql`SELECT id, name, land FROM organisations WHERE ${condition} ORDER BY name`)) as unknown as {
    rows: { id: string; name: string; land: string }[];
  };
  const authorities = result.rows.flatMap((row) => (isLand(row.land) ? [{ id: row.id, name: row.name, land: row.land }] : []));
  const usedLaender = new Set(authorities.map((authority) => authority.land));
  return {
    laender: laender.filter((land) => usedLaender.has(land)).map((code) => ({ code, name: landNames[code] })),
    authorities,
    titles: titleIds.map((id) => ({ id, name: { de: titleNames[id]?.de ?? id, en: titleNames[id]?.en ?? id } })),
    countryGroups: countryGroups.map((id) => ({ id, name: countryGroupNames[id] })),
    scope: scopeForResponse(scope),
  };
}
