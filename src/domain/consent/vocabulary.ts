/**
 * The fixed vocabulary of consent declarations (capability 3, ../shared/PRODUCT.md): what data may
 * be shared for which purpose. Codes are stable API values; labels live beside them for the PDF and
 * the consent text, the web app has its own translations.
 */
import type { PortalLanguage } from '../portal/languages';

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

/** The languages a declaration can be shown and printed in: the portal's six (domain/portal/languages.ts). */
export type Language = PortalLanguage;
type Labels<K extends string> = Record<K, Record<Language, string>>;

/*
 * German and English wording is what the declarations given so far were shown in: never edit it.
 * The other languages translate it; German legal terms stay in brackets where the person meets them
 * at the offices ("Aufenthaltstitel").
 */
export const purposeLabels: Labels<ConsentPurpose> = {
  recognition_counselling: {
    de: 'Beratung zur Anerkennung ausländischer Berufsqualifikationen',
    en: 'Counselling on the recognition of foreign qualifications',
    ar: 'الاستشارة بشأن الاعتراف بالمؤهلات المهنية الأجنبية (Anerkennung)',
    tr: 'Yurt dışında edinilen mesleki yeterliliklerin tanınması konusunda danışmanlık (Anerkennung)',
    uk: 'Консультування щодо визнання іноземних професійних кваліфікацій (Anerkennung)',
    fr: 'Conseil sur la reconnaissance des qualifications professionnelles étrangères (Anerkennung)',
  },
  job_matching: {
    de: 'Vermittlung in Arbeit und Abgleich mit Stellenangeboten',
    en: 'Job placement and matching with vacancies',
    ar: 'التوظيف ومطابقة الملف مع الوظائف الشاغرة',
    tr: 'İşe yerleştirme ve iş ilanlarıyla eşleştirme',
    uk: 'Працевлаштування та підбір вакансій',
    fr: 'Placement professionnel et mise en relation avec des offres d’emploi',
  },
  accelerated_procedure: {
    de: 'Beschleunigtes Fachkräfteverfahren',
    en: 'Accelerated skilled-worker procedure',
    ar: 'الإجراء المعجّل للعمالة الماهرة (beschleunigtes Fachkräfteverfahren)',
    tr: 'Nitelikli iş gücü için hızlandırılmış prosedür (beschleunigtes Fachkräfteverfahren)',
    uk: 'Прискорена процедура для кваліфікованих працівників (beschleunigtes Fachkräfteverfahren)',
    fr: 'Procédure accélérée pour les travailleurs qualifiés (beschleunigtes Fachkräfteverfahren)',
  },
  residence_permit: {
    de: 'Erteilung oder Verlängerung eines Aufenthaltstitels',
    en: 'Granting or extending a residence title',
    ar: 'منح تصريح الإقامة أو تمديده (Aufenthaltstitel)',
    tr: 'Oturum izninin verilmesi veya uzatılması (Aufenthaltstitel)',
    uk: 'Видача або продовження дозволу на перебування (Aufenthaltstitel)',
    fr: 'Délivrance ou prolongation d’un titre de séjour (Aufenthaltstitel)',
  },
  integration_support: {
    de: 'Unterstützung beim Ankommen (Sprachkurs, Wohnen, Familie)',
    en: 'Help with settling in (language course, housing, family)',
    ar: 'المساعدة على الاستقرار (دورة اللغة، السكن، الأسرة)',
    tr: 'Yeni yerleşimde destek (dil kursu, konut, aile)',
    uk: 'Допомога з облаштуванням (мовний курс, житло, сім’я)',
    fr: 'Aide à l’installation (cours de langue, logement, famille)',
  },
  employer_status: {
    de: 'Verfahrensstand an den Arbeitgeber',
    en: 'Sharing the procedure status with the employer',
    ar: 'إطلاع صاحب العمل على حالة الإجراء',
    tr: 'Başvuru sürecinin durumunun işverenle paylaşılması',
    uk: 'Повідомлення роботодавцю про стан процедури',
    fr: 'Communication de l’état d’avancement de la procédure à l’employeur',
  },
};

export const categoryLabels: Labels<DataCategory> = {
  identity: {
    de: 'Name, Geburtsdatum, Staatsangehörigkeit',
    en: 'Name, date of birth, citizenship',
    ar: 'الاسم وتاريخ الميلاد والجنسية',
    tr: 'Ad, doğum tarihi, vatandaşlık',
    uk: 'Ім’я, дата народження, громадянство',
    fr: 'Nom, date de naissance, nationalité',
  },
  contact: {
    de: 'Kontaktdaten und Sprachen',
    en: 'Contact details and languages',
    ar: 'بيانات الاتصال واللغات',
    tr: 'İletişim bilgileri ve diller',
    uk: 'Контактні дані та мови',
    fr: 'Coordonnées et langues',
  },
  qualification: {
    de: 'Berufsqualifikation und Anerkennung',
    en: 'Qualification and recognition',
    ar: 'المؤهل المهني والاعتراف به',
    tr: 'Mesleki yeterlilik ve tanınması',
    uk: 'Професійна кваліфікація та її визнання',
    fr: 'Qualification professionnelle et reconnaissance',
  },
  employment: {
    de: 'Arbeitgeber und Arbeitsstelle',
    en: 'Employer and job',
    ar: 'صاحب العمل ومكان العمل',
    tr: 'İşveren ve iş yeri',
    uk: 'Роботодавець і робоче місце',
    fr: 'Employeur et emploi',
  },
  family: {
    de: 'Angaben zu Familienangehörigen',
    en: 'Information on family members',
    ar: 'معلومات عن أفراد الأسرة',
    tr: 'Aile üyelerine ilişkin bilgiler',
    uk: 'Відомості про членів сім’ї',
    fr: 'Informations sur les membres de la famille',
  },
  documents: {
    de: 'Hochgeladene Dokumente',
    en: 'Uploaded documents',
    ar: 'المستندات المرفوعة',
    tr: 'Yüklenen belgeler',
    uk: 'Завантажені документи',
    fr: 'Documents téléversés',
  },
};

export const isConsentPurpose = (value: string): value is ConsentPurpose => (consentPurposes as readonly string[]).includes(value);
export const isDataCategory = (value: string): value is DataCategory => (dataCategories as readonly string[]).includes(value);
