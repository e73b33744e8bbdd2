/**
 * The fixed vocabulary of consent declarations (capability 3, ../shared/PRODUCT.md): what data may
 * be shared for which purpose. Codes are stable API values; labels live beside them for the PDF and
 * the consent text, the web app has its own translations.
 */

/**
 * Why a recipient may use the data. Each referral purpose matches a service of the responsibility
 * finder; `employer_status` is no referral purpose: it lets the named employer see the procedure
 * status of the case in the portal (ADR 0016).
 */
export const consentPurposes = [
  'recognition_counselling',
  'job_matching',
  'accelerated_procedure',
  'residence_permit',
  'integration_support',
  'employer_status',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** The purposes a case can be referred for (every purpose but `employer_status`). */
export const referralPurposes = [
  'recognition_counselling',
  'job_matching',
  'accelerated_procedure',
  'residence_permit',
  'integration_support',
] as const satisfies readonly ConsentPurpose[];
export type ReferralPurpose = (typeof referralPurposes)[number];

/** Which parts of a case may be shared. */
export const dataCategories = ['identity', 'contact', 'qualification', 'employment', 'family', 'documents'] as const;
export type DataCategory = (typeof dataCategories)[number];

/**
 * The legal basis of every declaration: consent of the data subject (Art. 6(1)(a) GDPR), given
 * and withdrawable under Art. 7 GDPR (../shared/domain/GLOSSARY.md "Einwilligungserklärung").
 */
export const consentLegalBasis = 'GDPR Art. 6(1)(a)' as const;

/** How a declaration was given: by the person in the portal, or on paper and recorded by staff. */
export const consentMethods = ['portal', 'staff_recorded'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export type Language = 'de' | 'en';
type Labels<K extends string> = Record<K, Record<Language, string>>;

export const purposeLabels: Labels<ConsentPurpose> = {
  recognition_counselling: { de: 'Beratung zur Anerkennung ausländischer Berufsqualifikationen', en: 'Counselling on the recognition of foreign qualifications' },
  job_matching: { de: 'Vermittlung in Arbeit und Abgleich mit Stellenangeboten', en: 'Job placement and matching with vacancies' },
  accelerated_procedure: { de: 'Beschleunigtes Fachkräfteverfahren', en: 'Accelerated skilled-worker procedure' },
  residence_permit: { de: 'Erteilung oder Verlängerung eines Aufenthaltstitels', en: 'Granting or extending a residence title' },
  integration_support: { de: 'Unterstützung beim Ankommen (Sprachkurs, Wohnen, Familie)', en: 'Help with settling in (language course, housing, family)' },
  employer_status: { de: 'Verfahrensstand an den Arbeitgeber', en: 'Sharing the procedure status with the employer' },
};

export const categoryLabels: Labels<DataCategory> = {
  identity: { de: 'Name, Geburtsdatum, Staatsangehörigkeit', en: 'Name, date of birth, citizenship' },
  contact: { de: 'Kontaktdaten und Sprachen', en: 'Contact details and languages' },
  qualification: { de: 'Berufsqualifikation und Anerkennung', en: 'Qualification and recognition' },
  employment: { de: 'Arbeitgeber und Arbeitsstelle', en: 'Employer and job' },
  family: { de: 'Angaben zu Familienangehörigen', en: 'Information on family members' },
  documents: { de: 'Hochgeladene Dokumente', en: 'Uploaded documents' },
};

export const isConsentPurpose = (value: string): value is ConsentPurpose => (consentPurposes as readonly string[]).includes(value);
export const isDataCategory = (value: string): value is DataCategory => (dataCategories as readonly string[]).includes(value);
