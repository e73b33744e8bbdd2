/**
 * Employment titles as data: Blue Card variants (§18g), skilled workers (§18a, §18b), the experience
 * pillar (§19c Abs. 2 + §6 BeschV) and the Westbalkan rule (§19c Abs. 1 + §26 Abs. 2 BeschV).
 *
 * Ranking (`priority`, lower first; eligible titles always come before needs_info and not_eligible):
 *  1–4 Blue Card: strongest rights (job change without permission, settlement after 21/27 months,
 *      privileged family reunification); the standard variant first because it needs no BA approval.
 *  5–6 §18b/§18a: entitlement titles with BA approval, settlement after 3 years.
 *  7   §19c Abs. 2: discretionary, settlement only via §9 after 5 years.
 *  8   §16d Abs. 3 (titles-other.ts): work while recognition is pursued, at most 3 years.
 *  9   Westbalkan: any job, but BA priority check and an annual quota.
 *  10+ search and qualification titles (titles-other.ts): no job yet.
 */
import type { ProfileContext } from './profile-context';
import type { TitleDefinition } from './rule-model';
import { applicationStep, steps } from './next-steps';

type Title = TitleDefinition<ProfileContext>;

/** Documents that depend on the profile, shared by employment titles. */
function commonConditionalDocuments(ctx: ProfileContext): string[] {
  const documents: string[] = [];
  if (ctx.profile.qualification.regulatedProfession === true) documents.push('professional_licence');
  if (!ctx.isAbroad) documents.push('current_residence_title');
  return documents;
}

const blueCardSteps = (ctx: ProfileContext) => [steps.accelerated, applicationStep(ctx), steps.blueCardSettlement];
const blueCardStepsWithApproval = (ctx: ProfileContext) => [steps.accelerated, applicationStep(ctx), steps.baApproval, steps.blueCardSettlement];
const blueCardDocuments = ['passport', 'employment_contract', 'degree_certificate', 'degree_comparability'];
const blueCardCore = [{ id: 'fachkraft_academic' }, { id: 'job_offer' }, { id: 'qualification_appropriate_employment' }, { id: 'contract_min_6_months' }];

export const blueCardStandard: Title = {
  id: '18g_standard',
  name: { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  legalRef: '§18g Abs. 1 Satz 1 AufenthG',
  decision: 'entitlement',
  priority: 1,
  conditions: [...blueCardCore, { id: 'salary_blue_card_standard' }, { id: 'professional_licence' }],
  baApprovalRequired: false,
  documents: blueCardDocuments,
  conditionalDocuments: commonConditionalDocuments,
  nextSteps: blueCardSteps,
};

export const blueCardShortage: Title = {
  id: '18g_reduced_shortage',
  name: { de: 'Blaue Karte EU (Engpassberuf, abgesenkte Gehaltsschwelle)', en: 'EU Blue Card (shortage occupation, reduced salary threshold)' },
  legalRef: '§18g Abs. 1 Satz 2 Nr. 1 AufenthG',
  decision: 'entitlement',
  priority: 2,
  conditions: [...blueCardCore, { id: 'shortage_occupation' }, { id: 'salary_blue_card_reduced' }, { id: 'professional_licence' }],
  baApprovalRequired: true,
  documents: blueCardDocuments,
  conditionalDocuments: commonConditionalDocuments,
  nextSteps: blueCardStepsWithApproval,
};

export const blueCardNewEntrant: Title = {
  id: '18g_reduced_new_entrant',
  name: { de: 'Blaue Karte EU (Berufsanfänger, abgesenkte Gehaltsschwelle)', en: 'EU Blue Card (new entrant, reduced salary threshold)' },
  legalRef: '§18g Abs. 1 Satz 2 Nr. 2 AufenthG',
  decision: 'entitlement',
  priority: 3,
  conditions: [...blueCardCore, { id: 'degree_within_3_years' }, { id: 'salary_blue_card_reduced' }, { id: 'professional_licence' }],
  baApprovalRequired: true,
  documents: blueCardDocuments,
  conditionalDocuments: commonConditionalDocuments,
  nextSteps: blueCardStepsWithApproval,
};

export const blueCardItSpecialist: Title = {
  id: '18g_it_no_degree',
  name: { de: 'Blaue Karte EU (IT-Fachkraft ohne Hochschulabschluss)', en: 'EU Blue Card (IT specialist without a degree)' },
  legalRef: '§18g Abs. 2 AufenthG',
  decision: 'entitlement',
  priority: 4,
  conditions: [
    { id: 'blue_card_abs1_not_applicable' },
    { id: 'job_offer' },
    { id: 'it_occupation' },
    { id: 'it_experience_3_of_7_years' },
    { id: 'qualification_appropriate_employment', legalRef: '§18g Abs. 2 AufenthG' },
    { id: 'contract_min_6_months' },
    { id: 'salary_blue_card_reduced', legalRef: '§18g Abs. 2 Nr. 1 AufenthG' },
    { id: 'professional_licence' },
  ],
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'experience_proof'],
  conditionalDocuments: commonConditionalDocuments,
  nextSteps: (ctx) => [applicationStep(ctx), steps.baApproval, steps.blueCardSettlement],
};

