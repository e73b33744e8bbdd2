/** The shared worked examples (copy of /work/shared/domain/pathway-examples.json) as scenarios. */
import type { FamilyScenario, ProfileScenario } from './scenario-types';
import examples from './pathway-examples.json';

type TitleOutcome = FamilyScenario['outcomes'][number];

export const exampleScenarios: ProfileScenario[] = examples.evaluate.map((example) => ({
  id: example.id,
  description: example.reason,
  profile: example.profile as Record<string, unknown>,
  eligible: example.expectedEligibleTitleIds,
  ...('expectedChancenkartePoints' in example ? { chancenkartePoints: example.expectedChancenkartePoints } : {}),
}));

export const familyExampleScenarios: FamilyScenario[] = examples.family.map((example) => ({
  id: example.id,
  description: example.reason,
  request: example.request as Record<string, unknown>,
  outcomes: example.request.members.map((member) => (example.expected as Record<string, string>)[member.role] as TitleOutcome),
}));
