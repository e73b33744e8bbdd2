import { describe, expect, it } from 'vitest';
import { describeShortageProblem, parseShortageCsv } from './shortage-csv';

const header = 'kldb;occupation;level;score;shortage;year;region';
const good = [
  header,
  '81302;Berufe in der Gesundheits- und Krankenpflege;2;2,6;ja;2025;Rheinland-Pfalz',
  '43414;Berufe in der Softwareentwicklung;4;1.9;nein;2025;Rheinland-Pfalz',
].join('\r\n');

describe('parseShortageCsv', () => {
  it('reads a semicolon file with a BOM, a German decimal comma and CRLF', () => {
    const result = parseShortageCsv(`\uFEFF${good}\r\n`);
    expect(result).toEqual({
      ok: true,
      rows: [
        { kldb: '81302', occupationName: 'Berufe in der Gesundheits- und Krankenpflege', level: 2, score: 2.6, isShortage: true, year: 2025, region: 'Rheinland-Pfalz' },
        { kldb: '43414', occupationName: 'Berufe in der Softwareentwicklung', level: 4, score: 1.9, isShortage: false, year: 2025, region: 'Rheinland-Pfalz' },
      ],
    });
  });

  it('reads a comma file with quoted fields and German headers in another order', () => {
    const text = 'Jahr,KldB,Beruf,Anforderungsniveau,Punktwert,Engpass,Region\n2024,26212,"Bauelektrik, Fachkraft",2,2.40,yes,"Baden-Württemberg"\n';
    const result = parseShortageCsv(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rows[0]).toMatchObject({ kldb: '26212', occupationName: 'Bauelektrik, Fachkraft', score: 2.4, isShortage: true, year: 2024, region: 'Baden-Württemberg' });
  });

  it('names line and column of every bad row and returns no rows', () => {
    const text = [
      header,
      '81302;Pflege;2;2,6;ja;2025;RP',
      '8130;Pflege;2;2,6;ja;2025;RP',
      '81404;Ärzte;3;2,1;ja;2025;RP',
      '43414;Software;4;3,5;ja;2025;RP',
      '26212;Bauelektrik;2;2,6;vielleicht;1999;',
      '81302;Pflege;2;2,0;ja;2025;RP',
    ].join('\n');
    const result = parseShortageCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((item) => `${item.line}:${item.column}`)).toEqual(['3:kldb', '4:level', '5:score', '6:shortage', '6:year', '6:region', '7:kldb']);
    expect(describeShortageProblem(result.problems[2]!, 'de')).toBe('Zeile 5, Spalte score: Der Punktwert 3,5 liegt über 3.');
    expect(describeShortageProblem(result.problems[2]!, 'en')).toBe('Line 5, column score: The score 3,5 is above 3.');
  });

  it('refuses a score with three decimals or letters, and a row with too few columns', () => {
    const result = parseShortageCsv([header, '81302;Pflege;2;2,655;ja;2025;RP', '81302;Pflege;2', '81302;Pflege;2;zwei;ja;2025;RP'].join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((item) => `${item.line}:${item.column}`)).toEqual(['2:score', '3:null', '4:score']);
  });

  it('names a missing header column and an empty file', () => {
    const missing = parseShortageCsv('kldb;occupation;level;score;year;region\n81302;Pflege;2;2,6;2025;RP');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems).toEqual([expect.objectContaining({ line: 1, column: 'shortage' })]);
    const empty = parseShortageCsv('\uFEFF\n');
    expect(empty.ok).toBe(false);
    const headerOnly = parseShortageCsv(`${header}\n`);
    expect(headerOnly.ok).toBe(false);
  });
});
