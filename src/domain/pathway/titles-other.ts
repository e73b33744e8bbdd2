/**
 * Recognition titles (§16d Abs. 1 and 3) and job-search titles (§20 Abs. 1 Nr. 1, Chancenkarte §20a).
 * Ranking rationale: see titles-employment.ts.
 */
import { chancenkartePointsOf } from './chancenkarte-points';
import type { ProfileContext } from './profile-context';
import type { TitleDefinition } from './rule-model';
import { applicationStep, fundsStep, steps } from './next-steps';

type Title = TitleDefinition<ProfileContext>;

export const recognitionPartnership: Title = {
  id: '16d3',
  name: { de: 'Anerkennungspartnerschaft', en: 'Recognition partnership' },
  legalRef: '§16d Abs. 3 AufenthG',
  decision: 'regular',
  priority: 8,
  conditions: [
    { id: 'state_recognised_qualification' },
    { id: 'recognition_pending' },
    { id: 'job_offer', legalRef: '§16d Abs. 3 Satz 1 Nr. 2 AufenthG' },
    { id: 'qualified_employment_16d3' },
    { id: 'recognition_partnership' },
    { id: 'german_a2', legalRef: '§16d Abs. 3 Satz 1 Nr. 5 AufenthG' },
  ],
  // BA approval under §2a BeschV (law.md §3.2).
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'state_recognition_confirmation', 'recognition_partnership_agreement', 'german_certificate'],
  conditionalDocuments: (ctx) => (ctx.isAbroad ? [] : ['current_residence_title']),
  nextSteps: (ctx) => [steps.accelerated, applicationStep(ctx), steps.baApproval, steps.recognitionPartnership],
};

export const qualificationMeasure: Title = {
  id: '16d1',
  name: { de: 'Qualifizierungsmaßnahme zur Anerkennung', en: 'Qualification measure for recognition' },
  legalRef: '§16d Abs. 1 AufenthG',
  decision: 'regular',
  priority: 13,
  conditions: [{ id: 'partial_recognition' }, { id: 'german_a2' }, { id: 'qualification_measure_place' }, { id: 'livelihood_funds_16d' }],
  // §16d Abs. 1 Satz 2 Nr. 3: BA approval only for a predominantly in-company measure.
  baApprovalRequired: (ctx) => ctx.profile.qualificationMeasure?.schoolBased !== true,
  documents: ['passport', 'deficit_notice', 'qualification_measure_confirmation', 'german_certificate', 'proof_of_funds', 'health_insurance'],
  nextSteps: (ctx) => [steps.accelerated, applicationStep(ctx), steps.qualificationMeasure],
};

export const postStudyJobSearch: Title = {
  id: '20_post_study',
  name: { de: 'Arbeitsplatzsuche nach dem Studium in Deutschland', en: 'Job search after studying in Germany' },
  legalRef: '§20 Abs. 1 Nr. 1 AufenthG',
  decision: 'entitlement',
  priority: 10,
  conditions: [{ id: 'german_degree' }, { id: 'study_title' }, { id: 'livelihood_secured' }],
  baApprovalRequired: false,
  documents: ['passport', 'german_degree_certificate', 'current_residence_title', 'health_insurance'],
  nextSteps: () => [steps.postStudy],
};

function qualificationDocuments(ctx: ProfileContext): string[] {
  const q = ctx.profile.qualification;
  if (q.type === 'academic') return ['degree_certificate', 'degree_comparability'];
  if (q.type === 'vocational') return ['vocational_certificate', 'equivalence_decision'];
  return [];
}

const chancenkarteSteps = (ctx: ProfileContext) => [
  fundsStep(ctx.period.parameters.chancenkarteFundsPerMonth.cents),
  applicationStep(ctx),
  steps.chancenkarteRights,
];

export const chancenkarteSkilled: Title = {
  id: '20a_fachkraft',
  name: { de: 'Chancenkarte für Fachkräfte', en: 'Opportunity card for skilled workers' },
  legalRef: '§20a Abs. 3 Nr. 1 AufenthG',
  decision: 'discretionary',
  priority: 11,
  conditions: [{ id: 'fachkraft' }, { id: 'livelihood_chancenkarte' }, { id: 'inland_title_section_3_4' }, { id: 'chancenkarte_reissue_wait' }],
  baApprovalRequired: false,
  documents: ['passport', 'proof_of_funds', 'health_insurance'],
  conditionalDocuments: qualificationDocuments,
  nextSteps: chancenkarteSteps,
};

export const chancenkartePoints: Title = {
  id: '20a_points',
  name: { de: 'Chancenkarte (Punktesystem)', en: 'Opportunity card (points system)' },
  legalRef: '§20a Abs. 3 Nr. 2 AufenthG',
  decision: 'discretionary',
  priority: 12,
  conditions: [
    { id: 'chancenkarte_points' },
    { id: 'chancenkarte_qualification' },
    { id: 'chancenkarte_language' },
    { id: 'livelihood_chancenkarte' },
    { id: 'inland_title_section_3_4' },
    { id: 'chancenkarte_reissue_wait' },
  ],
  baApprovalRequired: false,
  documents: ['passport', 'language_certificate', 'proof_of_funds', 'health_insurance'],
  conditionalDocuments: (ctx) => {
    const partial = ctx.profile.qualification.germanRecognition === 'partial';
    const documents = [partial ? 'deficit_notice' : 'state_recognition_confirmation'];
    if (chancenkartePointsOf(ctx).breakdown.some((item) => item.criterion.startsWith('experience') && item.points > 0)) documents.push('experience_proof');
    return documents;
  },
  nextSteps: (ctx) => {
    const base = chancenkarteSteps(ctx);
    return ctx.profile.qualification.germanRecognition === 'partial' ? base : [steps.zabConfirmation, ...base];
  },
};

export const otherTitles: readonly Title[] = [recognitionPartnership, qualificationMeasure, postStudyJobSearch, chancenkarteSkilled, chancenkartePoints];
