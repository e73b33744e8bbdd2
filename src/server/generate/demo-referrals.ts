import { requireLand } from '../../domain/calendar/index';
import { consentLegalBasis, type ConsentPurpose, type DataCategory } from '../../domain/consent/vocabulary';
import { currentConsentTextVersionId } from '../../domain/consent/consent-texts';
import { defaultReferralDeadlineSettings, referralClock } from '../../domain/referrals/deadlines';
import { addWorkingTime } from '../../domain/referrals/working-time';
import { Random } from './random';

/**
 * Referrals between the demo organisations, so the network map shows real flows: some large
 * enough to be shown, some from 1 to 4 (shown as "< 5"), and a few older than 12 months (outside
 * the map's default period). Counts are fixed here; dates, cases and answer times come from seeded
 * streams, so the same database state gives the same rows. All of them are answered and closed:
 * nobody's inbox fills up with demo work.
 */
export type DemoFlow = {
  from: string;
  to: string;
  purpose: ConsentPurpose;
  /** Sent 2 weeks to 11 months ago. */
  recent: number;
  /** Sent 13 to 20 months ago. */
  older: number;
};

export const demoFlows: readonly DemoFlow[] = [
  { from: 'welcome-center', to: 'iq-rhein-neckar', purpose: 'recognition_counselling', recent: 26, older: 9 },
  { from: 'welcome-center', to: 'aa-mannheim', purpose: 'job_matching', recent: 14, older: 4 },
  { from: 'welcome-center', to: 'abh-mannheim', purpose: 'residence_permit', recent: 11, older: 3 },
  { from: 'abh-mannheim', to: 'iq-rhein-neckar', purpose: 'recognition_counselling', recent: 9, older: 2 },
  { from: 'abh-mannheim', to: 'welcome-center', purpose: 'integration_support', recent: 7, older: 0 },
  { from: 'abh-ludwigshafen', to: 'welcome-center', purpose: 'integration_support', recent: 6, older: 1 },
  { from: 'abh-heidelberg', to: 'iq-rhein-neckar', purpose: 'recognition_counselling', recent: 5, older: 0 },
  { from: 'welcome-center', to: 'sprachschule-neckar', purpose: 'integration_support', recent: 4, older: 2 },
  { from: 'welcome-center', to: 'mbe-mannheim', purpose: 'integration_support', recent: 3, older: 0 },
  { from: 'abh-ludwigshafen', to: 'ihk-pfalz', purpose: 'recognition_counselling', recent: 2, older: 0 },
  { from: 'abh-rhein-neckar-kreis', to: 'iq-rhein-neckar', purpose: 'recognition_counselling', recent: 3, older: 3 },
  { from: 'abh-mannheim', to: 'rp-stuttgart-anerkennung', purpose: 'recognition_counselling', recent: 1, older: 0 },
  { from: 'welcome-center', to: 'verein-brueckenbauer', purpose: 'integration_support', recent: 2, older: 0 },
];

export type DemoReferralWorld = {
  organisations: ReadonlyMap<string, { id: string; land: string }>;
  /** Cases owned by an organisation (by id), oldest first, with the main person. */
  casesOf: (organisationId: string) => readonly { id: string; personId: string; createdAt: number }[];
  /** Active staff of an organisation (by id), sorted by e-mail. */
  staffOf: (organisationId: string) => readonly string[];
};

export type DemoConsentRow = {
  id: string;
  caseId: string;
  personId: string;
  purposes: string[];
  recipientOrganisationIds: string[];
  dataCategories: string[];
  legalBasis: string;
  textVersion: string;
  language: string;
  method: string;
  givenAt: Date;
  recordedBy: string;
};

