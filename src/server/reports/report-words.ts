/**
 * Words for the Wegweiser PDF: dates, amounts, counts and the person's answers as sentences a
 * person reads (never codes such as PHL, `academic` or a title id), plus German typography.
 */
import { titleMetadata, type LocalizedText, type Profile } from '../../domain/pathway/index';
import { countryName } from './country-names';
import type { ReportLanguage } from './report-catalogue';

const isoDatePattern = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** An ISO date as a long date: "7. Dezember 2026" / "7 December 2026". */
export function longDate(isoDate: string, language: ReportLanguage): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A euro amount as on the web page: whole euros without cents, otherwise with two decimals ("50.700 €"). */
export function euro(amount: number, language: ReportLanguage): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

const units = {
  de: { year: ['Jahr', 'Jahre'], month: ['Monat', 'Monate'] },
  en: { year: ['year', 'years'], month: ['month', 'months'] },
} as const;

/** "1 Jahr", "2 Jahre", "1,5 Jahre" / "1 year", "2 years". */
export function count(value: number, unit: 'year' | 'month', language: ReportLanguage): string {
  const [one, many] = units[language][unit];
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2 }).format(value);
  return `${number}\u00a0${value === 1 ? one : many}`;
}

/** The name of a title id (engine titles, then the questionnaire's current-title choices). */
const currentTitleNames: Record<string, LocalizedText> = {
  '16b': { de: 'Studium (§ 16b AufenthG)', en: 'Studies (§ 16b AufenthG)' },
  '16a': { de: 'Berufsausbildung (§ 16a AufenthG)', en: 'Vocational training (§ 16a AufenthG)' },
  '16d': { de: 'Anerkennung der Qualifikation (§ 16d AufenthG)', en: 'Recognition of the qualification (§ 16d AufenthG)' },
  '18a': { de: 'Fachkraft mit Berufsausbildung (§ 18a AufenthG)', en: 'Skilled worker with vocational training (§ 18a AufenthG)' },
  '18b': { de: 'Fachkraft mit akademischer Ausbildung (§ 18b AufenthG)', en: 'Skilled worker with a degree (§ 18b AufenthG)' },
  '18g': { de: 'Blaue Karte EU (§ 18g AufenthG)', en: 'EU Blue Card (§ 18g AufenthG)' },
  '19c': { de: 'Beschäftigung (§ 19c AufenthG)', en: 'Employment (§ 19c AufenthG)' },
  '20': { de: 'Arbeitsplatzsuche (§ 20 AufenthG)', en: 'Job search (§ 20 AufenthG)' },
  '20a': { de: 'Chancenkarte (§ 20a AufenthG)', en: 'Opportunity card (§ 20a AufenthG)' },
};

export function titleName(id: string, language: ReportLanguage): string {
  const known = titleMetadata.find((title) => title.id === id);
  if (known) return known.name[language];
  return currentTitleNames[id]?.[language] ?? (language === 'de' ? 'ein anderer Aufenthaltstitel' : 'another residence title');
}

/**
 * German typography and readable words for any text the PDF prints: ISO dates as long dates, title
 * ids as names, a non-breaking space after "§"/"§§" and before "€", an en dash in number ranges.
 * Engine texts should already read well; this is the PDF's safety net.
 */
export function typeset(text: string, language: ReportLanguage): string {
  return text
    .replace(isoDatePattern, (match) => longDate(match, language))
    .replace(/\b(?:Titel|Title) ([0-9]{2}[a-z0-9_]*)\b/g, (match, id: string) => {
      const known = titleMetadata.find((title) => title.id === id);
      return known ? `${language === 'de' ? 'Titel' : 'Title'} ${language === 'de' ? '„' : '“'}${known.name[language]}${language === 'de' ? '“' : '”'}` : match;
    })
    .replace(/(?<![\w])([0-9]{2}[a-z][0-9a-z]*_[a-z0-9_]+)\b/g, (match, id: string) => titleMetadata.find((title) => title.id === id)?.name[language] ?? match)
    .replace(/\b(Staatsangehörigkeit|[Cc]itizenship) ([A-Z]{3})\b/g, (match, word: string, code: string) => {
      const name = countryName(code, language);
      return name ? `${word} ${name}` : match;
    })
    .replace(/"([^"\n]*)"/g, language === 'de' ? '„$1“' : '“$1”')
    .replace(/(§§?) ?(?=\d)/g, '$1\u00a0')
    .replace(/(\d) €/g, '$1\u00a0€')
    .replace(/(\d) ?- ?(\d)/g, '$1–$2');
}

