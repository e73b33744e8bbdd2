/**
 * Rebuilds the steering fact tables (stats_*) from the case, referral, §81a and obstacle data in
 * one transaction with set-based SQL, and stamps `stats_refreshes`. Readers see the old facts
 * until the rebuild commits (DELETE, not TRUNCATE, so no reader waits for a lock). An advisory
 * lock makes instances take turns; whoever waited finds the stamp fresh and does nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import { countriesOfGroup, countryGroups, type CountryGroup } from '../../../domain/steering/index';
import type { Clock } from '../../clock';
import type { Database } from '../../db/client';

/** The fact set's id in `stats_refreshes`. */
export const FACTS_ID = 'steering';
/** Facts older than this are rebuilt before a dashboard answers. */
export const MAX_AGE_MS = 5 * 60_000;
const REFRESH_LOCK_ID = 7_140_014;

type Deps = { db: Database; clock: Clock };
type Rows<T> = { rows: T[] };

/** `(code, group)` pairs of every named country group, from the domain (the single source). */
function countryGroupValues(): SQL {
  const pairs = countryGroups
    .filter((group): group is Exclude<CountryGroup, 'other'> => group !== 'other')
    .flatMap((group) => countriesOfGroup(group).map((code) => sql`(${code}::text, ${group}::text)`));
  return sql`(VALUES ${sql.join(pairs, sql`, `)}) AS cg(code, grp)`;
}

const rebuild = (asOf: Date): SQL[] => [
  sql`DELETE FROM stats_obstacles`,
  sql`DELETE FROM stats_procedure_steps`,
  sql`DELETE FROM stats_referrals`,
  sql`DELETE FROM stats_stage_visits`,
  sql`DELETE FROM stats_cases`,
  // Cases: responsible authority = the §81a procedure's ABH, else the owner if an ABH, else the
  // authority recorded on the case. Visa decision: the §81a step's completion, else leaving the
  // visa stage forward; entry: entering the stage `entry`.
  sql`INSERT INTO stats_cases (case_id, owner_organisation_id, authority_organisation_id, land, target_title_id, citizenship,
        country_group, family_size, stage, close_reason, created_at, closed_at, visa_decided_at, entered_at)
      WITH moves AS (
        SELECT case_id,
          max(at) FILTER (WHERE data->>'to' = 'closed') AS closed_at,
          min(at) FILTER (WHERE data->>'from' = 'visa_procedure' AND data->>'to' IN ('entry', 'residence_permit', 'integration')) AS visa_left_at,
          min(at) FILTER (WHERE data->>'to' = 'entry') AS entered_at
        FROM case_events WHERE type = 'stage_changed' GROUP BY case_id
      ),
      people AS (
        SELECT case_id, count(*)::int AS family_size, min(citizenship) FILTER (WHERE relation = 'main') AS citizenship
        FROM case_persons GROUP BY case_id
      ),
      recorded AS (
        SELECT DISTINCT ON (case_id) case_id, organisation_id FROM case_organisations WHERE role = 'authority' ORDER BY case_id, added_at DESC
      )
      SELECT c.id, c.owner_organisation_id, authority.id, COALESCE(authority.land, owner.land), c.target_title_id, people.citizenship,
        COALESCE(cg.grp, 'other'), COALESCE(people.family_size, 1), c.stage, c.close_reason, c.created_at,
        CASE WHEN c.stage = 'closed' THEN COALESCE(moves.closed_at, c.updated_at) END,
        COALESCE((visa.completed_on::timestamp + interval '12 hours') AT TIME ZONE 'Europe/Berlin', moves.visa_left_at),
        moves.entered_at
      FROM cases c
      JOIN organisations owner ON owner.id = c.owner_organisation_id
      LEFT JOIN accelerated_procedures ap ON ap.case_id = c.id
      LEFT JOIN procedure_steps visa ON visa.procedure_id = ap.id AND visa.step_id = 'visa_decision' AND visa.status = 'done'
      LEFT JOIN recorded ON recorded.case_id = c.id
      LEFT JOIN organisations authority ON authority.id = COALESCE(ap.abh_organisation_id, CASE WHEN owner.kind = 'abh' THEN owner.id END, recorded.organisation_id)
      LEFT JOIN moves ON moves.case_id = c.id
      LEFT JOIN people ON people.case_id = c.id
      LEFT JOIN ${countryGroupValues()} ON cg.code = people.citizenship
      WHERE c.created_at <= ${asOf.toISOString()}::timestamptz`,
  // Stage visits: the first stage from the creation, then one per move; a visit ends when the next begins.
  sql`INSERT INTO stats_stage_visits (case_id, stage, entered_at, left_at, authority_organisation_id, land, target_title_id, country_group)
      WITH starts AS (
        SELECT sc.case_id, COALESCE(
            (SELECT e.data->>'from' FROM case_events e WHERE e.case_id = sc.case_id AND e.type = 'stage_changed' ORDER BY e.at, e.id LIMIT 1),
            sc.stage) AS stage, sc.created_at AS at, 0::bigint AS seq
        FROM stats_cases sc
        UNION ALL
        SELECT e.case_id, e.data->>'to', e.at, e.id FROM case_events e JOIN stats_cases sc ON sc.case_id = e.case_id
        WHERE e.type = 'stage_changed' AND e.data->>'to' IS NOT NULL
      ),
      visits AS (
        SELECT case_id, stage, at AS entered_at, lead(at) OVER (PARTITION BY case_id ORDER BY at, seq) AS left_at FROM starts
      )
      SELECT v.case_id, v.stage, v.entered_at, v.left_at, sc.authority_organisation_id, sc.land, sc.target_title_id, sc.country_group
      FROM visits v JOIN stats_cases sc ON sc.case_id = v.case_id`,
  sql`INSERT INTO stats_referrals (referral_id, case_id, from_organisation_id, to_organisation_id, purpose, state, sent_at, due_at, answered_at,
        escalated, authority_organisation_id, land, target_title_id, country_group)
      SELECT r.id, r.case_id, r.from_organisation_id, r.to_organisation_id, r.purpose, r.state, r.created_at, r.due_at, r.answered_at,
        r.escalated_at IS NOT NULL, sc.authority_organisation_id, sc.land, sc.target_title_id, sc.country_group
      FROM referrals r JOIN stats_cases sc ON sc.case_id = r.case_id`,
  // §81a steps: the period began when recorded (periodStartsOn, else the day the step opened).
  sql`INSERT INTO stats_procedure_steps (procedure_id, step_id, case_id, status, started_on, due_on, completed_on,
        authority_organisation_id, land, target_title_id, country_group)
      SELECT ps.procedure_id, ps.step_id, ps.case_id, ps.status,
        COALESCE(step->>'periodStartsOn', step->>'openedOn')::date, ps.due_on, ps.completed_on,
        sc.authority_organisation_id, sc.land, sc.target_title_id, sc.country_group
      FROM procedure_steps ps
      JOIN accelerated_procedures ap ON ap.id = ps.procedure_id
      JOIN stats_cases sc ON sc.case_id = ps.case_id
      LEFT JOIN LATERAL (SELECT s AS step FROM jsonb_array_elements(ap.state->'steps') s WHERE s->>'id' = ps.step_id LIMIT 1) st ON true
      WHERE ps.status <> 'not_applicable'`,
  // Obstacles with the stage the case was in when the obstacle was recorded.
  sql`INSERT INTO stats_obstacles (obstacle_id, case_id, category, stage, created_at, resolved_at, authority_organisation_id, land, target_title_id, country_group)
      SELECT o.id, o.case_id, o.category,
        COALESCE((SELECT v.stage FROM stats_stage_visits v WHERE v.case_id = o.case_id AND v.entered_at <= o.created_at
          ORDER BY v.entered_at DESC LIMIT 1), sc.stage),
        o.created_at, o.resolved_at, sc.authority_organisation_id, sc.land, sc.target_title_id, sc.country_group
      FROM case_obstacles o JOIN stats_cases sc ON sc.case_id = o.case_id`,
];

