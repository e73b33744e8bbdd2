import type { TFunction } from 'i18next';
import { caseStageSchema, closeReasonSchema, familyRelationSchema, obstacleCategorySchema, type CaseEvent } from '../../../contract/cases';
import { recognitionOutcomeSchema } from '../../../contract/qualifications';
import { formatDate, titleName } from './format';

/** Events whose text needs no data. */
const plainEvents = [
  'note_added', 'navigator_changed', 'employer_changed', 'job_changed', 'member_target_changed', 'document_uploaded', 'document_deleted',
  'procedure_started', 'procedure_step_completed', 'procedure_deadline_extended', 'procedure_period_start_moved', 'procedure_deadlines_recomputed',
] as const;
const isPlain = (type: string): type is (typeof plainEvents)[number] => (plainEvents as readonly string[]).includes(type);

/**
 * A readable sentence for a timeline event in the interface language. The event data holds
 * ids and codes only (no personal data), so the texts name stages, categories and dates;
 * an event type this version does not know yet still reads as "Change (type)".
 */
export function eventText(event: Pick<CaseEvent, 'type' | 'data'>, t: TFunction, language: string): string {
  const { data } = event;
  const stage = (value: unknown) => {
    const parsed = caseStageSchema.safeParse(value);
    return parsed.success ? t(`cases.stages.${parsed.data}`) : String(value ?? '?');
  };
  const category = () => {
    const parsed = obstacleCategorySchema.safeParse(data.category);
    return parsed.success ? t(`cases.obstacleCategories.${parsed.data}`) : String(data.category ?? '?');
  };

  switch (event.type) {
    case 'created':
      return t(data.fromEvaluation === true ? 'cases.timeline.events.createdFromWegweiser' : 'cases.timeline.events.created');
    case 'stage_changed': {
      if (data.kind === 'close') {
        const reason = closeReasonSchema.safeParse(data.closeReason);
        return t('cases.timeline.events.closed', { reason: reason.success ? t(`cases.closeReasons.${reason.data}`) : '?' });
      }
      if (data.kind === 'reopen') return t('cases.timeline.events.reopened', { to: stage(data.to) });
      const key = data.kind === 'correction' ? 'cases.timeline.events.stageBack' : 'cases.timeline.events.stageForward';
      return t(key, { from: stage(data.from), to: stage(data.to) });
    }
    case 'member_added': {
      const relation = familyRelationSchema.safeParse(data.relation);
      return t('cases.timeline.events.member_added', { relation: relation.success ? t(`cases.relations.${relation.data}`) : '?' });
    }
    case 'member_stage_changed':
      return t('cases.timeline.events.member_stage_changed', { from: stage(data.from), to: stage(data.to) });
    case 'task_added':
      return t('cases.timeline.events.task_added', { date: typeof data.dueOn === 'string' ? formatDate(data.dueOn, language) : '?' });
    case 'task_status_changed':
      if (data.to === 'done') return t('cases.timeline.events.task_done');
      if (data.to === 'cancelled') return t('cases.timeline.events.task_cancelled');
      return t('cases.timeline.events.task_reopened');
    case 'obstacle_added':
      return t('cases.timeline.events.obstacle_added', { category: category() });
    case 'obstacle_resolved':
      return t('cases.timeline.events.obstacle_resolved', { category: category() });
    case 'target_changed':
      return t('cases.timeline.events.target_changed', {
        title: typeof data.to === 'string' ? titleName(data.to, language) : t('cases.detail.noTarget'),
      });
    case 'document_reviewed': {
      const changed = data.previousStatus === 'accepted' || data.previousStatus === 'rejected';
      if (data.status === 'accepted') return t(changed ? 'documentReview.caseEvents.changedAccepted' : 'documentReview.caseEvents.accepted');
      return t(changed ? 'documentReview.caseEvents.changedRejected' : 'documentReview.caseEvents.rejected');
    }
    case 'qualification_outcome_recorded':
      return t('caseQualification.events.outcomeRecorded', { outcome: recognitionOutcomeSchema.safeParse(data.outcome).success ? t(`caseQualification.outcomes.${String(data.outcome)}` as 'caseQualification.outcomes.full') : '?' });
    case 'qualification_changed':
      return t('caseQualification.events.changed');
    case 'document_requested':
      return t('documentReview.caseEvents.requested');
    case 'document_request_withdrawn':
      return t('documentReview.caseEvents.requestWithdrawn');
    default: {
      if (isPlain(event.type)) return t(`cases.timeline.events.${event.type}`);
      // Consent and referral events are named in the referrals catalogue.
      const referralText = (t as unknown as (key: string, options: { defaultValue: string }) => string)(`referrals.caseEvents.${event.type}`, { defaultValue: '' });
      return referralText || t('cases.timeline.events.other', { type: event.type });
    }
  }
}