/**
 * Standard PDF fonts (Helvetica) encode WinAnsi only. Every German character is in it; anything
 * else is transliterated so that no glyph is silently lost.
 */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const replacements: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '−': '-', '\u2009': ' ', '\u202f': '\u00a0', '✓': '', '✗': '' };
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char)) out += char;
    else if (char === '\n') out += char;
    else if (char in replacements) out += replacements[char];
    else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => (c.codePointAt(0) ?? 0) <= 0x7e) ? base : '?';
    }
  }
  return out;
}

type Row = [label: string, value: string];

const yesNo = (value: boolean, language: ReportLanguage) => (value ? (language === 'de' ? 'ja' : 'yes') : language === 'de' ? 'nein' : 'no');

const levelWords: Record<string, LocalizedText> = {
  none: { de: 'keine Kenntnisse', en: 'no knowledge' },
  A1: { de: 'A1 – Anfänger', en: 'A1 – beginner' },
  A2: { de: 'A2 – Grundlagen', en: 'A2 – elementary' },
  B1: { de: 'B1 – Mittelstufe', en: 'B1 – intermediate' },
  B2: { de: 'B2 – gute Kenntnisse', en: 'B2 – good' },
  C1: { de: 'C1 – fortgeschritten', en: 'C1 – advanced' },
  C2: { de: 'C2 – nahezu muttersprachlich', en: 'C2 – near native' },
};

const qualificationWords: Record<Profile['qualification']['type'], LocalizedText> = {
  none: { de: 'keine abgeschlossene Berufsausbildung und kein Hochschulabschluss', en: 'no completed vocational training and no degree' },
  vocational: { de: 'Berufsausbildung', en: 'vocational training' },
  academic: { de: 'Hochschulabschluss', en: 'university degree' },
};

const recognitionWords: Record<NonNullable<Profile['qualification']['germanRecognition']>, LocalizedText> = {
  full: { de: 'voll anerkannt (Gleichwertigkeitsbescheid oder deutscher Abschluss)', en: 'fully recognised (equivalence decision or German qualification)' },
  comparable: { de: 'vergleichbar (anabin „entspricht“ oder Zeugnisbewertung der ZAB)', en: 'comparable (anabin “entspricht” or ZAB statement of comparability)' },
  partial: { de: 'teilweise anerkannt (Defizitbescheid)', en: 'partially recognised (deficit notice)' },
  none: { de: 'Anerkennung abgelehnt', en: 'recognition refused' },
  not_applied: { de: 'noch nicht beantragt oder noch nicht entschieden', en: 'not applied for or not decided yet' },
};

/** Occupation groups the questionnaire sends (ISCO-08), then the ten ISCO-08 major groups. */
const iscoWords: Record<string, LocalizedText> = {
  '25': { de: 'Informatik und IT', en: 'computing and IT' },
  '2211': { de: 'Medizin (Ärztin oder Arzt)', en: 'medicine (doctor)' },
  '2221': { de: 'Pflege (Pflegefachkraft)', en: 'nursing (registered nurse)' },
  '21': { de: 'Ingenieurwesen und Naturwissenschaften', en: 'engineering and natural sciences' },
  '7': { de: 'Handwerk', en: 'crafts and trades' },
  '0': { de: 'Angehörige der regulären Streitkräfte', en: 'armed forces occupations' },
  '1': { de: 'Führungskräfte', en: 'managers' },
  '2': { de: 'Akademische Berufe', en: 'professionals' },
  '3': { de: 'Techniker und gleichrangige nichttechnische Berufe', en: 'technicians and associate professionals' },
  '4': { de: 'Bürokräfte und verwandte Berufe', en: 'clerical support workers' },
  '5': { de: 'Dienstleistungsberufe und Verkäufer', en: 'service and sales workers' },
  '6': { de: 'Fachkräfte in Land- und Forstwirtschaft und Fischerei', en: 'skilled agricultural, forestry and fishery workers' },
  '8': { de: 'Bediener von Anlagen und Maschinen und Montageberufe', en: 'plant and machine operators and assemblers' },
  '9': { de: 'Hilfsarbeitskräfte', en: 'elementary occupations' },
};

