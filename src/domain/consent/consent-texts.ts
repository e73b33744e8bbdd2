import type { ConsentPurpose, DataCategory, Language } from './vocabulary';
import { categoryLabels, consentLegalBasis, purposeLabels } from './vocabulary';

/**
 * The wording shown to the person, versioned: a declaration stores the version it was given
 * under, so the exact text can be shown and printed later even after the wording changes.
 * Our own wording; a new wording is a new version, an old one is never edited.
 */
export type ConsentWording = { title: string; intro: string; recipients: string; purposes: string; categories: string; validity: string; withdrawal: string; legal: string };

export type ConsentTextVersion = {
  id: string;
  /** First day (Europe/Berlin) this wording may be used for new declarations. */
  validFrom: string;
  /** Last day it may be used for new declarations; undefined while current. */
  validUntil?: string;
  /** The wording in every language of the portal; German and English are the originals. */
  text: Record<Language, ConsentWording>;
};

export const consentTextVersions: readonly ConsentTextVersion[] = [
  {
    id: 'consent-text-2026-01',
    validFrom: '2026-01-01',
    text: {
      de: {
        title: 'Einwilligung in die Weitergabe personenbezogener Daten',
        intro:
          'Ich bin damit einverstanden, dass die Stelle, die meinen Fall führt, die unten genannten Angaben an die unten genannten Organisationen des regionalen Fachkräftenetzwerks weitergibt. Die Organisationen dürfen die Angaben nur für die genannten Zwecke verwenden.',
        recipients: 'Empfangende Organisationen',
        purposes: 'Zwecke',
        categories: 'Angaben, die weitergegeben werden dürfen',
        validity: 'Die Einwilligung gilt bis zum angegebenen Datum oder bis zu meinem Widerruf.',
        withdrawal:
          'Die Einwilligung ist freiwillig. Ich kann sie jederzeit ohne Angabe von Gründen widerrufen, im Portal oder bei meiner Ansprechperson. Ab dem Widerruf sehen die Empfänger meine Angaben nicht mehr; was vorher rechtmäßig geschehen ist, bleibt davon unberührt. Wenn ich nicht einwillige, entstehen mir daraus keine Nachteile bei der Beratung durch die fallführende Stelle.',
        legal: `Rechtsgrundlage: ${consentLegalBasis.replace('GDPR', 'DSGVO')}.`,
      },
      en: {
        title: 'Consent to sharing personal data',
        intro:
          'I agree that the office handling my case may pass the information listed below to the organisations of the regional skilled-worker network listed below. These organisations may use the information only for the purposes listed.',
        recipients: 'Receiving organisations',
        purposes: 'Purposes',
        categories: 'Information that may be shared',
        validity: 'This consent is valid until the date given or until I withdraw it.',
        withdrawal:
          'Giving consent is voluntary. I can withdraw it at any time without giving reasons, in the portal or through my contact person. From the moment of withdrawal the recipients no longer see my information; anything lawfully done before remains unaffected. Not consenting does not put me at a disadvantage in the counselling by the office handling my case.',
        legal: `Legal basis: ${consentLegalBasis}.`,
      },
      // Translations of the same version (added later; German and English above are unchanged). The
      // legal terms follow the GDPR's official French text; Arabic, Turkish and Ukrainian have no
      // official text, so the German term stays in brackets.
      ar: {
        title: 'الموافقة على مشاركة البيانات الشخصية (Einwilligung)',
        intro:
          'أوافق على أن تنقل الجهة التي تتولى ملفي المعلومات المذكورة أدناه إلى منظمات الشبكة الإقليمية للعمالة الماهرة المذكورة أدناه. ولا يجوز لهذه المنظمات استخدام المعلومات إلا للأغراض المذكورة.',
        recipients: 'المنظمات المتلقية',
        purposes: 'الأغراض',
        categories: 'المعلومات التي يجوز مشاركتها',
        validity: 'تسري هذه الموافقة حتى التاريخ المحدد أو حتى أسحبها.',
        withdrawal:
          'إعطاء الموافقة أمر طوعي. يمكنني سحبها في أي وقت ودون ذكر الأسباب، عبر البوابة الإلكترونية أو لدى الشخص المسؤول عن التواصل معي. ومن لحظة السحب لا يعود بإمكان الجهات المتلقية الاطلاع على معلوماتي، ولا يؤثر السحب على مشروعية ما تم قبله بصورة قانونية. وإذا لم أوافق، فلن يلحق بي أي ضرر في الاستشارة التي تقدمها لي الجهة التي تتولى ملفي.',
        legal: 'الأساس القانوني: المادة 6، الفقرة 1، البند (أ) من اللائحة العامة لحماية البيانات (DSGVO / GDPR): الموافقة.',
      },
      tr: {
        title: 'Kişisel verilerin paylaşılmasına ilişkin rıza beyanı (Einwilligung)',
        intro:
          'Dosyamı yürüten kurumun, aşağıda belirtilen bilgileri bölgesel nitelikli iş gücü ağının aşağıda belirtilen kuruluşlarına iletmesine rıza gösteriyorum. Bu kuruluşlar bilgileri yalnızca belirtilen amaçlar için kullanabilir.',
        recipients: 'Bilgileri alacak kuruluşlar',
        purposes: 'Amaçlar',
        categories: 'Paylaşılabilecek bilgiler',
        validity: 'Bu rıza, belirtilen tarihe kadar veya ben geri çekene kadar geçerlidir.',
        withdrawal:
          'Rıza vermek isteğe bağlıdır. Rızamı dilediğim zaman, gerekçe göstermeden, portal üzerinden veya irtibat kişim aracılığıyla geri çekebilirim. Geri çekme anından itibaren alıcılar bilgilerimi artık göremez; geri çekmeden önce hukuka uygun olarak yapılan işlemler bundan etkilenmez. Rıza vermemem, dosyamı yürüten kurumun bana sunduğu danışmanlıkta herhangi bir dezavantaja yol açmaz.',
        legal: 'Hukuki dayanak: Genel Veri Koruma Tüzüğü (DSGVO / GDPR) madde 6 fıkra 1 bent a: rıza.',
      },
      uk: {
        title: 'Згода на передачу персональних даних (Einwilligung)',
        intro:
          'Я погоджуюся, щоб установа, яка веде мою справу, передала зазначені нижче відомості зазначеним нижче організаціям регіональної мережі з питань кваліфікованих працівників. Ці організації можуть використовувати відомості лише для зазначених цілей.',
        recipients: 'Організації-одержувачі',
        purposes: 'Цілі',
        categories: 'Відомості, які можна передавати',
        validity: 'Ця згода діє до зазначеної дати або до того часу, поки я її не відкличу.',
        withdrawal:
          'Надання згоди є добровільним. Я можу будь-коли відкликати її без пояснення причин — на порталі або через мою контактну особу. З моменту відкликання одержувачі більше не бачать моїх відомостей; відкликання не впливає на законність того, що було правомірно зроблено до нього. Якщо я не даю згоди, це не спричиняє для мене жодних негативних наслідків під час консультування установою, яка веде мою справу.',
        legal: 'Правова підстава: пункт (a) частини 1 статті 6 Загального регламенту про захист даних (DSGVO / GDPR): згода.',
      },
      fr: {
        title: 'Consentement à la transmission de données à caractère personnel (Einwilligung)',
        intro:
          'J’accepte que l’organisme chargé de mon dossier transmette les informations indiquées ci-dessous aux organismes du réseau régional pour la main-d’œuvre qualifiée indiqués ci-dessous. Ces organismes ne peuvent utiliser ces informations qu’aux fins indiquées.',
        recipients: 'Organismes destinataires',
        purposes: 'Finalités',
        categories: 'Informations pouvant être transmises',
        validity: 'Le présent consentement est valable jusqu’à la date indiquée ou jusqu’à ce que je le retire.',
        withdrawal:
          'Le consentement est donné librement. Je peux le retirer à tout moment, sans avoir à me justifier, sur le portail ou auprès de ma personne de contact. À partir du retrait, les destinataires ne voient plus mes informations\u00a0; le retrait ne compromet pas la licéité de ce qui a été fait auparavant. Si je ne donne pas mon consentement, je ne subis aucun désavantage dans le conseil apporté par l’organisme chargé de mon dossier.',
        legal: 'Base juridique\u00a0: article\u00a06, paragraphe\u00a01, point\u00a0a), du règlement général sur la protection des données (RGPD\u00a0; en allemand DSGVO)\u00a0: consentement.',
      },
    },
  },
];

