/**
 * Job-search permits after a stay in Germany beyond study (§20 Abs. 1 Nr. 2–4 AufenthG) and the
 * follow-up Chancenkarte (§20a Abs. 5 Satz 2). Ranking: the §20 titles share priority 10 with
 * §20 Abs. 1 Nr. 1 (they exclude each other in practice); the follow-up card comes right after
 * the Westbalkan rule (9): it needs a job offer but its work is limited to that job.
 */
import type { ProfileContext } from './profile-context';
import type { TitleDefinition } from './rule-model';
import { steps } from './next-steps';

type Title = TitleDefinition<ProfileContext>;

export const postResearchJobSearch: Title = {
  id: '20_post_research',
  name: { de: 'Arbeitsplatzsuche nach der Forschung in Deutschland', en: 'Job search after research in Germany' },
  legalRef: '§20 Abs. 1 Nr. 2 AufenthG',
  // "wird … erteilt"
  decision: 'entitlement',
  priority: 10,
  conditions: [{ id: 'research_completed' }, { id: 'research_title' }, { id: 'livelihood_secured' }],
  baApprovalRequired: false,
  documents: ['passport', 'research_completion_confirmation', 'current_residence_title', 'health_insurance'],
  nextSteps: () => [steps.postResearch],
};

export const postTrainingJobSearch: Title = {
  id: '20_post_training',
  name: { de: 'Arbeitsplatzsuche nach einer Berufsausbildung in Deutschland', en: 'Job search after vocational training in Germany' },
  legalRef: '§20 Abs. 1 Nr. 3 AufenthG',
  // "ist … zu erteilen"
  decision: 'entitlement',
  priority: 10,
  conditions: [{ id: 'german_vocational_training_completed' }, { id: 'training_title' }, { id: 'livelihood_secured' }],
  baApprovalRequired: false,
  documents: ['passport', 'german_vocational_certificate', 'current_residence_title', 'health_insurance'],
  nextSteps: () => [steps.postTraining],
};

export const postRecognitionJobSearch: Title = {
  id: '20_post_recognition',
  name: { de: 'Arbeitsplatzsuche nach der Anerkennung in Deutschland', en: 'Job search after recognition in Germany' },
  legalRef: '§20 Abs. 1 Nr. 4 AufenthG',
  // "ist … zu erteilen"
  decision: 'entitlement',
  priority: 10,
  conditions: [{ id: 'recognition_obtained' }, { id: 'recognition_stay_title' }, { id: 'livelihood_secured' }],
  baApprovalRequired: false,
  documents: ['passport', 'current_residence_title', 'health_insurance'],
  conditionalDocuments: (ctx) => (ctx.profile.qualification.professionalLicence === true ? ['professional_licence'] : ['equivalence_decision']),
  nextSteps: () => [steps.postRecognition],
};

export const chancenkarteFollowUp: Title = {
  id: '20a_follow_up',
  name: { de: 'Folge-Chancenkarte', en: 'Follow-up opportunity card' },
  legalRef: '§20a Abs. 5 Satz 2 AufenthG',
  // "kann … verlängert werden"
  decision: 'discretionary',
  priority: 9.5,
  conditions: [
    { id: 'search_chancenkarte_held' },
    { id: 'job_offer', legalRef: '§20a Abs. 5 Satz 2 AufenthG' },
    { id: 'qualified_employment', legalRef: '§20a Abs. 5 Satz 2 i.V.m. §2 Abs. 12b AufenthG' },
    { id: 'no_other_section_4_title' },
  ],
  // §20a Abs. 5 Satz 2: "und die Bundesagentur für Arbeit zugestimmt hat" (§39 Abs. 3a: working conditions only).
  baApprovalRequired: true,
  documents: ['passport', 'employment_contract', 'current_residence_title'],
  // An extension at the foreigners authority, not a first issue: no visa or first-issue step.
  nextSteps: () => [steps.followUpChancenkarte, steps.baApproval],
};

export const jobSearchStayTitles: readonly Title[] = [postResearchJobSearch, postTrainingJobSearch, postRecognitionJobSearch, chancenkarteFollowUp];
