import type { EvaluationDetails, FamilyRequest, TitleResult } from '../../../contract/pathways';
import type { Answers, FamilyMemberAnswer, FamilyRole, TriState } from './answers';
import { groupTitles } from './result-summary';

const triToBoolean = (value: TriState): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** The titles the family can be checked for: the open ones, best first (the result's ranking). */
export function sponsorChoices(evaluation: EvaluationDetails): TitleResult[] {
  return groupTitles(evaluation).open;
}

/** The title the family is checked for: the one chosen, if still open, else the best open one. */
export function sponsorTitle(evaluation: EvaluationDetails, chosen: string): TitleResult | undefined {
  const choices = sponsorChoices(evaluation);
  return choices.find((title) => title.id === chosen) ?? choices[0];
}

/** A new, empty row for the family step. */
export const newFamilyMember = (role: FamilyRole): FamilyMemberAnswer => ({
  role,
  age: null,
  german: '',
  movesWithParent: 'unknown',
  healthInsurance: 'unknown',
});

/**
 * The contract's FamilyRequest for the answers: the person is the sponsor with the given title,
 * first issued on the evaluation date (the title is yet to be granted), with the salary offered.
 * Undefined when no family member is given or an age is missing.
 */
export function toFamilyRequest(answers: Answers, evaluation: EvaluationDetails, titleId: string): FamilyRequest | undefined {
  if (answers.family.length === 0 || answers.family.some((member) => member.age === null)) return undefined;
  const salary = answers.hasJobOffer === 'yes' && answers.salary !== null ? answers.salary : undefined;
  const livingSpaceSufficient = triToBoolean(answers.familyLivingSpace);
  const livelihoodSecured = triToBoolean(answers.familyLivelihood);
  return {
    evaluationDate: evaluation.evaluationDate,
    sponsor: {
      titleId,
      firstIssuedOn: evaluation.evaluationDate,
      ...(salary !== undefined ? { annualGrossSalaryEur: salary } : {}),
      ...(livingSpaceSufficient !== undefined ? { livingSpaceSufficient } : {}),
      ...(livelihoodSecured !== undefined ? { livelihoodSecured } : {}),
    },
    members: answers.family.map((member) => {
      const german = member.german === '' ? undefined : member.german;
      const healthInsurance = triToBoolean(member.healthInsurance);
      const movesWithParent = member.role === 'child' ? triToBoolean(member.movesWithParent) : undefined;
      return {
        role: member.role,
        age: member.age ?? 0,
        ...(german !== undefined ? { german } : {}),
        ...(healthInsurance !== undefined ? { healthInsurance } : {}),
        ...(movesWithParent !== undefined ? { movesWithParent } : {}),
      };
    }),
  };
}

/** "Kind 2": the member's role and, for children and parents, its number among its kind (1-based). */
export function memberNumber(family: readonly FamilyMemberAnswer[], row: number): number {
  const role = family[row]?.role;
  return family.slice(0, row + 1).filter((member) => member.role === role).length;
}
