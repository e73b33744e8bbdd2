/** Static metadata of every title the Wegweiser knows, for UIs, docs and the API description. */
import { profileTitles } from './catalogue';
import { familyTitles } from './family-titles';
import type { DecisionKind, LocalizedText } from './types';

export type TitleMetadata = {
  id: string;
  name: LocalizedText;
  legalRef: string;
  /** "profile": evaluated by evaluateProfile; "family": by evaluateFamily. */
  kind: 'profile' | 'family';
  decision: DecisionKind;
  /** Position in the ranking among titles with the same outcome (profile titles only; 1 = best). */
  priority: number | null;
  /** true/false, or "depends" when it depends on the profile (e.g. §16d Abs. 1: in-company measure). */
  baApprovalRequired: boolean | 'depends';
  conditionIds: string[];
};

export const titleMetadata: readonly TitleMetadata[] = [
  ...[...profileTitles]
    .sort((a, b) => a.priority - b.priority)
    .map((title) => ({
      id: title.id,
      name: title.name,
      legalRef: title.legalRef,
      kind: 'profile' as const,
      decision: title.decision,
      priority: title.priority,
      baApprovalRequired: typeof title.baApprovalRequired === 'function' ? ('depends' as const) : title.baApprovalRequired,
      conditionIds: title.conditions.map((ref) => ref.id),
    })),
  ...familyTitles.map((title) => ({
    id: title.id,
    name: title.name,
    legalRef: title.legalRef,
    kind: 'family' as const,
    decision: (title.discretionary ? 'discretionary' : 'entitlement') as DecisionKind,
    priority: null,
    baApprovalRequired: false,
    conditionIds: title.conditions.map((ref) => ref.id),
  })),
];

/** Every title id of the Wegweiser. */
export const titleIds: readonly string[] = titleMetadata.map((title) => title.id);
