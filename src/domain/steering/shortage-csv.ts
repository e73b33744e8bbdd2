/**
 * Reads the Federal Employment Agency's shortage analysis (Engpassanalyse) from CSV: one row per
 * occupation (KldB 2010 Berufsgattung, 5 digits) and qualification level, with the score, whether
 * it is a shortage occupation, the year and the region.
 *
 * The BA scores every occupation on a scale from 0 to 3 (the mean of its indicators' points); from
 * 2.0 it counts as a shortage occupation (Statistik der BA, "Engpassanalyse",
 * https://statistik.arbeitsagentur.de/DE/Navigation/Statistiken/Interaktive-Statistiken/Fachkraeftebedarf/Engpassanalyse-Nav.html).
 * The file states the verdict itself (column `shortage`); the parser does not recompute it.
 *
 * All or nothing: every row is checked, and either all rows come back or every problem does,
 * each naming its line (1 = the header) and column.
 */

export const shortageLevels = [2, 3, 4] as const;
export type ShortageLevel = (typeof shortageLevels)[number];

export const shortageLevelNames: Readonly<Record<ShortageLevel, { de: string; en: string }>> = {
  2: { de: 'Fachkraft', en: 'Skilled worker' },
  3: { de: 'Spezialist/in', en: 'Specialist' },
  4: { de: 'Expert/in', en: 'Expert' },
};

/** The highest score of the BA's scale. */
export const maximumShortageScore = 3;

export const shortageColumns = ['kldb', 'occupation', 'level', 'score', 'shortage', 'year', 'region'] as const;
export type ShortageColumn = (typeof shortageColumns)[number];

export type ShortageRow = {
  kldb: string;
  occupationName: string;
  level: ShortageLevel;
  /** Two decimals at most, 0 to 3. */
  score: number;
  isShortage: boolean;
  year: number;
  region: string;
};

export type ShortageProblem = { line: number; column: ShortageColumn | null; message: { de: string; en: string } };

export type ShortageParseResult = { ok: true; rows: ShortageRow[] } | { ok: false; problems: ShortageProblem[] };

/** Header names the parser understands (German and English, any case). */
const headerAliases: Readonly<Record<ShortageColumn, readonly string[]>> = {
  kldb: ['kldb', 'kldb2010', 'kldb 2010', 'berufsgattung', 'code'],
  occupation: ['occupation', 'occupation name', 'occupation_name', 'beruf', 'berufsbezeichnung', 'bezeichnung'],
  level: ['level', 'anforderungsniveau', 'niveau'],
  score: ['score', 'punktwert', 'punkte', 'wert'],
  shortage: ['shortage', 'engpass', 'engpassberuf', 'is_shortage'],
  year: ['year', 'jahr'],
  region: ['region', 'gebiet'],
};

const yes = ['ja', 'j', 'yes', 'y', 'true', '1', 'x'];
const no = ['nein', 'n', 'no', 'false', '0'];

