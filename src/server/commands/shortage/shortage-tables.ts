import type { StatsRow, StatsTable, StatsValue } from '../../../contract/steering';
import { countryName } from '../../../domain/shared/countries';
import { protectFigures, shortageLevelNames, type Equation, type ShortageLevel } from '../../../domain/steering/index';
import type { RecognitionCountRow, ShortageRating } from '../../db/repositories/shortage.repository';

type Bilingual = { de: string; en: string };

type Occupation = {
  key: string;
  name: string;
  rating: ShortageRating | null;
  byCountry: Map<string, number>;
  full: number;
  partial: number;
};

const score = (value: number, language: 'de' | 'en') =>
  value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** "Berufe in der Softwareentwicklung – … · Engpassberuf (Punktwert 2,2)". */
function occupationLabel(occupation: Occupation): Bilingual {
  if (occupation.key === 'none') return { de: 'Referenzberuf nicht angegeben', en: 'Reference occupation not given' };
  const rating = occupation.rating;
  if (!rating) return { de: `${occupation.name} · nicht in der Engpassanalyse`, en: `${occupation.name} · not in the shortage analysis` };
  const level = shortageLevelNames[rating.level as ShortageLevel] ?? { de: '', en: '' };
  return rating.isShortage
    ? { de: `${occupation.name} · Engpassberuf (${level.de}, Punktwert ${score(rating.score, 'de')})`, en: `${occupation.name} · shortage occupation (${level.en}, score ${score(rating.score, 'en')})` }
    : { de: `${occupation.name} · kein Engpassberuf (${level.de}, Punktwert ${score(rating.score, 'de')})`, en: `${occupation.name} · not a shortage occupation (${level.en}, score ${score(rating.score, 'en')})` };
}

function countryLabel(code: string): Bilingual {
  if (code === 'unknown') return { de: 'Land nicht angegeben', en: 'Country not given' };
  return { de: countryName(code, 'de') ?? code, en: countryName(code, 'en') ?? code };
}


const value = (figure: { value: number | null; suppressed: boolean } | undefined): StatsValue => figure ?? { value: null, suppressed: true };

/** Groups the counts by occupation (matched to the import's ratings) and applies the shortage filter. */
function groupOccupations(counts: readonly RecognitionCountRow[], ratings: readonly ShortageRating[], shortage: 'yes' | 'no' | undefined): Occupation[] {
  const ratingByKldb = new Map(ratings.map((rating) => [rating.kldb, rating]));
  const occupations = new Map<string, Occupation>();
  for (const row of counts) {
    const key = row.kldb ?? 'none';
    const rating = row.kldb ? (ratingByKldb.get(row.kldb) ?? null) : null;
    const occupation = occupations.get(key) ?? { key, name: rating?.occupationName ?? row.referenceName ?? `KldB ${key}`, rating, byCountry: new Map(), full: 0, partial: 0 };
    const country = row.country ?? 'unknown';
    occupation.byCountry.set(country, (occupation.byCountry.get(country) ?? 0) + row.count);
    if (row.outcome === 'full') occupation.full += row.count;
    else occupation.partial += row.count;
    occupations.set(key, occupation);
  }
  const isShortage = (occupation: Occupation) => occupation.rating?.isShortage === true;
  return [...occupations.values()]
    .filter((occupation) => shortage === undefined || (shortage === 'yes' ? isShortage(occupation) : !isShortage(occupation)))
    .sort((a, b) => (b.rating?.score ?? -1) - (a.rating?.score ?? -1) || a.name.localeCompare(b.name, 'de'));
}

/**
 * The two tables of the view, protected together (the occupation totals of the heat map are the
 * sums of full and partial in the second table, so a suppressed cell must stay hidden in both):
 * figures are the cells, the occupation totals, full and partial per occupation, the country
 * totals and the grand totals; equations tie each total to its parts.
 */
