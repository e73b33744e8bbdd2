import type { OccupationArea } from './answers';

/** The six Westbalkan states of §26 Abs. 2 BeschV (ISO 3166-1 alpha-3, "XKX" for Kosovo). */
export const westbalkanCodes: readonly string[] = ['ALB', 'BIH', 'XKX', 'MNE', 'MKD', 'SRB'];

/**
 * Common countries of origin (alpha-3 → alpha-2). The alpha-2 code only serves to name the
 * country in the interface language with Intl.DisplayNames; the profile carries alpha-3.
 * EU/EEA and Swiss citizens need no residence title for work and are not listed.
 */
const countries: readonly [alpha3: string, alpha2: string][] = [
  ['ALB', 'AL'], ['BIH', 'BA'], ['XKX', 'XK'], ['MNE', 'ME'], ['MKD', 'MK'], ['SRB', 'RS'],
  ['ARG', 'AR'], ['ARM', 'AM'], ['AUS', 'AU'], ['AZE', 'AZ'], ['BGD', 'BD'], ['BLR', 'BY'],
  ['BRA', 'BR'], ['CAN', 'CA'], ['CHN', 'CN'], ['CMR', 'CM'], ['COL', 'CO'], ['EGY', 'EG'],
  ['ETH', 'ET'], ['GBR', 'GB'], ['GEO', 'GE'], ['GHA', 'GH'], ['IDN', 'ID'], ['IND', 'IN'],
  ['IRN', 'IR'], ['IRQ', 'IQ'], ['JOR', 'JO'], ['JPN', 'JP'], ['KAZ', 'KZ'], ['KEN', 'KE'],
  ['KOR', 'KR'], ['LBN', 'LB'], ['LKA', 'LK'], ['MAR', 'MA'], ['MDA', 'MD'], ['MEX', 'MX'],
  ['NGA', 'NG'], ['NPL', 'NP'], ['PAK', 'PK'], ['PER', 'PE'], ['PHL', 'PH'], ['RUS', 'RU'],
  ['SYR', 'SY'], ['TUN', 'TN'], ['TUR', 'TR'], ['UKR', 'UA'], ['USA', 'US'], ['UZB', 'UZ'],
  ['VNM', 'VN'], ['ZAF', 'ZA'],
];

/** The listed countries named and sorted in the given language. */
export function countryOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return countries
    .map(([alpha3, alpha2]) => ({ value: alpha3, label: names.of(alpha2) ?? alpha3 }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * ISCO-08 codes behind the occupation areas. Deliberately coarse where the area is coarse:
 * the engine answers "unknown" when a code is too coarse to decide, rather than guessing.
 * "other" sends no code at all.
 */
export const iscoByArea: Record<OccupationArea, string | undefined> = {
  ict: '25', // ICT professionals
  physician: '2211', // generalist medical practitioners
  nurse: '2221', // nursing professionals
  engineer: '21', // science and engineering professionals
  craft: '7', // craft and related trades workers
  other: undefined,
};

/** Regulated professions among the areas: they need a licence to practise in Germany. */
export const regulatedAreas: readonly OccupationArea[] = ['physician', 'nurse'];

export const levelChoices = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
