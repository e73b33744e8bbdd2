import { canTransition, type ActiveStage, type CloseReason, type ObstacleCategory } from '../../domain/journey/index';
import { titleMetadata } from '../../domain/pathway/index';
import type { NameGroup } from './names';
import { Weighted } from './random';

/**
 * What synthetic cases are made of. The shares are plausible for skilled immigration into a
 * German region (India far ahead, then the Western Balkans, Türkiye, Ukraine, …), not statistics:
 * the point is lists, filters and dashboards that look and perform like the real thing.
 */
type Citizenship = { code: string; group: NameGroup; languages: readonly string[] };

const citizenshipEntries: (readonly [Citizenship, number])[] = [
  [{ code: 'IND', group: 'south_asian', languages: ['en', 'hi'] }, 18],
  [{ code: 'TUR', group: 'turkish', languages: ['tr'] }, 7],
  [{ code: 'SYR', group: 'arabic', languages: ['ar'] }, 4],
  [{ code: 'UKR', group: 'ukrainian', languages: ['uk', 'ru'] }, 5],
  [{ code: 'BRA', group: 'brazilian', languages: ['pt'] }, 4],
  [{ code: 'PHL', group: 'filipino', languages: ['tl', 'en'] }, 4],
  [{ code: 'VNM', group: 'vietnamese', languages: ['vi'] }, 4],
  [{ code: 'MAR', group: 'arabic', languages: ['ar', 'fr'] }, 3],
  [{ code: 'TUN', group: 'arabic', languages: ['ar', 'fr'] }, 3],
  [{ code: 'XKX', group: 'albanian', languages: ['sq'] }, 4],
  [{ code: 'SRB', group: 'south_slavic', languages: ['sr'] }, 3],
  [{ code: 'BIH', group: 'south_slavic', languages: ['bs'] }, 3],
  [{ code: 'ALB', group: 'albanian', languages: ['sq'] }, 3],
  [{ code: 'MKD', group: 'south_slavic', languages: ['mk'] }, 2],
  [{ code: 'NGA', group: 'west_african', languages: ['en'] }, 3],
  [{ code: 'GHA', group: 'west_african', languages: ['en'] }, 1],
  [{ code: 'EGY', group: 'arabic', languages: ['ar'] }, 3],
  [{ code: 'COL', group: 'hispanic', languages: ['es'] }, 2],
  [{ code: 'MEX', group: 'hispanic', languages: ['es'] }, 2],
  [{ code: 'IDN', group: 'indonesian', languages: ['id'] }, 3],
  [{ code: 'CHN', group: 'chinese', languages: ['zh'] }, 4],
  [{ code: 'IRN', group: 'persian', languages: ['fa'] }, 3],
  [{ code: 'PAK', group: 'south_asian', languages: ['ur', 'en'] }, 2],
];
export const citizenships = new Weighted(citizenshipEntries);
export const citizenshipByCode: ReadonlyMap<string, Citizenship> = new Map(citizenshipEntries.map(([citizenship]) => [citizenship.code, citizenship]));

/** §19c Abs. 1 AufenthG with §26 Abs. 2 BeschV (Westbalkanregelung). */
export const westBalkan: ReadonlySet<string> = new Set(['ALB', 'BIH', 'XKX', 'MKD', 'MNE', 'SRB']);

export type Job = { title: string; isco: string; salary: readonly [number, number]; titles: readonly string[]; recognitionShare: number };

