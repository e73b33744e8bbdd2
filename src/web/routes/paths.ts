/** The stable page addresses of the web app (German, as the product's users know them). */
export const paths = {
  start: '/',
  signIn: '/anmelden',
  accessibility: '/barrierefreiheit',
  imprint: '/impressum',
  privacy: '/datenschutz',
  wegweiser: '/wegweiser',
  cases: '/faelle',
  newCase: '/faelle/neu',
  inbox: '/eingang',
  deadlines: '/fristen',
  referrals: '/weiterleitungen',
  learning: '/lernen',
  myLearning: '/lernen/mein-lernen',
  certificateCheck: '/zertifikat',
  knowledge: '/wissen',
  newArticle: '/wissen/artikel/neu',
  search: '/suche',
  lawFigures: '/verwaltung/rechtsstand',
  network: '/netzwerk',
  adminNetwork: '/verwaltung/netzwerk',
  adminNetworkNewOrganisation: '/verwaltung/netzwerk/organisationen/neu',
  adminNetworkAgreements: '/verwaltung/netzwerk/vereinbarungen',
  adminNetworkNewAgreement: '/verwaltung/netzwerk/vereinbarungen/neu',
  networkMap: '/netzwerk/karte',
  adminUsers: '/verwaltung/benutzer',
  accessTokens: '/konto/zugaenge',
  accountLink: '/konto/link',
  responsibility: '/netzwerk/zustaendigkeit',
  // The portal of the skilled worker (issue 15): one page per part, reached from the portal navigation.
  myJourney: '/mein-weg',
  myDocuments: '/mein-weg/unterlagen',
  myMessages: '/mein-weg/nachrichten',
  myConsents: '/mein-weg/einwilligungen',
  myData: '/mein-weg/daten',
  portalInvitation: '/konto/einladung',
  // The employer's part of the portal.
  employer: '/arbeitgeber',
  employerNewRequest: '/arbeitgeber/81a/neu',
  // Contact requests from the Wegweiser ("Beratung anfragen") in the navigator's inbox.
  contactRequests: '/eingang/anfragen',
  // BITV 2.0 entry pages: Leichte Sprache and an explanation of the site in plain German.
  easyLanguage: '/leichte-sprache',
  plainGerman: '/ueber-lotse',
  // Steering (issue 14): the dashboards, the Praxis-Check report, obstacles reported without a case.
  steering: '/steuerung',
  praxisCheck: '/steuerung/praxis-check',
  obstacleModeration: '/steuerung/hemmnisse',
  shortage: '/steuerung/engpassberufe',
  reportObstacle: '/hemmnis-melden',
  adminShortage: '/verwaltung/engpassanalyse',
} as const;

/** One view of the steering dashboards (`/steuerung/ueberblick`, …). */
export const steeringViewPath = (view: string): string => `/steuerung/${encodeURIComponent(view)}`;

/** The page of one case. */
export const casePath = (id: string): string => `${paths.cases}/${encodeURIComponent(id)}`;

/** The audit trail ("Protokoll") of one case. */
export const caseAuditPath = (id: string): string => `${casePath(id)}/protokoll`;

/** The administration page of one organisation of the network. */
export const adminOrganisationPath = (id: string): string => `/verwaltung/netzwerk/organisationen/${encodeURIComponent(id)}`;

/** The edit page of one cooperation agreement. */
export const adminAgreementPath = (id: string): string => `/verwaltung/netzwerk/vereinbarungen/${encodeURIComponent(id)}`;
