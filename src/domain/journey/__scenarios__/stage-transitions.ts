/** Journey stage moves: every rule of the transition table, and moves that must be refused. */
import type { TransitionScenario } from './scenario-types';

export const transitionScenarios: TransitionScenario[] = [
  // Forward by one.
  { from: 'information', to: 'recognition', expect: 'forward' },
  { from: 'recognition', to: 'job_matching', expect: 'forward' },
  { from: 'job_matching', to: 'visa_procedure', expect: 'forward' },
  { from: 'visa_procedure', to: 'entry', expect: 'forward' },
  { from: 'entry', to: 'residence_permit', expect: 'forward' },
  { from: 'residence_permit', to: 'integration', expect: 'forward' },
  // Skips.
  { from: 'information', to: 'job_matching', expect: 'skip' },
  { from: 'information', to: 'visa_procedure', expect: 'skip' },
  { from: 'recognition', to: 'visa_procedure', expect: 'skip' },
  { from: 'job_matching', to: 'entry', expect: 'skip' },
  { from: 'job_matching', to: 'residence_permit', expect: 'skip' },
  { from: 'recognition', to: 'residence_permit', expect: 'skip' },
  { from: 'information', to: 'residence_permit', expect: 'skip' },
  // Corrections: one stage back.
  { from: 'recognition', to: 'information', expect: 'correction' },
  { from: 'job_matching', to: 'recognition', expect: 'correction' },
  { from: 'visa_procedure', to: 'job_matching', expect: 'correction' },
  { from: 'entry', to: 'visa_procedure', expect: 'correction' },
  { from: 'residence_permit', to: 'entry', expect: 'correction' },
  { from: 'integration', to: 'residence_permit', expect: 'correction' },
  // Closing, always with a reason.
  { from: 'information', to: 'closed', expect: 'close', reason: 'withdrawn' },
  { from: 'recognition', to: 'closed', expect: 'close', reason: 'not_eligible' },
  { from: 'job_matching', to: 'closed', expect: 'close', reason: 'no_contact' },
  { from: 'visa_procedure', to: 'closed', expect: 'close', reason: 'withdrawn' },
  { from: 'entry', to: 'closed', expect: 'close', reason: 'moved_away' },
  { from: 'residence_permit', to: 'closed', expect: 'close', reason: 'other' },
  { from: 'integration', to: 'closed', expect: 'close', reason: 'goal_reached' },
  { from: 'integration', to: 'closed', expect: 'CLOSE_REASON_REQUIRED' },
  // Reopening: only to the stage the journey was closed from.
  { from: 'closed', to: 'information', expect: 'reopen', stageBeforeClosing: 'information' },
  { from: 'closed', to: 'recognition', expect: 'reopen', stageBeforeClosing: 'recognition' },
  { from: 'closed', to: 'job_matching', expect: 'reopen', stageBeforeClosing: 'job_matching' },
  { from: 'closed', to: 'visa_procedure', expect: 'reopen', stageBeforeClosing: 'visa_procedure' },
  { from: 'closed', to: 'entry', expect: 'reopen', stageBeforeClosing: 'entry' },
  { from: 'closed', to: 'residence_permit', expect: 'reopen', stageBeforeClosing: 'residence_permit' },
  { from: 'closed', to: 'integration', expect: 'reopen', stageBeforeClosing: 'integration' },
  { from: 'closed', to: 'information', expect: 'TRANSITION_NOT_ALLOWED', stageBeforeClosing: 'integration' },
  { from: 'closed', to: 'integration', expect: 'TRANSITION_NOT_ALLOWED' },
  // Refused moves.
  { from: 'information', to: 'entry', expect: 'TRANSITION_NOT_ALLOWED' },
  { from: 'visa_procedure', to: 'residence_permit', expect: 'TRANSITION_NOT_ALLOWED' },
  { from: 'entry', to: 'integration', expect: 'TRANSITION_NOT_ALLOWED' },
  { from: 'visa_procedure', to: 'information', expect: 'TRANSITION_NOT_ALLOWED' },
  { from: 'recognition', to: 'recognition', expect: 'TRANSITION_NOT_ALLOWED' },
  { from: 'closed', to: 'closed', expect: 'TRANSITION_NOT_ALLOWED', stageBeforeClosing: 'entry' },
];
