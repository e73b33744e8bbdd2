/**
 * The Leichte-Sprache page (BITV 2.0 § 4): German by nature, so it is not in the catalogues.
 * Rules of Leichte Sprache: short sentences, one statement per sentence, hard words explained,
 * long words split with a hyphen ("Aufenthalts-Titel"), the reader addressed as "Sie".
 * A block is a paragraph (list of sentences, shown one per line) or a list of points.
 */
export type EasyBlock = { kind: 'sentences'; lines: string[] } | { kind: 'points'; items: string[][] } | { kind: 'word'; word: string; lines: string[] };

export type EasySection = { id: string; heading: string; blocks: EasyBlock[]; link?: { to: 'wegweiser' | 'network' | 'responsibility' | 'accessibility' | 'plainGerman' | 'signIn'; label: string } };

export const easyTitle = 'Lotse in Leichter Sprache';

export const easyIntro = ['Hier erklären wir Lotse in Leichter Sprache.', 'Leichte Sprache ist einfaches Deutsch.'];

export const easySections: EasySection[] = [
  {
    id: 'was-ist-lotse',
    heading: 'Was ist Lotse?',
    blocks: [
      {
        kind: 'sentences',
        lines: [
          'Lotse ist eine Internet-Seite.',
          'Lotse hilft Menschen aus anderen Ländern.',
          'Diese Menschen wollen in Deutschland arbeiten.',
          'Oder sie arbeiten schon in Deutschland.',
          'Lotse hilft auch Beratern.',
          'Berater sind Menschen in Ämtern und Beratungs-Stellen.',
          'Sie helfen Ihnen bei Ihren Fragen.',
        ],
      },
    ],
  },
  {
    id: 'was-koennen-sie-hier-machen',
    heading: 'Was können Sie hier machen?',
    blocks: [
      { kind: 'sentences', lines: ['Sie können hier 3 Dinge machen.'] },
      {
        kind: 'points',
        items: [
          [
            'Sie können den Wegweiser benutzen.',
            'Der Wegweiser stellt Ihnen Fragen.',
            'Zum Beispiel: Welchen Beruf haben Sie gelernt?',
            'Sie beantworten die Fragen.',
            'Dann zeigt der Wegweiser Ihnen Ihre Wege nach Deutschland.',
          ],
          ['Sie können eine Beratungs-Stelle suchen.', 'Eine Beratungs-Stelle hilft Ihnen.', 'Die Beratung kostet meistens kein Geld.'],
          ['Sie können ein Konto haben.', 'Das Konto bekommen Sie von Ihrer Beratungs-Stelle.', 'Mit dem Konto sehen Sie Ihre Unterlagen.', 'Und Sie können Ihrer Beratungs-Stelle schreiben.'],
        ],
      },
      {
        kind: 'word',
        word: 'Aufenthalts-Titel',
        lines: [
          'Der Wegweiser nennt Ihnen Aufenthalts-Titel.',
          'Ein Aufenthalts-Titel ist eine Erlaubnis.',
          'Mit dieser Erlaubnis dürfen Sie in Deutschland leben.',
          'Mit manchen Aufenthalts-Titeln dürfen Sie auch arbeiten.',
          'Zum Beispiel mit der Blauen Karte EU.',
        ],
      },
      {
        kind: 'word',
        word: 'Ausländer-Behörde',
        lines: [
          'Der Wegweiser ist nur eine Hilfe.',
          'Der Wegweiser entscheidet nichts.',
          'Die Ausländer-Behörde entscheidet.',
          'Die Ausländer-Behörde ist ein Amt.',
          'Dort stellen Sie den Antrag für Ihren Aufenthalts-Titel.',
        ],
      },
    ],
    link: { to: 'wegweiser', label: 'Zum Wegweiser' },
  },
  {
    id: 'hilfe',
    heading: 'Wie bekommen Sie Hilfe?',
    blocks: [
      {
        kind: 'points',
        items: [
          ['Sie haben Fragen?', 'Dann fragen Sie eine Beratungs-Stelle.', 'Hier finden Sie Beratungs-Stellen in Ihrer Nähe.'],
          ['Sie verstehen Deutsch nicht gut?', 'Lotse gibt es in 6 Sprachen.', 'Oben auf der Seite steht: Sprache.', 'Dort wählen Sie Ihre Sprache.'],
          [
            'Etwas auf der Seite ist schwer für Sie?',
            'Zum Beispiel: Sie können einen Knopf nicht drücken.',
            'Dann schreiben Sie uns eine E-Mail.',
            'Die E-Mail-Adresse steht in der Erklärung zur Barriere-Freiheit.',
          ],
        ],
      },
      {
        kind: 'word',
        word: 'Barriere-Freiheit',
        lines: ['Eine Barriere ist ein Hindernis.', 'Barriere-Freiheit heißt: Alle Menschen können die Seite benutzen.', 'Auch Menschen mit Behinderung.'],
      },
    ],
    link: { to: 'network', label: 'Beratungs-Stellen finden' },
  },
];

export const easySignLanguage = {
  heading: 'Gebärden-Sprache',
  lines: ['Hier kommt bald ein Film in Deutscher Gebärden-Sprache.', 'Den Film gibt es noch nicht.', 'Wir arbeiten daran.'],
};