function age45Documents(ctx: ProfileContext): string[] {
  const documents = commonConditionalDocuments(ctx);
  const firstTitle = ctx.profile.currentTitle !== '18a' && ctx.profile.currentTitle !== '18b';
  if (firstTitle && ctx.age !== undefined && ctx.age >= ctx.period.rules.age45.value) documents.push('pension_provision_proof');
  return documents;
}

const skilledSteps = (ctx: ProfileContext) => [steps.accelerated, applicationStep(ctx), steps.baApproval, steps.skilledSettlement];

export const skilledAcademic: Title = {
  id: '18b',
  name: { de: 'Fachkraft mit akademischer Ausbildung', en: 'Skilled worker with a degree' },
  legalRef: '§18b AufenthG',
  decision: 'entitlement',
  priority: 5,
  conditions: [
    { id: 'fachkraft_academic' },
    { id: 'job_offer' },
    { id: 'qualified_employment', legalRef: '§18b AufenthG i.V.m. §2 Abs. 12b AufenthG' },
    { id: 'professional_licence' },
    { id: 'age_45_salary' },
  ],
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'degree_certificate', 'degree_comparability'],
  conditionalDocuments: age45Documents,
  nextSteps: skilledSteps,
};

export const skilledVocational: Title = {
  id: '18a',
  name: { de: 'Fachkraft mit Berufsausbildung', en: 'Skilled worker with vocational training' },
  legalRef: '§18a AufenthG',
  decision: 'entitlement',
  priority: 6,
  conditions: [
    { id: 'fachkraft_vocational' },
    { id: 'job_offer' },
    { id: 'qualified_employment', legalRef: '§18a AufenthG i.V.m. §2 Abs. 12b AufenthG' },
    { id: 'professional_licence' },
    { id: 'age_45_salary' },
  ],
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'vocational_certificate', 'equivalence_decision'],
  conditionalDocuments: age45Documents,
  nextSteps: skilledSteps,
};

export const experiencePillar: Title = {
  id: '19c2_beschv6',
  name: { de: 'Beschäftigung bei ausgeprägter Berufserfahrung', en: 'Employment based on professional experience' },
  legalRef: '§19c Abs. 2 AufenthG i.V.m. §6 BeschV',
  decision: 'discretionary',
  priority: 7,
  conditions: [
    { id: 'job_offer' },
    { id: 'qualified_employment', legalRef: '§19c Abs. 2 AufenthG, §6 Abs. 1 Satz 1 BeschV' },
    { id: 'experience_2_of_5_years' },
    { id: 'salary_beschv6' },
    { id: 'beschv6_qualification' },
    { id: 'professional_licence' },
  ],
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'experience_proof'],
  conditionalDocuments: (ctx) => {
    const documents = commonConditionalDocuments(ctx);
    if (ctx.profile.qualification.type !== 'none') documents.push('state_recognition_confirmation');
    if (ctx.profile.job?.employerTariffBound === true) documents.push('tariff_confirmation');
    return documents;
  },
  nextSteps: (ctx) => [steps.accelerated, applicationStep(ctx), steps.baApproval, steps.generalSettlement],
};

export const westbalkan: Title = {
  id: '19c1_westbalkan',
  name: { de: 'Westbalkanregelung', en: 'Western Balkans regulation' },
  legalRef: '§19c Abs. 1 AufenthG i.V.m. §26 Abs. 2 BeschV',
  decision: 'discretionary',
  priority: 9,
  conditions: [
    { id: 'westbalkan_citizenship' },
    { id: 'job_offer' },
    { id: 'application_at_home_mission' },
    { id: 'no_asylblg_benefits_24_months' },
    { id: 'westbalkan_quota' },
  ],
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract'],
  nextSteps: () => [steps.westbalkanPreApproval],
};

export const employmentTitles: readonly Title[] = [
  blueCardStandard,
  blueCardShortage,
  blueCardNewEntrant,
  blueCardItSpecialist,
  skilledAcademic,
  skilledVocational,
  experiencePillar,
  westbalkan,
];
