import { describe, expect, it } from 'vitest';
import { actionsFrom, allowedActions, decideTransition, type WorkflowState } from './workflow';

const author = 'author-1';
const reviewer = 'reviewer-2';
const state = (status: WorkflowState['status'], revisionAuthorIds: string[] = [author]): WorkflowState => ({ status, revisionAuthorIds });

describe('article workflow', () => {
  it.each([
    ['draft', 'submit', 'in_review'],
    ['draft', 'edit', 'draft'],
    ['in_review', 'edit', 'draft'],
    ['in_review', 'approve', 'published'],
    ['in_review', 'request_changes', 'draft'],
    ['published', 'edit', 'draft'],
    ['published', 'archive', 'archived'],
    ['archived', 'restore', 'draft'],
  ] as const)('%s --%s--> %s (by a reviewer who did not write it)', (from, action, to) => {
    expect(decideTransition(state(from), action, reviewer)).toEqual({ ok: true, status: to });
  });

  it('refuses a move the status does not allow and names the allowed ones', () => {
    expect(decideTransition(state('draft'), 'approve', reviewer)).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', status: 'draft', action: 'approve', allowed: ['edit', 'submit', 'archive'] },
    });
    expect(decideTransition(state('archived'), 'edit', author).ok).toBe(false);
    expect(decideTransition(state('published'), 'submit', author).ok).toBe(false);
  });

  it('four eyes: the author can neither approve nor send back their own revision', () => {
    expect(decideTransition(state('in_review'), 'approve', author)).toEqual({ ok: false, error: { code: 'FOUR_EYES', action: 'approve' } });
    expect(decideTransition(state('in_review'), 'request_changes', author)).toEqual({
      ok: false,
      error: { code: 'FOUR_EYES', action: 'request_changes' },
    });
  });

  it('four eyes covers everyone who wrote a version of the revision, not only the last writer', () => {
    const coWritten = state('in_review', [author, reviewer]);
    expect(decideTransition(coWritten, 'approve', reviewer).ok).toBe(false);
    expect(decideTransition(coWritten, 'approve', 'third-editor').ok).toBe(true);
  });

  it('lists what a person may do now', () => {
    expect(allowedActions(state('in_review'), author)).toEqual(['edit', 'archive']);
    expect(allowedActions(state('in_review'), reviewer)).toEqual(['edit', 'approve', 'request_changes', 'archive']);
    expect(actionsFrom('archived')).toEqual(['restore']);
  });
});