export function buildShortageTables(input: {
  counts: readonly RecognitionCountRow[];
  ratings: readonly ShortageRating[];
  shortage: 'yes' | 'no' | undefined;
  partialOnly: boolean;
  hasImport: boolean;
}): StatsTable[] {
  const occupations = groupOccupations(input.counts, input.ratings, input.shortage);
  const countryTotals = new Map<string, number>();
  for (const occupation of occupations) for (const [country, count] of occupation.byCountry) countryTotals.set(country, (countryTotals.get(country) ?? 0) + count);
  const countries = [...countryTotals.keys()].sort(
    (a, b) => (countryTotals.get(b) ?? 0) - (countryTotals.get(a) ?? 0) || countryLabel(a).de.localeCompare(countryLabel(b).de, 'de'),
  );
  const rows = occupations.length;
  const columns = countries.length;
  const values: number[] = [];
  const cell = (row: number, column: number) => row * columns + column;
  for (const occupation of occupations) for (const country of countries) values.push(occupation.byCountry.get(country) ?? 0);
  const rowTotal = (row: number) => rows * columns + row;
  const full = (row: number) => rows * columns + rows + row;
  const partial = (row: number) => rows * columns + 2 * rows + row;
  const columnTotal = (column: number) => rows * columns + 3 * rows + column;
  const grand = rows * columns + 3 * rows + columns;
  const fullTotal = grand + 1;
  const partialTotal = grand + 2;
  for (const occupation of occupations) values.push(occupation.full + occupation.partial);
  for (const occupation of occupations) values.push(occupation.full);
  for (const occupation of occupations) values.push(occupation.partial);
  for (const country of countries) values.push(countryTotals.get(country) ?? 0);
  const sumFull = occupations.reduce((sum, occupation) => sum + occupation.full, 0);
  const sumPartial = occupations.reduce((sum, occupation) => sum + occupation.partial, 0);
  values.push(sumFull + sumPartial, sumFull, sumPartial);
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  const equations: Equation[] = [
    ...range(rows).map((row) => ({ total: rowTotal(row), parts: range(columns).map((column) => cell(row, column)) })),
    ...range(rows).map((row) => ({ total: rowTotal(row), parts: [full(row), partial(row)] })),
    ...range(columns).map((column) => ({ total: columnTotal(column), parts: range(rows).map((row) => cell(row, column)) })),
    { total: grand, parts: range(rows).map(rowTotal) },
    { total: grand, parts: range(columns).map(columnTotal) },
    { total: fullTotal, parts: range(rows).map(full) },
    { total: partialTotal, parts: range(rows).map(partial) },
    { total: grand, parts: [fullTotal, partialTotal] },
  ];
  // protectFigures searches across all equations at once (a figure given away by one equation counts in the others).
  const figures = protectFigures(values, equations);
  const counted: Bilingual = input.partialOnly
    ? { de: 'Personen mit teilweiser Anerkennung (Defizitbescheid)', en: 'people with partial recognition (notice of deficits)' }
    : { de: 'Personen mit voller oder teilweiser Anerkennung', en: 'people with full or partial recognition' };
  const basis: Bilingual = input.hasImport
    ? { de: 'Engpass und Punktwert aus der neuesten Engpassanalyse.', en: 'Shortage and score from the newest shortage analysis.' }
    : { de: 'Es ist noch keine Engpassanalyse eingelesen.', en: 'No shortage analysis has been imported yet.' };
  const heatmapRows: StatsRow[] = occupations.map((occupation, row) => ({
    key: occupation.key,
    label: occupationLabel(occupation),
    values: Object.fromEntries(countries.map((country, column) => [country, value(figures[cell(row, column)])])),
  }));
  const heatmap: StatsTable = {
    id: 'occupation-by-country',
    title: { de: 'Referenzberuf × Land der Qualifikation', en: 'Reference occupation × country of qualification' },
    description: {
      de: `Anzahl der ${counted.de} nach Referenzberuf und dem Land, in dem die Qualifikation erworben wurde, nach Datum der Entscheidung im Zeitraum. ${basis.de} Werte von 1 bis 4 und Werte, aus denen sie sich errechnen ließen, sind ausgeblendet („< 5“).`,
      en: `Number of ${counted.en} by reference occupation and the country where the qualification was obtained, by date of decision in the period. ${basis.en} Counts from 1 to 4, and counts they could be computed back from, are hidden ("< 5").`,
    },
    chart: 'heatmap',
    columns: countries.map((country) => ({ key: country, label: countryLabel(country), unit: 'count' as const })),
    rows: heatmapRows,
    total: rows === 0 ? null : { key: 'total', label: { de: 'Insgesamt', en: 'Total' }, values: Object.fromEntries(countries.map((country, column) => [country, value(figures[columnTotal(column)])])) },
    highlight: null,
  };
  const perOccupationColumns = [
    ...(input.partialOnly ? [] : [{ key: 'full', label: { de: 'Volle Anerkennung', en: 'Full recognition' }, unit: 'count' as const }]),
    { key: 'partial', label: { de: 'Teilweise Anerkennung', en: 'Partial recognition' }, unit: 'count' as const },
    ...(input.partialOnly ? [] : [{ key: 'total', label: { de: 'Zusammen', en: 'Together' }, unit: 'count' as const }]),
    { key: 'score', label: { de: 'Punktwert der Engpassanalyse', en: 'Shortage analysis score' }, unit: 'score' as const },
  ];
  const occupationRow = (occupation: Occupation, row: number): StatsRow => ({
    key: occupation.key,
    label: occupationLabel(occupation),
    values: {
      ...(input.partialOnly ? {} : { full: value(figures[full(row)]), total: value(figures[rowTotal(row)]) }),
      partial: value(figures[partial(row)]),
      score: { value: occupation.rating?.score ?? null, suppressed: false },
    },
  });
  const best = occupations
    .map((occupation, row) => ({ occupation, partial: figures[partial(row)] }))
    .filter((entry) => entry.occupation.rating?.isShortage === true && entry.partial && !entry.partial.suppressed && (entry.partial.value ?? 0) > 0)
    .sort((a, b) => (b.partial?.value ?? 0) - (a.partial?.value ?? 0))[0];
  const perOccupation: StatsTable = {
    id: 'per-occupation',
    title: { de: 'Anerkennungen je Referenzberuf', en: 'Recognitions per reference occupation' },
    description: {
      de: `Volle und teilweise Anerkennungen je Referenzberuf mit dem Punktwert der Engpassanalyse (0 bis 3, ab 2,0 Engpassberuf; leer: nicht bewertet). ${basis.de}`,
      en: `Full and partial recognitions per reference occupation with the shortage analysis score (0 to 3, a shortage occupation from 2.0; empty: not rated). ${basis.en}`,
    },
    chart: 'none',
    columns: perOccupationColumns,
    rows: occupations.map(occupationRow),
    total:
      rows === 0
        ? null
        : {
            key: 'total',
            label: { de: 'Insgesamt', en: 'Total' },
            values: {
              ...(input.partialOnly ? {} : { full: value(figures[fullTotal]), total: value(figures[grand]) }),
              partial: value(figures[partialTotal]),
              score: { value: null, suppressed: false },
            },
          },
    highlight: best
      ? {
          de: `§ 16d AufenthG: Im Engpassberuf „${best.occupation.name}“ haben ${best.partial?.value ?? 0} Personen eine teilweise Anerkennung – eine Anpassungsqualifizierung kann zur vollen Anerkennung führen.`,
          en: `Section 16d AufenthG: in the shortage occupation "${best.occupation.name}", ${best.partial?.value ?? 0} people have a partial recognition – a qualification measure can lead to full recognition.`,
        }
      : null,
  };
  return [heatmap, perOccupation];
}