export const jobs = new Weighted<Job>([
  [{ title: 'Pflegefachkraft', isco: '2221', salary: [38_000, 48_000], titles: ['18a', '16d3', '16d1'], recognitionShare: 0.95 }, 16],
  [{ title: 'Softwareentwickler/in', isco: '2512', salary: [52_000, 80_000], titles: ['18g_standard', '18g_reduced_shortage', '18g_it_no_degree'], recognitionShare: 0.1 }, 14],
  [{ title: 'Elektroniker/in', isco: '7411', salary: [36_000, 46_000], titles: ['18a', '19c1_westbalkan'], recognitionShare: 0.8 }, 8],
  [{ title: 'Industriemechaniker/in', isco: '7233', salary: [36_000, 46_000], titles: ['18a', '19c1_westbalkan'], recognitionShare: 0.8 }, 7],
  [{ title: 'Ärztin / Arzt', isco: '2211', salary: [65_000, 95_000], titles: ['18g_reduced_shortage', '18b'], recognitionShare: 1 }, 6],
  [{ title: 'Bauingenieur/in', isco: '2142', salary: [50_000, 68_000], titles: ['18g_reduced_shortage', '18b'], recognitionShare: 0.3 }, 5],
  [{ title: 'Maschinenbauingenieur/in', isco: '2144', salary: [52_000, 72_000], titles: ['18g_standard', '18g_reduced_new_entrant', '18b'], recognitionShare: 0.3 }, 5],
  [{ title: 'Berufskraftfahrer/in', isco: '8332', salary: [32_000, 40_000], titles: ['19c2_beschv6', '19c1_westbalkan'], recognitionShare: 0.2 }, 7],
  [{ title: 'Koch / Köchin', isco: '5120', salary: [28_000, 36_000], titles: ['19c1_westbalkan', '18a'], recognitionShare: 0.4 }, 5],
  [{ title: 'Erzieher/in', isco: '2342', salary: [38_000, 46_000], titles: ['18a', '16d1'], recognitionShare: 1 }, 5],
  [{ title: 'Anlagenmechaniker/in SHK', isco: '7126', salary: [35_000, 44_000], titles: ['18a', '19c1_westbalkan'], recognitionShare: 0.8 }, 5],
  [{ title: 'Fachinformatiker/in', isco: '3512', salary: [42_000, 56_000], titles: ['18a', '18g_it_no_degree'], recognitionShare: 0.5 }, 6],
  [{ title: 'Data Scientist', isco: '2120', salary: [55_000, 82_000], titles: ['18g_standard', '18b', '20a_fachkraft'], recognitionShare: 0.05 }, 4],
  [{ title: 'Hotelfachfrau / Hotelfachmann', isco: '5131', salary: [27_000, 33_000], titles: ['19c1_westbalkan', '18a', '20a_points'], recognitionShare: 0.5 }, 4],
  [{ title: 'Absolvent/in einer deutschen Hochschule', isco: '2149', salary: [45_000, 60_000], titles: ['20_post_study', '18b'], recognitionShare: 0 }, 3],
]);

/** BA approval per target title (the Wegweiser's metadata; "depends" counts as required). */
export const baApprovalRequired: ReadonlyMap<string, boolean> = new Map(titleMetadata.map((title) => [title.id, title.baApprovalRequired !== false]));

/** Family members' target titles by relation (the Wegweiser's family titles). */
export const familyTitle = { spouse: '30_spouse', child: '32_child', parent: '36_3_parent' } as const;

/**
 * Journeys as stage sequences. Each step of each path must be a move the domain's transition
 * table allows (checked below at load time), so generated histories never contain a move the
 * API would refuse. `procedure`: the visa stage runs as a §81a accelerated procedure.
 */
export type PathKind = 'standard' | 'no_recognition' | 'employer_led_recognition' | 'employer_led' | 'in_germany' | 'in_germany_recognition' | 'graduate';
export type JourneyPath = { kind: PathKind; stages: readonly ActiveStage[]; procedure: boolean };

const allStages: readonly ActiveStage[] = ['information', 'recognition', 'job_matching', 'visa_procedure', 'entry', 'residence_permit', 'integration'];
const path = (kind: PathKind, skip: readonly ActiveStage[], procedure = false): JourneyPath => ({
  kind,
  stages: allStages.filter((stage) => !skip.includes(stage)),
  procedure,
});

export const paths: Record<PathKind, JourneyPath> = {
  standard: path('standard', []),
  no_recognition: path('no_recognition', ['recognition']),
  employer_led_recognition: path('employer_led_recognition', ['job_matching'], true),
  employer_led: path('employer_led', ['recognition', 'job_matching'], true),
  in_germany: path('in_germany', ['recognition', 'visa_procedure', 'entry']),
  in_germany_recognition: path('in_germany_recognition', ['job_matching', 'visa_procedure', 'entry']),
  graduate: path('graduate', ['recognition', 'job_matching', 'visa_procedure', 'entry']),
};

for (const { kind, stages } of Object.values(paths)) {
  stages.slice(1).forEach((to, index) => {
    const from = stages[index]!;
    if (!canTransition(from, to)) throw new Error(`generator path ${kind}: ${from} → ${to} is not an allowed move`);
  });
}

export const pathsWithRecognition = new Weighted<PathKind>([['standard', 50], ['employer_led_recognition', 32], ['in_germany_recognition', 18]]);
export const pathsWithoutRecognition = new Weighted<PathKind>([['no_recognition', 42], ['employer_led', 33], ['in_germany', 15], ['graduate', 10]]);

/** Days spent in a stage: [min, mode, max] of a triangular distribution. */
export const stageDays: Record<ActiveStage, readonly [number, number, number]> = {
  information: [5, 20, 70],
  recognition: [40, 100, 220],
  job_matching: [20, 55, 160],
  visa_procedure: [30, 70, 150],
  entry: [7, 25, 60],
  residence_permit: [14, 40, 110],
  integration: [120, 260, 420],
};

