import type { CreateEmployerRequestBody } from '../../../contract/employer';

/** The §81a request form as typed (empty string = not answered). */
export type RequestForm = {
  givenName: string;
  familyName: string;
  birthDate: string;
  citizenship: string;
  email: string;
  occupationQuery: string;
  occupationId: string;
  salary: string;
  startOn: string;
  placeQuery: string;
  place: { ags: string; name: string } | null;
  qualificationKind: string;
  qualificationCountry: string;
};

export type RequestField = Exclude<keyof RequestForm, 'occupationQuery' | 'placeQuery'>;
/** Error keys of `employer.form.errors`. */
export type RequestErrorKey = 'required' | 'choose' | 'birthDate' | 'email' | 'salary' | 'startOn' | 'place' | 'outside';
export type RequestErrors = Partial<Record<RequestField, RequestErrorKey>>;

/** The fields in the order of the form (the error summary's order). */
export const requestFields: readonly RequestField[] = [
  'givenName', 'familyName', 'birthDate', 'citizenship', 'email',
  'occupationId', 'salary', 'startOn', 'place',
  'qualificationKind', 'qualificationCountry',
];

export const emptyRequestForm: RequestForm = {
  givenName: '', familyName: '', birthDate: '', citizenship: '', email: '',
  occupationQuery: '', occupationId: '', salary: '', startOn: '', placeQuery: '', place: null,
  qualificationKind: '', qualificationCountry: '',
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whole euros as typed ("48000", "48.000", "48 000"); null when it is not a whole number. */
export function parseSalary(text: string): number | null {
  const compact = text.replace(/[\s.]/g, '').replace(/€$/, '');
  return /^\d{1,8}$/.test(compact) ? Number(compact) : null;
}

/** The form's own checks (the server checks again and names the field of anything it refuses). */
export function validateRequestForm(form: RequestForm, today: string): RequestErrors {
  const errors: RequestErrors = {};
  if (!form.givenName.trim()) errors.givenName = 'required';
  if (!form.familyName.trim()) errors.familyName = 'required';
  if (!form.birthDate) errors.birthDate = 'required';
  else if (form.birthDate >= today) errors.birthDate = 'birthDate';
  if (!form.citizenship) errors.citizenship = 'choose';
  if (form.email.trim() && !emailPattern.test(form.email.trim())) errors.email = 'email';
  if (!form.occupationId) errors.occupationId = 'choose';
  const salary = parseSalary(form.salary);
  if (salary === null || salary < 1) errors.salary = 'salary';
  if (!form.startOn) errors.startOn = 'required';
  else if (form.startOn < today) errors.startOn = 'startOn';
  if (!form.place) errors.place = 'place';
  if (!form.qualificationKind) errors.qualificationKind = 'choose';
  if (!form.qualificationCountry) errors.qualificationCountry = 'choose';
  return errors;
}

export function toRequestBody(form: RequestForm): CreateEmployerRequestBody {
  const email = form.email.trim();
  return {
    person: {
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
      birthDate: form.birthDate,
      citizenship: form.citizenship,
      ...(email ? { email } : {}),
    },
    job: { occupationId: form.occupationId, annualGrossSalaryEur: parseSalary(form.salary) ?? 0, startOn: form.startOn, placeOfWorkAgs: form.place?.ags ?? '' },
    qualification: { kind: form.qualificationKind as 'vocational' | 'academic', country: form.qualificationCountry },
  };
}

const serverFieldNames: Record<string, RequestField> = {
  'person.givenName': 'givenName',
  'person.familyName': 'familyName',
  'person.birthDate': 'birthDate',
  'person.citizenship': 'citizenship',
  'person.email': 'email',
  'job.occupationId': 'occupationId',
  'job.annualGrossSalaryEur': 'salary',
  'job.startOn': 'startOn',
  'job.placeOfWorkAgs': 'place',
  'qualification.kind': 'qualificationKind',
  'qualification.country': 'qualificationCountry',
};

const keyOf: Partial<Record<RequestField, RequestErrorKey>> = { birthDate: 'birthDate', email: 'email', salary: 'salary', startOn: 'startOn', place: 'place' };

/** The server's refusal (`fields` of a 400 or 422) on the form's fields. */
export function serverRequestErrors(fields: Record<string, string>, status: number): RequestErrors {
  const errors: RequestErrors = {};
  for (const name of Object.keys(fields)) {
    const field = serverFieldNames[name];
    if (!field) continue;
    errors[field] = field === 'place' && status === 422 ? 'outside' : (keyOf[field] ?? 'required');
  }
  return errors;
}
