/** The stable page addresses of the web app (German, as the product's users know them). */
export const paths = {
  start: '/',
  signIn: '/anmelden',
  accessibility: '/barrierefreiheit',
  imprint: '/impressum',
  privacy: '/datenschutz',
  wegweiser: '/wegweiser',
} as const;
