import type { CreateCaseBody, CreateMemberBody, FamilyRelation } from '../../../contract/cases';
import type { Profile } from '../../../contract/pathways';

/** Translation keys under `cases.errors`. */
export type ErrorKey = 'required' | 'date' | 'dateNotPast' | 'dateTooEarly' | 'dateNotFuture' | 'citizenshipCode' | 'email' | 'phone' | 'languages' | 'tooLong' | 'invalid';
export type FormErrors<K extends string> = Partial<Record<K, ErrorKey>>;

/** The person fields as entered; `citizenship` is a listed code or "other" (then `citizenshipOther`). */
export type PersonFields = { givenName: string; familyName: string; birthDate: string; citizenship: string; citizenshipOther: string };
export type CreateForm = PersonFields & { email: string; phone: string; languages: string; targetTitleId: string };
export type MemberForm = PersonFields & { relation: FamilyRelation | '' };

export const emptyPerson: PersonFields = { givenName: '', familyName: '', birthDate: '', citizenship: '', citizenshipOther: '' };
export const emptyCreateForm: CreateForm = { ...emptyPerson, email: '', phone: '', languages: '', targetTitleId: '' };

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const citizenshipOf = (fields: PersonFields): string =>
  fields.citizenship === 'other' ? fields.citizenshipOther.trim().toUpperCase() : fields.citizenship;

export const languageCodes = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean).map((code) => code.toLowerCase());

export function validatePerson(fields: PersonFields, today: string): FormErrors<keyof PersonFields> {
  const errors: FormErrors<keyof PersonFields> = {};
  if (!fields.givenName.trim()) errors.givenName = 'required';
  else if (fields.givenName.trim().length > 100) errors.givenName = 'tooLong';
  if (!fields.familyName.trim()) errors.familyName = 'required';
  else if (fields.familyName.trim().length > 100) errors.familyName = 'tooLong';
  if (!fields.birthDate) errors.birthDate = 'required';
  else if (!isIsoDate(fields.birthDate)) errors.birthDate = 'date';
  else if (fields.birthDate < '1900-01-01') errors.birthDate = 'dateTooEarly';
  else if (fields.birthDate >= today) errors.birthDate = 'dateNotPast';
  if (!fields.citizenship) errors.citizenship = 'required';
  else if (fields.citizenship === 'other' && !/^[A-Z]{3}$/.test(citizenshipOf(fields))) errors.citizenshipOther = 'citizenshipCode';
  return errors;
}

export function validateCreateForm(form: CreateForm, today: string): FormErrors<keyof CreateForm> {
  const errors: FormErrors<keyof CreateForm> = validatePerson(form, today);
  if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'email';
  if (form.phone.trim() && !/^\+?[0-9 ()/-]{4,30}$/.test(form.phone.trim())) errors.phone = 'phone';
  const codes = languageCodes(form.languages);
  if (codes.some((code) => !/^[a-z]{2,3}$/.test(code)) || new Set(codes).size !== codes.length || codes.length > 20) errors.languages = 'languages';
  return errors;
}

export function validateMemberForm(form: MemberForm, today: string): FormErrors<keyof MemberForm> {
  const errors: FormErrors<keyof MemberForm> = validatePerson(form, today);
  if (!form.relation) errors.relation = 'required';
  return errors;
}

const person = (fields: PersonFields) => ({
  givenName: fields.givenName.trim(),
  familyName: fields.familyName.trim(),
  birthDate: fields.birthDate,
  citizenship: citizenshipOf(fields),
});

/** The create request; a Wegweiser profile comes along so the case stores its evaluation. */
export function toCreateBody(form: CreateForm, profile?: Profile): CreateCaseBody {
  const email = form.email.trim();
  const phone = form.phone.trim();
  const languages = languageCodes(form.languages);
  return {
    person: {
      ...person(form),
      ...(email || phone ? { contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) } } : {}),
      ...(languages.length > 0 ? { languages } : {}),
    },
    ...(form.targetTitleId ? { targetTitleId: form.targetTitleId } : {}),
    ...(profile ? { profile } : {}),
  };
}

export function toMemberBody(form: MemberForm): CreateMemberBody {
  if (!form.relation) throw new Error('validate the member form first');
  return { relation: form.relation, ...person(form) };
}

/** The form field a server error path names (`person.contact.email` → email), if the form has it. */
export function serverErrors<K extends string>(fields: Record<string, string>, known: readonly K[], citizenshipIsOther = false): FormErrors<K> {
  const errors: FormErrors<K> = {};
  for (const [path, problem] of Object.entries(fields)) {
    const segments = path.split('.').filter((segment) => !/^\d+$/.test(segment));
    let name = segments.at(-1) ?? '';
    if (name === 'citizenship' && citizenshipIsOther) name = 'citizenshipOther';
    const field = known.find((candidate) => candidate === name);
    if (field) errors[field] ??= /past/i.test(problem) ? 'dateNotPast' : /before today/i.test(problem) ? 'dateNotFuture' : 'invalid';
  }
  return errors;
}