export type DemoReferralRow = {
  id: string;
  caseId: string;
  consentId: string;
  fromOrganisationId: string;
  fromUserId: string;
  toOrganisationId: string;
  purpose: string;
  message: string;
  state: string;
  dueAt: Date;
  remindAt: Date;
  answer: string;
  answeredAt: Date;
  answeredBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type DemoReferralEventRow = { referralId: string; type: string; at: Date; actorUserId: string | null; text: string | null; data: Record<string, unknown> };

export type DemoReferralRows = { consents: DemoConsentRow[]; referrals: DemoReferralRow[]; events: DemoReferralEventRow[] };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const categories: DataCategory[] = ['identity', 'qualification'];

/** Referral rows for the demo flows, sent before `now` (milliseconds). Flows whose organisations or cases are missing are skipped. */
export function demoReferralRows(seed: string, now: number, world: DemoReferralWorld, flows: readonly DemoFlow[] = demoFlows): DemoReferralRows {
  const rows: DemoReferralRows = { consents: [], referrals: [], events: [] };
  for (const flow of flows) {
    const from = world.organisations.get(flow.from);
    const to = world.organisations.get(flow.to);
    if (!from || !to) continue;
    const cases = world.casesOf(from.id);
    const senders = world.staffOf(from.id);
    const recipients = world.staffOf(to.id);
    if (cases.length === 0 || senders.length === 0) continue;
    const toLand = requireLand(to.land);
    const total = flow.recent + flow.older;
    for (let index = 0; index < total; index += 1) {
      const random = Random.of(seed, 'network-referral', flow.from, flow.to, index);
      const daysAgo = index < flow.recent ? random.int(14, 330) : random.int(395, 600);
      // A working morning or afternoon hour in Berlin (about UTC+1), on the drawn day.
      let sentAt = Math.floor((now - daysAgo * DAY_MS) / DAY_MS) * DAY_MS + random.int(7, 15) * HOUR_MS + random.int(0, 59) * 60_000;
      const weekday = new Date(sentAt).getUTCDay();
      if (weekday === 0 || weekday === 6) sentAt -= (weekday === 0 ? 2 : 1) * DAY_MS;
      const candidates = cases.filter((entry) => entry.createdAt < sentAt - DAY_MS);
      if (candidates.length === 0) continue;
      const theCase = random.pick(candidates);
      const sender = random.pick(senders);
      const recipient = recipients.length > 0 ? random.pick(recipients) : null;
      const { dueAt, remindAt } = referralClock(toLand, sentAt, defaultReferralDeadlineSettings);
      // Most are answered within the two working days (working time counts whole working days), some late.
      const workingHours = random.chance(0.8) ? random.int(2, 40) : random.int(72, 120);
      const answeredAt = addWorkingTime(toLand, sentAt, workingHours * HOUR_MS);
      const closedAt = answeredAt + random.int(1, 48) * HOUR_MS;
      const consentId = random.uuid();
      const referralId = random.uuid();
      rows.consents.push({
        id: consentId,
        caseId: theCase.id,
        personId: theCase.personId,
        purposes: [flow.purpose],
        recipientOrganisationIds: [to.id],
        dataCategories: categories,
        legalBasis: consentLegalBasis,
        textVersion: currentConsentTextVersionId,
        language: 'de',
        method: 'staff_recorded',
        givenAt: new Date(sentAt - random.int(1, 10) * DAY_MS),
        recordedBy: sender,
      });
      const message = 'Bitte übernehmen Sie die Beratung zu dieser Frage (synthetische Demo-Weiterleitung).';
      const answer = 'Beratungstermin vereinbart und durchgeführt (synthetische Demo-Antwort).';
      rows.referrals.push({
        id: referralId,
        caseId: theCase.id,
        consentId,
        fromOrganisationId: from.id,
        fromUserId: sender,
        toOrganisationId: to.id,
        purpose: flow.purpose,
        message,
        state: 'closed',
        dueAt: new Date(dueAt),
        remindAt: new Date(remindAt),
        answer,
        answeredAt: new Date(answeredAt),
        answeredBy: recipient,
        createdAt: new Date(sentAt),
        updatedAt: new Date(closedAt),
      });
      rows.events.push(
        { referralId, type: 'sent', at: new Date(sentAt), actorUserId: sender, text: message, data: { toOrganisationId: to.id, consentId, dueAt: new Date(dueAt).toISOString(), synthetic: true } },
        { referralId, type: 'answered', at: new Date(answeredAt), actorUserId: recipient, text: answer, data: {} },
        { referralId, type: 'closed', at: new Date(closedAt), actorUserId: sender, text: null, data: {} },
      );
    }
  }
  return rows;
}