/** An occupation in words, the code in brackets at most ("Akademische Berufe (ISCO-08 2413)"). */
export function occupation(codes: { isco?: string; kldb?: string }, language: ReportLanguage): string | undefined {
  if (codes.isco !== undefined) {
    const exact = iscoWords[codes.isco];
    if (exact) return exact[language];
    const group = iscoWords[codes.isco.slice(0, 1)]?.[language] ?? (language === 'de' ? 'Beruf' : 'occupation');
    return `${group} (ISCO-08 ${codes.isco})`;
  }
  if (codes.kldb !== undefined) return language === 'de' ? `Beruf nach der Klassifikation der Berufe (KldB 2010 ${codes.kldb})` : `occupation in the German classification of occupations (KldB 2010 ${codes.kldb})`;
  return undefined;
}

const labels = {
  de: {
    citizenship: 'Staatsangehörigkeit',
    age: 'Alter',
    birthDate: 'Geburtsdatum',
    location: 'Wo Sie leben',
    currentTitle: 'Derzeitiger Aufenthaltstitel',
    qualification: 'Qualifikation',
    obtainedIn: 'Erworben',
    completedOn: 'Abgeschlossen am',
    trainingYears: 'Dauer der Ausbildung',
    stateRecognisedAbroad: 'Im Ausbildungsstaat staatlich anerkannt',
    germanRecognition: 'Anerkennung in Deutschland',
    qualificationOccupation: 'Beruf der Qualifikation',
    regulatedProfession: 'Reglementierter Beruf',
    professionalLicence: 'Berufserlaubnis oder Approbation',
    job: 'Arbeitsplatzangebot',
    salary: 'Bruttojahresgehalt',
    contract: 'Vertrag',
    jobOccupation: 'Beruf der Stelle',
    qualified: 'Qualifizierte Beschäftigung',
    tariff: 'Arbeitgeber tarifgebunden',
    partnership: 'Anerkennungspartnerschaft',
    pension: 'Angemessene Altersversorgung',
    experience: 'Berufserfahrung',
    german: 'Deutschkenntnisse',
    english: 'Englischkenntnisse',
    funds: 'Eigene Mittel',
    livelihood: 'Lebensunterhalt gesichert',
    lawfulStay: 'Rechtmäßiger Aufenthalt in Deutschland (letzte 5 Jahre)',
    spouse: 'Ehegatte beantragt die Chancenkarte mit',
    measure: 'Anpassungsmaßnahme',
    westbalkanMission: 'Antrag bei der Auslandsvertretung im Herkunftsstaat',
    westbalkanAsylblg: 'Leistungen nach dem AsylbLG in den letzten 24 Monaten',
    westbalkanQuota: 'Kontingent der Westbalkanregelung ausgeschöpft',
  },
  en: {
    citizenship: 'Citizenship',
    age: 'Age',
    birthDate: 'Date of birth',
    location: 'Where you live',
    currentTitle: 'Current residence title',
    qualification: 'Qualification',
    obtainedIn: 'Obtained',
    completedOn: 'Completed on',
    trainingYears: 'Length of training',
    stateRecognisedAbroad: 'State-recognised where obtained',
    germanRecognition: 'Recognition in Germany',
    qualificationOccupation: 'Occupation of the qualification',
    regulatedProfession: 'Regulated profession',
    professionalLicence: 'Licence to practise',
    job: 'Job offer',
    salary: 'Gross annual salary',
    contract: 'Contract',
    jobOccupation: 'Occupation of the job',
    qualified: 'Qualified employment',
    tariff: 'Employer bound by a collective agreement',
    partnership: 'Recognition partnership',
    pension: 'Adequate pension provision',
    experience: 'Work experience',
    german: 'German',
    english: 'English',
    funds: 'Own means',
    livelihood: 'Livelihood secured',
    lawfulStay: 'Lawful stay in Germany (last 5 years)',
    spouse: 'Spouse applies for the opportunity card too',
    measure: 'Qualification measure',
    westbalkanMission: 'Application at the mission in the home country',
    westbalkanAsylblg: 'Benefits under the AsylbLG in the last 24 months',
    westbalkanQuota: 'Western Balkans quota exhausted',
  },
} as const;

