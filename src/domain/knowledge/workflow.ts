/**
 * The editorial workflow of an article: draft → in_review → published → archived, with the
 * four-eyes rule — nobody approves (or sends back) a revision they wrote themselves. A published
 * article stays visible to readers while its next revision is drafted and reviewed.
 */

export const articleStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articleActions = ['edit', 'submit', 'approve', 'request_changes', 'archive', 'restore'] as const;
export type ArticleAction = (typeof articleActions)[number];

/** What the workflow needs to know about an article. */
export type WorkflowState = {
  status: ArticleStatus;
  /** Everyone who wrote a version since the last approval: none of them may review it. */
  revisionAuthorIds: readonly string[];
};

export type WorkflowRefusal =
  | { code: 'INVALID_TRANSITION'; status: ArticleStatus; action: ArticleAction; allowed: ArticleAction[] }
  | { code: 'FOUR_EYES'; action: ArticleAction };

export type WorkflowDecision = { ok: true; status: ArticleStatus } | { ok: false; error: WorkflowRefusal };

const transitions: Record<ArticleStatus, Partial<Record<ArticleAction, ArticleStatus>>> = {
  draft: { edit: 'draft', submit: 'in_review', archive: 'archived' },
  // Editing under review sends the revision back to draft: the reviewer must see what they approve.
  in_review: { edit: 'draft', approve: 'published', request_changes: 'draft', archive: 'archived' },
  published: { edit: 'draft', archive: 'archived' },
  archived: { restore: 'draft' },
};

const reviewActions: ReadonlySet<ArticleAction> = new Set(['approve', 'request_changes']);

/** The actions the workflow allows from a status, whoever asks. */
export function actionsFrom(status: ArticleStatus): ArticleAction[] {
  return articleActions.filter((action) => transitions[status][action] !== undefined);
}

/** The actions this person may take now (the four-eyes rule applied). */
export function allowedActions(state: WorkflowState, actorId: string): ArticleAction[] {
  return actionsFrom(state.status).filter((action) => decideTransition(state, action, actorId).ok);
}

/** Whether `actorId` may take `action` now, and the status that follows. */
export function decideTransition(state: WorkflowState, action: ArticleAction, actorId: string): WorkflowDecision {
  const next = transitions[state.status][action];
  if (next === undefined) {
    return { ok: false, error: { code: 'INVALID_TRANSITION', status: state.status, action, allowed: actionsFrom(state.status) } };
  }
  if (reviewActions.has(action) && state.revisionAuthorIds.includes(actorId)) {
    return { ok: false, error: { code: 'FOUR_EYES', action } };
  }
  return { ok: true, status: next };
}
