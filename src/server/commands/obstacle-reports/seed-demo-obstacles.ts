import { sql } from 'drizzle-orm';
import type { ObstacleCategory } from '../../../domain/journey/obstacles';
import { recordAudit } from '../../audit/record-audit';
import type { Database } from '../../db/client';
import type { CommandContext } from '../context';

/**
 * Demo content for the steering body's obstacle moderation: reports without a case (some waiting,
 * some accepted) and free texts on a few of the generated case obstacles (some cleared, some
 * waiting for review). All texts are fictitious observations written for the demo; none names a
 * person. Runs only on a database without any obstacle report (i.e. once, with the demo cases).
 */

type DemoReport = { category: ObstacleCategory; description: string; legalReference: string | null; reporter: string; daysAgo: number; accepted: boolean };

const demoReports: DemoReport[] = [
  { category: 'no_language_course', description: 'Berufssprachkurse auf B2-Niveau sind in der Region über Monate ausgebucht; Wartelisten werden nicht zentral geführt.', legalReference: '§45a AufenthG', reporter: 'partner@demo.example', daysAgo: 200, accepted: true },
  { category: 'no_language_course', description: 'Abendkurse für Berufstätige fehlen fast ganz, Tageskurse kollidieren mit der Probezeit im Betrieb.', legalReference: null, reporter: 'navigator@demo.example', daysAgo: 150, accepted: true },
  { category: 'recognition_delay', description: 'Für Pflegeberufe fordert die Anerkennungsstelle beglaubigte Übersetzungen, die im Herkunftsland nur mit langer Wartezeit zu bekommen sind.', legalReference: '§5 BQFG', reporter: 'partner@demo.example', daysAgo: 120, accepted: true },
  { category: 'housing', description: 'Vermieter verlangen einen unbefristeten Arbeitsvertrag; Fachkräfte in der Probezeit finden deshalb kaum eine Wohnung.', legalReference: null, reporter: 'employer@demo.example', daysAgo: 90, accepted: true },
  { category: 'ba_delay', description: 'Rückfragen der Bundesagentur zur Arbeitsplatzbeschreibung kommen per Post und verlängern das Verfahren um Wochen.', legalReference: '§39 AufenthG', reporter: 'employer@demo.example', daysAgo: 40, accepted: false },
  { category: 'childcare', description: 'Ohne gemeldeten Wohnsitz nehmen Kitas keine Anmeldung an; nach der Einreise vergehen so weitere Monate ohne Betreuungsplatz.', legalReference: null, reporter: 'navigator@demo.example', daysAgo: 12, accepted: false },
  { category: 'missing_document', description: 'Für die Vorabzustimmung verlangte Unterlagen sind auf den Webseiten der Behörden unterschiedlich beschrieben.', legalReference: '§81a AufenthG', reporter: 'caseworker.lu@demo.example', daysAgo: 5, accepted: false },
];

/** Free texts for generated case obstacles: [category, text, cleared?]. */
const demoCaseTexts: [ObstacleCategory, string, boolean][] = [
  ['no_visa_appointment', 'Die Auslandsvertretung vergibt Termine für Fachkräfte erst nach mehreren Monaten.', true],
  ['no_visa_appointment', 'Terminbuchung nur über ein Online-Portal, das regelmäßig ausgebucht ist.', true],
  ['no_visa_appointment', 'Trotz Vorabzustimmung kein früherer Termin bei der Botschaft möglich.', false],
  ['missing_document', 'Das Führungszeugnis des Herkunftslandes war bei Antragstellung älter als drei Monate.', true],
  ['ba_delay', 'Die Zustimmung der Bundesagentur lag erst nach fünf Wochen vor, Rückfrage zum Gehalt.', true],
  ['recognition_delay', 'Die Anerkennungsstelle forderte zweimal nacheinander weitere Nachweise an.', false],
];

const userId = async (db: Database, email: string): Promise<string | null> => {
  const result = (await db.execute(sql`SELECT id FROM users WHERE email = ${email}`)) as unknown as { rows: { id: string }[] };
  return result.rows[0]?.id ?? null;
};

export async function seedDemoObstacles(ctx: CommandContext): Promise<{ reports: number; texts: number }> {
  return ctx.db.transaction(async (tx) => {
    const existing = (await tx.execute(sql`SELECT count(*)::int AS n FROM obstacle_reports`)) as unknown as { rows: { n: number | string }[] };
    if (Number(existing.rows[0]?.n ?? 0) > 0) return { reports: 0, texts: 0 };
    const now = ctx.clock.now().getTime();
    const steering = await userId(tx, 'steering@demo.example');
    for (const report of demoReports) {
      const reporter = await userId(tx, report.reporter);
      const createdAt = new Date(now - report.daysAgo * 86_400_000);
      const moderatedAt = new Date(createdAt.getTime() + 3 * 86_400_000);
      await tx.execute(sql`INSERT INTO obstacle_reports (category, description, legal_reference, reported_by, organisation_id, status, moderated_by, moderated_at, created_at)
        SELECT ${report.category}, ${report.description}, ${report.legalReference}, u.id, u.organisation_id, ${report.accepted ? 'accepted' : 'pending'},
               ${report.accepted ? steering : null}::uuid, ${report.accepted ? moderatedAt.toISOString() : null}::timestamptz, ${createdAt.toISOString()}::timestamptz
        FROM users u WHERE u.id = ${reporter}`);
    }
    let texts = 0;
    for (const [category, text, cleared] of demoCaseTexts) {
      // The oldest text-less obstacle of the category from the last twelve months (the generator is deterministic).
      const found = (await tx.execute(sql`SELECT id FROM case_obstacles
        WHERE category = ${category} AND text IS NULL AND created_at >= ${new Date(now - 330 * 86_400_000).toISOString()}::timestamptz
        ORDER BY created_at, id LIMIT 1`)) as unknown as { rows: { id: string }[] };
      const obstacleId = found.rows[0]?.id;
      if (!obstacleId) continue;
      await tx.execute(sql`UPDATE case_obstacles SET text = ${text} WHERE id = ${obstacleId}`);
      if (cleared) {
        await tx.execute(sql`INSERT INTO obstacle_text_clearances (obstacle_id, decision, cleared_text, decided_by, decided_at)
          VALUES (${obstacleId}, 'cleared', ${text}, ${steering}::uuid, ${new Date(now).toISOString()}::timestamptz)`);
      }
      texts += 1;
    }
    await recordAudit(tx, ctx, { action: 'system.demo_obstacles_seeded', subjectType: 'system', details: { reports: demoReports.length, texts } });
    return { reports: demoReports.length, texts };
  });
}
