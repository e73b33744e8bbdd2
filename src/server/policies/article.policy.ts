import type { Role } from '../../domain/identity/roles';
import type { Actor } from '../commands/context';

/**
 * Knowledge articles: anyone reads published versions; editors write, review and see drafts,
 * every version and the needs-review list. Who may approve what is the domain's four-eyes rule.
 */
export const articleEditorRoles = ['editor'] as const satisfies readonly Role[];

export function isArticleEditor(actor: Actor | null): boolean {
  return actor !== null && actor.roles.some((role) => (articleEditorRoles as readonly Role[]).includes(role));
}

/** Search visibilities: signed-out people see public entries only; signed-in people also courses. */
export function searchVisibilities(actor: Actor | null): ('public' | 'signed_in')[] {
  return actor ? ['public', 'signed_in'] : ['public'];
}
