import type { Consent } from '../../../contract/consents';
import { consentStateAt, findConsentTextVersion, renderConsentText, type ConsentPurpose, type DataCategory } from '../../../domain/consent/index';
import { isPortalLanguage } from '../../../domain/portal/languages';
import { berlinDateOf } from '../../../domain/referrals/berlin-time';
import type { ConsentWithNames } from '../../db/repositories/consents.repository';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function presentConsent(consent: ConsentWithNames, now: Date): Consent {
  const version = findConsentTextVersion(consent.textVersion);
  const language = isPortalLanguage(consent.language) ? consent.language : 'de';
  const purposes = consent.purposes as ConsentPurpose[];
  const categories = consent.dataCategories as DataCategory[];
  const validThrough = consent.validUntil ? berlinDateOf(consent.validUntil.getTime() - 1) : null;
  const text = version
    ? renderConsentText(version, language, { recipients: consent.recipients.map((recipient) => recipient.name), purposes, categories, validUntil: validThrough })
    : { versionId: consent.textVersion, language, title: consent.textVersion, paragraphs: [] };
  return {
    id: consent.id,
    caseId: consent.caseId,
    personId: consent.personId,
    purposes,
    recipients: consent.recipients,
    dataCategories: categories,
    legalBasis: consent.legalBasis,
    textVersion: consent.textVersion,
    language,
    method: consent.method === 'portal' ? 'portal' : 'staff_recorded',
    formDocumentId: consent.formDocumentId,
    givenAt: consent.givenAt.toISOString(),
    recordedBy: consent.recorder,
    validUntil: iso(consent.validUntil),
    validThrough,
    withdrawnAt: iso(consent.withdrawnAt),
    withdrawnBy: consent.withdrawer,
    state: consentStateAt(consent, now),
    text,
  };
}
