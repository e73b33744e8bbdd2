import type { PersonExport } from '../../contract/data-subject';
import type { PortalLanguage } from '../../domain/portal/languages';
import { renderSimplePdf, type PdfBlock } from '../reports/simple-pdf';

const describe = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));
const record = (entry: Record<string, unknown>): string =>
  Object.entries(entry)
    .map(([key, value]) => `${key}: ${describe(value)}`)
    .join(' · ');

type Words = {
  title: string;
  generated: string;
  person: string;
  case: string;
  documents: string;
  consents: string;
  referrals: string;
  notes: string;
  tasks: string;
  obstacles: string;
  audit: string;
  /** Shown in the languages other than German: the data themselves are as stored. */
  note?: string;
};

/** Headings in the person's language; German legal terms stay in brackets in the others. */
const words: Record<PortalLanguage, Words> = {
  de: {
    title: 'Auskunft nach Art. 15 DSGVO',
    generated: 'Erstellt',
    person: 'Person',
    case: 'Fall',
    documents: 'Dokumente',
    consents: 'Einwilligungen',
    referrals: 'Weiterleitungen',
    notes: 'Notizen',
    tasks: 'Aufgaben',
    obstacles: 'Hemmnisse',
    audit: 'Protokoll: wer hat wann was gelesen oder geändert, zu welchem Zweck',
  },
  en: {
    title: 'Access to your data under Art. 15 GDPR (Auskunft nach Art. 15 DSGVO)',
    generated: 'Created',
    person: 'Person',
    case: 'Case',
    documents: 'Documents',
    consents: 'Consents',
    referrals: 'Referrals',
    notes: 'Notes',
    tasks: 'Tasks',
    obstacles: 'Obstacles',
    audit: 'Log: who read or changed what, when, and for what purpose',
    note: 'The data are shown as stored (field names in English, entries in the language they were written in). The JSON export is the complete machine-readable copy.',
  },
  ar: {
    title: 'حق الاطلاع على بياناتك وفق المادة 15 من اللائحة العامة لحماية البيانات (Auskunft nach Art. 15 DSGVO)',
    generated: 'تاريخ الإنشاء',
    person: 'الشخص',
    case: 'الملف',
    documents: 'المستندات',
    consents: 'الموافقات',
    referrals: 'الإحالات',
    notes: 'الملاحظات',
    tasks: 'المهام',
    obstacles: 'العوائق',
    audit: 'السجل: من اطلع على ماذا أو غيّره، ومتى، ولأي غرض',
    note: 'تُعرض البيانات كما هي محفوظة (أسماء الحقول بالإنجليزية، والمدخلات باللغة التي كُتبت بها). ملف JSON هو النسخة الكاملة القابلة للقراءة آليًا.',
  },
  tr: {
    title: 'Genel Veri Koruma Tüzüğü (GDPR) madde 15 uyarınca bilgi edinme hakkı (Auskunft nach Art. 15 DSGVO)',
    generated: 'Oluşturulma',
    person: 'Kişi',
    case: 'Dosya',
    documents: 'Belgeler',
    consents: 'Rıza beyanları',
    referrals: 'Yönlendirmeler',
    notes: 'Notlar',
    tasks: 'Görevler',
    obstacles: 'Engeller',
    audit: 'Kayıt: kim, ne zaman, neyi, hangi amaçla okudu veya değiştirdi',
    note: 'Veriler kaydedildiği şekilde gösterilir (alan adları İngilizce, girişler yazıldıkları dilde). JSON dışa aktarımı, makine tarafından okunabilir tam kopyadır.',
  },
  uk: {
    title: 'Доступ до ваших даних відповідно до статті 15 GDPR (Auskunft nach Art. 15 DSGVO)',
    generated: 'Створено',
    person: 'Особа',
    case: 'Справа',
    documents: 'Документи',
    consents: 'Згоди',
    referrals: 'Передачі справи',
    notes: 'Нотатки',
    tasks: 'Завдання',
    obstacles: 'Перешкоди',
    audit: 'Журнал: хто, коли, що переглядав або змінював і з якою метою',
    note: 'Дані показано так, як їх збережено (назви полів англійською, записи — мовою, якою їх написано). Експорт у форматі JSON є повною машинозчитуваною копією.',
  },
  fr: {
    title: 'Droit d’accès selon l’article 15 du RGPD (Auskunft nach Art. 15 DSGVO)',
    generated: 'Créé le',
    person: 'Personne',
    case: 'Dossier',
    documents: 'Documents',
    consents: 'Consentements',
    referrals: 'Transmissions',
    notes: 'Notes',
    tasks: 'Tâches',
    obstacles: 'Obstacles',
    audit: 'Journal\u00a0: qui a consulté ou modifié quoi, quand et dans quel but',
    note: 'Les données sont présentées telles qu’elles sont enregistrées (noms des champs en anglais, contenus dans la langue de saisie). L’export JSON en est la copie complète lisible par machine.',
  },
};

/** The Art. 15 export as a readable PDF in the person's language (the JSON export is the complete machine-readable copy). */
export function renderPersonExportPdf(data: PersonExport, language: PortalLanguage = 'de'): Promise<Buffer> {
  const w = words[language];
  const list = (heading: string, items: Record<string, unknown>[]): PdfBlock => ({ heading, lines: items.length === 0 ? ['—'] : items.map(record) });
  return renderSimplePdf({
    title: w.title,
    subtitle: `${w.generated}${language === 'fr' ? '' : ':'} ${data.generatedAt}`,
    language,
    blocks: [
      ...(w.note ? [{ lines: [w.note], muted: true }] : []),
      { heading: w.person, lines: Object.entries(data.person).map(([key, value]) => `${key}: ${describe(value)}`) },
      { heading: w.case, lines: Object.entries(data.case).map(([key, value]) => `${key}: ${describe(value)}`) },
      list(w.documents, data.documents),
      list(w.consents, data.consents),
      list(w.referrals, data.referrals),
      list(w.notes, data.notes),
      list(w.tasks, data.tasks),
      list(w.obstacles, data.obstacles),
      list(w.audit, data.audit),
    ],
  });
}
