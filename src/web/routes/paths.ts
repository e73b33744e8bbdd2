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
} as const;

/** The page of one case. */
export const casePath = (id: string): string => `${paths.cases}/${encodeURIComponent(id)}`;

/** The audit trail ("Protokoll") of one case. */
export const caseAuditPath = (id: string): string => `${casePath(id)}/protokoll`;

/** The administration page of one organisation of the network. */
export const adminOrganisationPath = (id: string): string => `/verwaltung/netzwerk/organisationen/${encodeURIComponent(id)}`;

/** The edit page of one cooperation agreement. */
export const adminAgreementPath = (id: string): string => `/verwaltung/netzwerk/vereinbarungen/${encodeURIComponent(id)}`;
