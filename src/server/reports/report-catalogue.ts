/** The texts of the Wegweiser PDF, German first, English complete (the server's i18n catalogue). */
export const reportCatalogue = {
  de: {
    title: 'Wegweiser: Ihr Ergebnis',
    subtitle: 'Welche Aufenthaltstitel für Fachkräfte passen zu Ihren Angaben?',
    evaluatedOn: 'Rechtsstand vom {{date}} (Regelwerk {{ruleSet}})',
    disclaimer:
      'Diese Auswertung erklärt die veröffentlichten Regeln anhand Ihrer Angaben. Sie ist keine Rechtsberatung und keine Entscheidung; verbindlich entscheiden die Auslandsvertretung, die Ausländerbehörde und gegebenenfalls die Bundesagentur für Arbeit.',
    openPaths: 'Offene Wege',
    noOpenPaths: 'Mit den bisherigen Angaben ist kein Weg sicher offen.',
    needsInfo: 'Noch offen: dafür fehlen Angaben',
    notEligible: 'Derzeit nicht offen',
    baApproval: 'Zustimmung der Bundesagentur für Arbeit nötig',
    noBaApproval: 'ohne Zustimmung der Bundesagentur für Arbeit',
    missing: 'Es fehlt:',
    shortfall: 'Mit {{amount}} mehr Bruttojahresgehalt wäre dieser Weg offen.',
    chancenkarte: 'Chancenkarte: Punkte',
    criterion: 'Kriterium',
    legalRef: 'Rechtsgrundlage',
    points: 'Punkte',
    total: 'Summe: {{points}} von mindestens {{minimum}} Punkten',
    documents: 'Checkliste der Unterlagen',
    nextSteps: 'Nächste Schritte',
    generated: 'Erstellt mit Lotse am {{date}}. Es wurden keine Angaben gespeichert.',
    page: 'Seite {{page}} von {{pages}}',
  },
  en: {
    title: 'Wegweiser: your result',
    subtitle: 'Which residence titles for skilled workers fit your answers?',
    evaluatedOn: 'Law as of {{date}} (rule set {{ruleSet}})',
    disclaimer:
      'This evaluation explains the published rules on the basis of your answers. It is neither legal advice nor a decision; the mission abroad, the foreigners authority and, where required, the Federal Employment Agency decide.',
    openPaths: 'Open paths',
    noOpenPaths: 'With the answers so far, no path is certainly open.',
    needsInfo: 'Still open: answers are missing',
    notEligible: 'Not open at present',
    baApproval: 'Approval of the Federal Employment Agency required',
    noBaApproval: 'no approval of the Federal Employment Agency required',
    missing: 'Missing:',
    shortfall: 'With {{amount}} more gross annual salary this path would be open.',
    chancenkarte: 'Opportunity card: points',
    criterion: 'Criterion',
    legalRef: 'Legal basis',
    points: 'Points',
    total: 'Total: {{points}} of at least {{minimum}} points',
    documents: 'Document checklist',
    nextSteps: 'Next steps',
    generated: 'Created with Lotse on {{date}}. None of your answers were stored.',
    page: 'Page {{page}} of {{pages}}',
  },
} as const;

export type ReportLanguage = keyof typeof reportCatalogue;
export type ReportKey = keyof (typeof reportCatalogue)['de'];

export function reportText(language: ReportLanguage, key: ReportKey, values: Record<string, string | number> = {}): string {
  return reportCatalogue[language][key].replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}
