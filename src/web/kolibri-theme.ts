import { DEFAULT } from '@public-ui/theme-default';

/**
 * KoliBri's default theme with one repair. KoliBri 4.1.0's number input draws "+" and "−"
 * step buttons without an accessible name (axe: button-name, critical). They are outside
 * the tab order anyway — the arrow keys step the value — so the theme hides them for
 * everyone rather than show unnamed buttons to mouse and screen-reader users.
 */
export const lotseTheme: typeof DEFAULT = (patch) => {
  const name = DEFAULT(patch);
  patch(name, { 'KOL-INPUT-NUMBER': '.kol-input-number__step-button { display: none; }' }, { append: true });
  return name;
};
