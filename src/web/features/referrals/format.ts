const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** A due instant in Germany; 24:00 (the start of the next day) is shown as the end of the due day. */
export function formatDue(dueAt: string, dueDate: string, language: string): string {
  const instant = new Date(dueAt);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Berlin' }).format(instant);
  const day = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dueDate}T12:00:00Z`));
  return `${day}, ${time === '00:00' ? '24:00' : time}`;
}

export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

export function formatDateOnly(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** Organisation kinds that offer each purpose, for the recipient pickers (the directory's service ids in brackets). */
export const purposeKinds: Record<string, string[]> = {
  recognition_counselling: ['iq', 'recognition_body', 'zsba'],
  job_matching: ['employment_agency', 'zav'],
  accelerated_procedure: ['abh'],
  residence_permit: ['abh'],
  integration_support: ['migration_counselling', 'welcome_center', 'course_provider', 'community'],
  employer_status: ['employer'],
};

export const purposeServices: Record<string, string> = {
  recognition_counselling: 'recognition_counselling',
  job_matching: 'employer_service',
  accelerated_procedure: 'accelerated_procedure',
  residence_permit: 'residence_permit',
  integration_support: 'migration_counselling_adults',
};

/** A fresh idempotency key per submission attempt of one form. */
export const newIdempotencyKey = (): string => (globalThis.crypto?.randomUUID ? globalThis.crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