/** Splits one line into fields: quotes ("…", "" for a quote) may hold the delimiter. */
function splitLine(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** The header's delimiter: a semicolon when the header has one (German Excel), else a comma. */
const delimiterOf = (header: string): string => (header.includes(';') ? ';' : ',');

const problem = (line: number, column: ShortageColumn | null, de: string, en: string): ShortageProblem => ({ line, column, message: { de, en } });

/** A decimal with a point or a German comma, at most two decimals. */
function parseScore(text: string): number | null {
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

function parseRow(fields: Readonly<Record<ShortageColumn, string>>, line: number, problems: ShortageProblem[]): ShortageRow | null {
  const before = problems.length;
  const { kldb, occupation, level: levelText, score: scoreText, shortage, year: yearText, region } = fields;
  if (!/^\d{5}$/.test(kldb)) problems.push(problem(line, 'kldb', `„${kldb}“ ist keine fünfstellige KldB-2010-Berufsgattung.`, `"${kldb}" is not a 5-digit KldB 2010 occupation code.`));
  if (occupation === '') problems.push(problem(line, 'occupation', 'Die Berufsbezeichnung fehlt.', 'The occupation name is missing.'));
  else if (occupation.length > 300) problems.push(problem(line, 'occupation', 'Die Berufsbezeichnung ist länger als 300 Zeichen.', 'The occupation name is longer than 300 characters.'));
  const level = Number(levelText);
  const levelOk = /^[234]$/.test(levelText);
  if (!levelOk) problems.push(problem(line, 'level', `„${levelText}“ ist kein Anforderungsniveau (2 Fachkraft, 3 Spezialist, 4 Experte).`, `"${levelText}" is not a level (2 skilled worker, 3 specialist, 4 expert).`));
  // The fifth digit of a Berufsgattung is its Anforderungsniveau.
  else if (/^\d{5}$/.test(kldb) && kldb[4] !== levelText) {
    problems.push(problem(line, 'level', `Das Anforderungsniveau ${levelText} passt nicht zur KldB ${kldb} (fünfte Stelle ${kldb[4]}).`, `Level ${levelText} does not match KldB ${kldb} (fifth digit ${kldb[4]}).`));
  }
  const score = parseScore(scoreText);
  if (score === null) problems.push(problem(line, 'score', `„${scoreText}“ ist kein Punktwert (Zahl mit höchstens zwei Nachkommastellen, z. B. 2,3).`, `"${scoreText}" is not a score (a number with at most two decimals, e.g. 2.3).`));
  else if (score > maximumShortageScore) problems.push(problem(line, 'score', `Der Punktwert ${scoreText} liegt über 3.`, `The score ${scoreText} is above 3.`));
  const shortageValue = shortage.toLowerCase();
  const isShortage = yes.includes(shortageValue) ? true : no.includes(shortageValue) ? false : null;
  if (isShortage === null) problems.push(problem(line, 'shortage', `„${shortage}“ ist weder ja noch nein.`, `"${shortage}" is neither yes nor no.`));
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2011 || year > 2099) problems.push(problem(line, 'year', `„${yearText}“ ist kein Jahr von 2011 bis 2099.`, `"${yearText}" is not a year from 2011 to 2099.`));
  if (region === '') problems.push(problem(line, 'region', 'Die Region fehlt.', 'The region is missing.'));
  else if (region.length > 100) problems.push(problem(line, 'region', 'Die Region ist länger als 100 Zeichen.', 'The region is longer than 100 characters.'));
  if (problems.length > before || score === null || isShortage === null) return null;
  return { kldb, occupationName: occupation, level: level as ShortageLevel, score, isShortage, year, region };
}

/** Parses the file's text (UTF-8, with or without BOM; `;` or `,`; line ends \n or \r\n). */
export function parseShortageCsv(text: string): ShortageParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const headerLine = lines[0];
  if (headerLine === undefined || headerLine.trim() === '') {
    return { ok: false, problems: [problem(1, null, 'Die Datei ist leer.', 'The file is empty.')] };
  }
  const delimiter = delimiterOf(headerLine);
  const header = (splitLine(headerLine, delimiter) ?? []).map((name) => name.toLowerCase());
  const positions = {} as Record<ShortageColumn, number>;
  const problems: ShortageProblem[] = [];
  for (const column of shortageColumns) {
    const position = header.findIndex((name) => headerAliases[column].includes(name));
    if (position < 0) problems.push(problem(1, column, `Die Spalte „${column}“ fehlt in der Kopfzeile.`, `The header has no column "${column}".`));
    positions[column] = position;
  }
  if (problems.length > 0) return { ok: false, problems };
  const rows: ShortageRow[] = [];
  const seen = new Map<string, number>();
  for (let index = 1; index < lines.length; index += 1) {
    const line = index + 1;
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    const fields = splitLine(raw, delimiter);
    if (fields === null) {
      problems.push(problem(line, null, 'Ein Anführungszeichen wird nicht geschlossen.', 'A quotation mark is not closed.'));
      continue;
    }
    if (fields.length < header.length) {
      problems.push(problem(line, null, `Die Zeile hat ${fields.length} statt ${header.length} Spalten.`, `The line has ${fields.length} instead of ${header.length} columns.`));
      continue;
    }
    const values = Object.fromEntries(shortageColumns.map((column) => [column, fields[positions[column]] ?? ''])) as Record<ShortageColumn, string>;
    const row = parseRow(values, line, problems);
    if (!row) continue;
    const key = `${row.kldb}|${row.region}|${row.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(problem(line, 'kldb', `Die KldB ${row.kldb} steht für ${row.region} ${row.year} schon in Zeile ${earlier}.`, `KldB ${row.kldb} for ${row.region} ${row.year} is already in line ${earlier}.`));
      continue;
    }
    seen.set(key, line);
    rows.push(row);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [problem(2, null, 'Die Datei enthält keine Zeilen unter der Kopfzeile.', 'The file has no rows below the header.')] };
  return { ok: true, rows };
}

/** "Zeile 7, Spalte score: …" — one problem in words. */
export function describeShortageProblem(item: { line: number; column: string | null; message: { de: string; en: string } }, language: 'de' | 'en'): string {
  const where = language === 'de' ? `Zeile ${item.line}${item.column ? `, Spalte ${item.column}` : ''}` : `Line ${item.line}${item.column ? `, column ${item.column}` : ''}`;
  return `${where}: ${item.message[language]}`;
}
