import type { TFunction } from 'i18next';
import type { Answers, FamilyMemberAnswer } from './answers';
import { memberNumber } from './family';
import { parseFamilyField, type FieldName } from './steps';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "Ehepartner/in", "Kind 2", "Elternteil 1". */
export function memberLabel(family: readonly FamilyMemberAnswer[], row: number, t: TFunction): string {
  const translate = t as unknown as Translate;
  const role = family[row]?.role ?? 'child';
  return translate(`wegweiserPlaceFamily.family.${role}`, { number: memberNumber(family, row) });
}

/** The name of a field in the error summary: the question, or "Kind 2: Alter in Jahren". */
export function fieldLabel(field: FieldName, answers: Answers, t: TFunction): string {
  // Keys built from unions exceed TypeScript's instantiation depth on the typed catalogue; each exists.
  const translate = t as unknown as Translate;
  const family = parseFamilyField(field);
  if (!family) return translate(`wegweiser.fields.${field}`);
  return translate('wegweiserPlaceFamily.family.fieldOf', {
    who: memberLabel(answers.family, family.row, t),
    field: translate(`wegweiserPlaceFamily.family.${family.field}`),
  });
}