/** When the facts were last rebuilt, or null. */
export async function factsRefreshedAt(db: Pick<Database, 'execute'>): Promise<Date | null> {
  const result = (await db.execute(sql`SELECT refreshed_at FROM stats_refreshes WHERE id = ${FACTS_ID}`)) as unknown as Rows<{ refreshed_at: string | Date }>;
  const value = result.rows[0]?.refreshed_at;
  return value === undefined ? null : new Date(value);
}

/**
 * Rebuilds the facts unless they are younger than `ifOlderThanMs` (0: always). Returns when the
 * facts now present were computed and whether this call rebuilt them.
 */
export async function refreshSteeringFacts(deps: Deps, ifOlderThanMs = 0): Promise<{ refreshedAt: Date; rebuilt: boolean; durationMs: number }> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_ID})`);
    const now = deps.clock.now();
    const last = await factsRefreshedAt(tx);
    if (ifOlderThanMs > 0 && last !== null && now.getTime() - last.getTime() < ifOlderThanMs) return { refreshedAt: last, rebuilt: false, durationMs: 0 };
    const started = Date.now();
    for (const statement of rebuild(now)) await tx.execute(statement);
    const durationMs = Date.now() - started;
    await tx.execute(sql`INSERT INTO stats_refreshes (id, refreshed_at, duration_ms) VALUES (${FACTS_ID}, ${now.toISOString()}::timestamptz, ${durationMs})
      ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms`);
    return { refreshedAt: now, rebuilt: true, durationMs };
  });
}

/** The facts' time stamp, rebuilding them first when they are missing or older than 5 minutes. */
export async function ensureFreshFacts(deps: Deps): Promise<Date> {
  const last = await factsRefreshedAt(deps.db);
  if (last !== null && deps.clock.now().getTime() - last.getTime() < MAX_AGE_MS) return last;
  return (await refreshSteeringFacts(deps, MAX_AGE_MS)).refreshedAt;
}
