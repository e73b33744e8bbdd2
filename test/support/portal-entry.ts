import { sql } from 'drizzle-orm';
import { contactConsentVersion } from '../../src/domain/portal/contact-consent';
import type { DatabaseHandle } from '../../src/server/db/client';
import { sqlRows } from './databases';

/** A Wegweiser profile as the result page sends it. */
export const contactProfile = {
  citizenship: 'IND',
  birthDate: '1994-03-02',
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

/** A valid "Beratung anfragen" body; Mannheim (08222000) lies in the Welcome Center Rhein-Neckar's area. */
export function contactRequestInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Priya Raman',
    email: 'priya.raman@example.org',
    language: 'en',
    placeAgs: '08222000',
    message: 'I would like to move in spring.',
    profile: contactProfile,
    consentVersion: contactConsentVersion,
    consent: true,
    ...overrides,
  };
}

/** The invitation token of the newest e-mail to this address in the outbox (`/konto/einladung/<token>`). */
export async function invitationTokenFromOutbox(handle: DatabaseHandle, email: string): Promise<string> {
  const [mail] = await sqlRows<{ body: string }>(handle, sql`SELECT body FROM email_outbox WHERE to_address = ${email.toLowerCase()} ORDER BY created_at DESC, id DESC LIMIT 1`);
  const token = /\/konto\/einladung\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation e-mail to ${email} in the outbox`);
  return token;
}
