import type { AnswerKey, Answers, FamilyMemberAnswer } from './answers';
import type { Focusable, Option } from './field-controls';
import type { FieldName } from './steps';
import type { FieldErrors } from './validate';

/** What every questionnaire step receives from the page. */
export type StepProps = {
  answers: Answers;
  errors: FieldErrors;
  set: <K extends AnswerKey>(key: K, value: Answers[K]) => void;
  setFamilyMember: (row: number, patch: Partial<FamilyMemberAnswer>) => void;
  register: (name: FieldName) => (element: Focusable | null) => void;
  today: string;
};

/** The common props of a field bound to one answer. */
export function bind<K extends AnswerKey>({ errors, register }: StepProps, name: K) {
  return { name, error: errors[name], register };
}

/** Yes / no / don't know, in the interface language. */
export function triStateOptions(t: (key: 'wegweiser.choice.yes' | 'wegweiser.choice.no' | 'wegweiser.choice.unknown') => string): Option[] {
  return [
    { value: 'yes', label: t('wegweiser.choice.yes') },
    { value: 'no', label: t('wegweiser.choice.no') },
    { value: 'unknown', label: t('wegweiser.choice.unknown') },
  ];
}
