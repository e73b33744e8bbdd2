import { answersSchema } from '../wegweiser/answers';
import { encodeAnswers } from '../wegweiser/permalink';
import { paths } from '../../routes/paths';

/**
 * The Wegweiser, prefilled with the answers stored with the case when they are Wegweiser answers
 * (from "Beratung anfragen"; `answers` inside or the record itself); the plain Wegweiser otherwise.
 */
export function wegweiserLinkOf(stored: Record<string, unknown> | null): string {
  if (!stored) return paths.wegweiser;
  const candidate = typeof stored.answers === 'object' && stored.answers !== null ? stored.answers : stored;
  const parsed = answersSchema.safeParse(candidate);
  return parsed.success ? `${paths.wegweiser}${encodeAnswers(parsed.data)}` : paths.wegweiser;
}
