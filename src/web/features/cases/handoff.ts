import { createCaseBodySchema } from '../../../contract/cases';
import type { Profile } from '../../../contract/pathways';

/**
 * What the Wegweiser's "create a case from this result" hands to the create form, in the
 * router's history state (which survives a reload, e.g. the language switch's).
 */
export type WegweiserHandoff = { profile: Profile; targetTitleId?: string; birthDate?: string };

export type CreateCaseState = { fromWegweiser: WegweiserHandoff };
/** The case page's state right after creating: the reference, to confirm it. */
export type CreatedCaseState = { createdReference: string };

const profileSchema = createCaseBodySchema.shape.profile.unwrap();

/** The handoff in a history state, or null when there is none (or it is unreadable). */
export function readHandoff(state: unknown): WegweiserHandoff | null {
  const handoff = (state as Partial<CreateCaseState> | null)?.fromWegweiser;
  if (!handoff) return null;
  const profile = profileSchema.safeParse(handoff.profile);
  if (!profile.success) return null;
  return {
    profile: profile.data,
    targetTitleId: typeof handoff.targetTitleId === 'string' ? handoff.targetTitleId : undefined,
    birthDate: typeof handoff.birthDate === 'string' ? handoff.birthDate : undefined,
  };
}

export function readCreatedReference(state: unknown): string | null {
  const reference = (state as Partial<CreatedCaseState> | null)?.createdReference;
  return typeof reference === 'string' ? reference : null;
}