/** The answers given, as label/value rows in the reader's language. */
export function answerRows(profile: Profile, language: ReportLanguage): Row[] {
  const l = labels[language];
  const de = language === 'de';
  const rows: Row[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) rows.push([label, value]);
  };
  const bool = (label: string, value: boolean | null | undefined) => {
    if (typeof value === 'boolean') add(label, yesNo(value, language));
  };

  add(l.citizenship, countryName(profile.citizenship, language) ?? (de ? 'ein nicht zugeordnetes Land' : 'a country that could not be named'));
  if (profile.age !== undefined) add(l.age, count(profile.age, 'year', language));
  if (profile.birthDate !== undefined) add(l.birthDate, longDate(profile.birthDate, language));
  if (profile.location !== undefined) add(l.location, profile.location === 'germany' ? (de ? 'in Deutschland' : 'in Germany') : de ? 'im Ausland' : 'abroad');
  if (profile.currentTitle !== undefined) add(l.currentTitle, profile.currentTitle === null ? (de ? 'kein Aufenthaltstitel' : 'no residence title') : titleName(profile.currentTitle, language));

  const q = profile.qualification;
  add(l.qualification, qualificationWords[q.type][language]);
  if (q.obtainedIn !== undefined) add(l.obtainedIn, q.obtainedIn === 'germany' ? (de ? 'in Deutschland' : 'in Germany') : de ? 'im Ausland' : 'abroad');
  if (q.completedOn !== undefined) add(l.completedOn, longDate(q.completedOn, language));
  if (q.trainingYears !== undefined) add(l.trainingYears, count(q.trainingYears, 'year', language));
  bool(l.stateRecognisedAbroad, q.stateRecognisedAbroad);
  if (q.germanRecognition !== undefined) add(l.germanRecognition, recognitionWords[q.germanRecognition][language]);
  add(l.qualificationOccupation, occupation(q, language));
  bool(l.regulatedProfession, q.regulatedProfession);
  bool(l.professionalLicence, q.professionalLicence);

  const job = profile.job;
  if (job === null) add(l.job, de ? 'keines' : 'none');
  if (job) {
    add(l.salary, euro(job.annualGrossSalaryEur, language));
    if (job.contractMonths !== undefined) {
      add(l.contract, job.contractMonths === null ? (de ? 'unbefristet' : 'permanent') : de ? `befristet auf ${count(job.contractMonths, 'month', language)}` : `fixed term of ${count(job.contractMonths, 'month', language)}`);
    }
    add(l.jobOccupation, occupation(job, language));
    bool(l.qualified, job.qualified);
    bool(l.tariff, job.employerTariffBound);
    bool(l.partnership, job.recognitionPartnership);
  }
  bool(l.pension, profile.adequatePensionProvision);

  if (profile.experience !== undefined) {
    if (profile.experience.length === 0) add(l.experience, de ? 'keine' : 'none');
    for (const period of profile.experience) {
      const span = de ? `${longDate(period.from, language)} bis ${longDate(period.to, language)}` : `${longDate(period.from, language)} to ${longDate(period.to, language)}`;
      const job = occupation(period, language);
      add(l.experience, job ? `${span}: ${job}` : span);
    }
  }
  add(l.german, levelWords[profile.german]?.[language]);
  add(l.english, levelWords[profile.english]?.[language]);
  if (profile.fundsPerMonthEur !== undefined) add(l.funds, de ? `${euro(profile.fundsPerMonthEur, language)} pro Monat` : `${euro(profile.fundsPerMonthEur, language)} per month`);
  bool(l.livelihood, profile.livelihoodSecured);
  if (profile.lawfulStayInGermanyMonthsLast5Years !== undefined) add(l.lawfulStay, count(profile.lawfulStayInGermanyMonthsLast5Years, 'month', language));
  bool(l.spouse, profile.spouseAppliesJointlyForChancenkarte);
  if (profile.qualificationMeasure !== undefined) {
    const measure = profile.qualificationMeasure;
    add(
      l.measure,
      measure === null
        ? de ? 'keine' : 'none'
        : [
            measure.placeConfirmed ? (de ? 'Platz zugesagt' : 'place confirmed') : de ? 'Platz noch nicht zugesagt' : 'place not yet confirmed',
            ...(measure.schoolBased === undefined ? [] : [measure.schoolBased ? (de ? 'schulisch' : 'school-based') : de ? 'betrieblich' : 'in-company']),
          ].join(', '),
    );
  }
  if (profile.westbalkan) {
    bool(l.westbalkanMission, profile.westbalkan.applicationAtMissionInHomeCountry);
    bool(l.westbalkanAsylblg, profile.westbalkan.asylblgBenefitsLast24Months);
    bool(l.westbalkanQuota, profile.westbalkan.quotaExhausted);
  }
  return rows;
}