/** The chance that a journey ends early (withdrawn, …) while in a stage. */
export const dropOut: Record<ActiveStage, number> = {
  information: 0.12,
  recognition: 0.08,
  job_matching: 0.08,
  visa_procedure: 0.03,
  entry: 0.01,
  residence_permit: 0.02,
  integration: 0.03,
};

export const dropOutReasons = new Weighted<CloseReason>([['withdrawn', 35], ['no_contact', 25], ['not_eligible', 20], ['moved_away', 20]]);

/** Tasks as case workers and navigators write them, by the stage they belong to. */
export const taskTitles: Record<ActiveStage, readonly string[]> = {
  information: ['Erstberatung dokumentieren', 'Lebenslauf und Zeugnisse anfordern', 'Wegweiser-Ergebnis besprechen'],
  recognition: ['Anerkennungsantrag vollständig einreichen', 'Übersetzungen der Zeugnisse nachreichen', 'Bescheid der Anerkennungsstelle prüfen'],
  job_matching: ['Profil an Arbeitgeberservice senden', 'Vorstellungsgespräch vorbereiten', 'Arbeitsvertrag prüfen'],
  visa_procedure: ['Vorabzustimmung an die Auslandsvertretung senden', 'Zustimmung der BA nachhalten', 'Visumtermin bestätigen lassen'],
  entry: ['Einreise und Ankunft bestätigen', 'Wohnsitz anmelden', 'Krankenversicherung nachweisen'],
  residence_permit: ['Termin Aufenthaltstitel vergeben', 'Biometrische Daten erfassen', 'eAT-Ausgabe terminieren'],
  integration: ['Integrationskurs vermitteln', 'Kita-Platz suchen', 'Nachgespräch nach sechs Monaten'],
};

/** Obstacles that typically come up in a stage, and how often a stage visit meets one. */
export const obstaclesByStage: Record<ActiveStage, { share: number; categories: readonly ObstacleCategory[] }> = {
  information: { share: 0.04, categories: ['missing_document'] },
  recognition: { share: 0.25, categories: ['recognition_delay', 'missing_document', 'recognition_delay'] },
  job_matching: { share: 0.08, categories: ['missing_document', 'employer_withdrew'] },
  visa_procedure: { share: 0.28, categories: ['no_visa_appointment', 'ba_delay', 'missing_document', 'no_visa_appointment'] },
  entry: { share: 0.12, categories: ['housing'] },
  residence_permit: { share: 0.1, categories: ['housing', 'missing_document'] },
  integration: { share: 0.18, categories: ['no_language_course', 'housing', 'childcare'] },
};

/**
 * Relative caseloads of the demo region's offices (roughly by population); an office of another
 * installation gets the default weight. The welcome centre opens cases of its own as well.
 */
export const ownerWeights: Readonly<Record<string, number>> = {
  'abh-mannheim': 12,
  'abh-heidelberg': 7,
  'abh-ludwigshafen': 8,
  'abh-rhein-neckar-kreis': 12,
  'abh-kreis-bergstrasse': 7,
  'abh-neckar-odenwald-kreis': 4,
  'abh-rhein-pfalz-kreis': 4,
  'welcome-center': 10,
};
export const defaultOwnerWeight = 2;

/**
 * How fast an Ausländerbehörde works: a factor on the days of its own stages (visa without §81a,
 * residence permit) and how often and how far it misses a §81a period. The demo region has one
 * bottleneck, ABH Ludwigshafen: slower than the others throughout, and clearly so in the last two
 * years (a fictitious staff shortage), so the stage-duration view has an "Engpass" to name.
 */
export type Pace = { stageFactor: number; lateShare: number; lateDays: number };
export const usualPace: Pace = { stageFactor: 1, lateShare: 0.18, lateDays: 20 };
export const BOTTLENECK_SLUG = 'abh-ludwigshafen';
const bottleneckEarlier: Pace = { stageFactor: 1.5, lateShare: 0.32, lateDays: 30 };
const bottleneckRecent: Pace = { stageFactor: 2.1, lateShare: 0.55, lateDays: 45 };

/** The pace of an authority for work starting `daysBeforeEnd` days before the end of the history. */
export function paceOf(slug: string | undefined, daysBeforeEnd: number): Pace {
  if (slug !== BOTTLENECK_SLUG) return usualPace;
  return daysBeforeEnd <= 730 ? bottleneckRecent : bottleneckEarlier;
}

/** Stages whose length is the authority's work (the §81a visa stage is timed by its steps). */
export const authorityStages: readonly ActiveStage[] = ['visa_procedure', 'residence_permit'];
