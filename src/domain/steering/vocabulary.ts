/**
 * The words of the steering figures: country groups, recognition outcomes, the views and the
 * sections of a Praxis-Check report. Names in German and English; codes never reach a reader.
 */

/**
 * Country groups for filters and breakdowns: the UN M49 geographic regions (UN Statistics
 * Division, "Standard country or area codes for statistical use", https://unstats.un.org/unsd/methodology/m49/),
 * with the Western Balkans (§26 Abs. 1 BeschV) kept apart because a residence path of their own
 * applies to them. Countries not listed fall into `other`.
 */
export const countryGroups = [
  'western_balkans',
  'eastern_europe_central_asia',
  'middle_east_north_africa',
  'sub_saharan_africa',
  'south_asia',
  'east_southeast_asia',
  'latin_america',
  'other',
] as const;
export type CountryGroup = (typeof countryGroups)[number];

export const countryGroupNames: Readonly<Record<CountryGroup, { de: string; en: string }>> = {
  western_balkans: { de: 'Westbalkan', en: 'Western Balkans' },
  eastern_europe_central_asia: { de: 'Osteuropa und Zentralasien', en: 'Eastern Europe and Central Asia' },
  middle_east_north_africa: { de: 'Naher Osten und Nordafrika', en: 'Middle East and North Africa' },
  sub_saharan_africa: { de: 'Afrika südlich der Sahara', en: 'Sub-Saharan Africa' },
  south_asia: { de: 'Südasien', en: 'South Asia' },
  east_southeast_asia: { de: 'Ost- und Südostasien', en: 'East and South-East Asia' },
  latin_america: { de: 'Lateinamerika und Karibik', en: 'Latin America and the Caribbean' },
  other: { de: 'Übrige Staaten', en: 'Other countries' },
};

const members: Readonly<Record<Exclude<CountryGroup, 'other'>, readonly string[]>> = {
  western_balkans: ['ALB', 'BIH', 'XKX', 'MKD', 'MNE', 'SRB'],
  eastern_europe_central_asia: ['UKR', 'MDA', 'BLR', 'RUS', 'GEO', 'ARM', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  middle_east_north_africa: ['TUR', 'SYR', 'IRQ', 'IRN', 'JOR', 'LBN', 'PSE', 'ISR', 'SAU', 'YEM', 'OMN', 'ARE', 'QAT', 'BHR', 'KWT', 'EGY', 'LBY', 'TUN', 'DZA', 'MAR', 'SDN', 'ESH'],
  sub_saharan_africa: [
    'NGA', 'GHA', 'CMR', 'KEN', 'ETH', 'ERI', 'SOM', 'UGA', 'TZA', 'RWA', 'BDI', 'COD', 'COG', 'GAB', 'GNQ', 'CAF', 'TCD', 'NER', 'MLI', 'BFA',
    'SEN', 'GMB', 'GIN', 'GNB', 'SLE', 'LBR', 'CIV', 'TGO', 'BEN', 'MRT', 'CPV', 'STP', 'AGO', 'ZMB', 'ZWE', 'MWI', 'MOZ', 'MDG', 'MUS', 'SYC',
    'COM', 'ZAF', 'NAM', 'BWA', 'LSO', 'SWZ', 'SSD', 'DJI',
  ],
  south_asia: ['IND', 'PAK', 'BGD', 'LKA', 'NPL', 'BTN', 'MDV', 'AFG'],
  east_southeast_asia: ['CHN', 'JPN', 'KOR', 'PRK', 'MNG', 'TWN', 'HKG', 'MAC', 'VNM', 'PHL', 'IDN', 'THA', 'MYS', 'SGP', 'KHM', 'LAO', 'MMR', 'BRN', 'TLS'],
  latin_america: [
    'BRA', 'MEX', 'COL', 'ARG', 'PER', 'VEN', 'CHL', 'ECU', 'BOL', 'PRY', 'URY', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN', 'CUB', 'DOM', 'HTI',
    'JAM', 'TTO', 'BRB', 'BHS', 'BLZ', 'GUY', 'SUR', 'GRD', 'LCA', 'VCT', 'ATG', 'DMA', 'KNA',
  ],
};

const groupByCountry = new Map<string, CountryGroup>(
  Object.entries(members).flatMap(([group, codes]) => codes.map((code) => [code, group as CountryGroup] as const)),
);

/** The country group of an ISO 3166-1 alpha-3 code (`other` when not listed). */
export const countryGroupOf = (alpha3: string | null | undefined): CountryGroup => (alpha3 ? (groupByCountry.get(alpha3) ?? 'other') : 'other');

/** The countries of a group, for SQL filters (`other`: every code not in a named group). */
export const countriesOfGroup = (group: Exclude<CountryGroup, 'other'>): readonly string[] => members[group];

/** The outcome of a recognition procedure (Anerkennungsverfahren) for one person. */
export const recognitionOutcomes = ['pending', 'full', 'partial', 'none', 'not_needed'] as const;
export type RecognitionOutcome = (typeof recognitionOutcomes)[number];

export const recognitionOutcomeNames: Readonly<Record<RecognitionOutcome, { de: string; en: string }>> = {
  pending: { de: 'Verfahren läuft', en: 'In progress' },
  full: { de: 'Volle Gleichwertigkeit', en: 'Full equivalence' },
  partial: { de: 'Teilweise Gleichwertigkeit (Defizitbescheid)', en: 'Partial equivalence (notice of deficits)' },
  none: { de: 'Keine Gleichwertigkeit', en: 'No equivalence' },
  not_needed: { de: 'Nicht erforderlich', en: 'Not required' },
};

export const qualificationTypes = ['vocational', 'academic'] as const;
export type QualificationType = (typeof qualificationTypes)[number];
export const qualificationTypeNames: Readonly<Record<QualificationType, { de: string; en: string }>> = {
  vocational: { de: 'Berufsausbildung', en: 'Vocational training' },
  academic: { de: 'Hochschulabschluss', en: 'University degree' },
};

/** The dashboard views of `/steuerung` (one API endpoint each under `/api/v1/stats/`). */
export const steeringViews = ['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles', 'shortage'] as const;
export type SteeringView = (typeof steeringViews)[number];

/** The editable sections of a Praxis-Check report, in their order. */
export const praxisCheckSections = ['summary', 'findings', 'what_worked', 'recommendations_federal', 'recommendations_land'] as const;
export type PraxisCheckSection = (typeof praxisCheckSections)[number];
export const praxisCheckSectionNames: Readonly<Record<PraxisCheckSection, { de: string; en: string }>> = {
  summary: { de: 'Zusammenfassung', en: 'Summary' },
  findings: { de: 'Beobachtungen aus der Praxis', en: 'Observations from practice' },
  what_worked: { de: 'Was gut funktioniert hat', en: 'What worked well' },
  recommendations_federal: { de: 'Empfehlungen an den Bund', en: 'Recommendations to the federal ministries' },
  recommendations_land: { de: 'Empfehlungen an die Länder', en: 'Recommendations to the Länder ministries' },
};

/** Status of an obstacle reported without a case. */
export const obstacleReportStatuses = ['pending', 'accepted', 'rejected'] as const;
export type ObstacleReportStatus = (typeof obstacleReportStatuses)[number];