export const currentConsentTextVersionId = 'consent-text-2026-01';

export function findConsentTextVersion(id: string): ConsentTextVersion | undefined {
  return consentTextVersions.find((version) => version.id === id);
}

/** True if the wording may be used for a new declaration on `date` (YYYY-MM-DD, Europe/Berlin). */
export function isUsableConsentTextVersion(version: ConsentTextVersion, date: string): boolean {
  return version.validFrom <= date && (version.validUntil === undefined || date <= version.validUntil);
}

/** The line printed after the wording when the declaration ends on a given day. */
export const validUntilLabels: Record<Language, string> = {
  de: 'Gültig bis',
  en: 'Valid until',
  ar: 'صالحة حتى',
  tr: 'Geçerlilik bitiş tarihi',
  uk: 'Діє до',
  fr: 'Valable jusqu’au',
};

export type RenderedConsentText = {
  versionId: string;
  language: Language;
  title: string;
  paragraphs: { heading?: string; lines: string[] }[];
};

/** The full text of one declaration as the person saw it: wording plus the choices made. */
export function renderConsentText(
  version: ConsentTextVersion,
  language: Language,
  choices: { recipients: readonly string[]; purposes: readonly ConsentPurpose[]; categories: readonly DataCategory[]; validUntil: string | null },
): RenderedConsentText {
  const text = version.text[language];
  const until = choices.validUntil ? [`${validUntilLabels[language]}: ${choices.validUntil}`] : [];
  return {
    versionId: version.id,
    language,
    title: text.title,
    paragraphs: [
      { lines: [text.intro] },
      { heading: text.recipients, lines: [...choices.recipients] },
      { heading: text.purposes, lines: choices.purposes.map((purpose) => purposeLabels[purpose][language]) },
      { heading: text.categories, lines: choices.categories.map((category) => categoryLabels[category][language]) },
      { lines: [text.validity, ...until] },
      { lines: [text.withdrawal] },
      { lines: [text.legal] },
    ],
  };
}
