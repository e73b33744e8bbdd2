/**
 * Builds the generic steering tables with disclosure control: every count column is protected
 * as a list with its total (domain protectList), a cross table with its margins (protectTable);
 * medians and percentiles are published only over groups of at least 5.
 */
import type { StatsColumn, StatsRow, StatsTable, StatsUnit, StatsValue } from '../../../contract/steering';
import { minimumCount, protectList, protectTable } from '../../../domain/steering/index';
import { totalLabel, type Bilingual } from './labels';

export const col = (key: string, de: string, en: string, unit: StatsUnit): StatsColumn => ({ key, label: { de, en }, unit });

export const shown = (value: number | null): StatsValue => ({ value, suppressed: false });
/** A median or percentile over `count` values: published only when the group has at least 5. */
export const figure = (value: number | null | undefined, count: number, digits = 1): StatsValue =>
  shown(count >= minimumCount && value !== null && value !== undefined ? round(Number(value), digits) : null);
/** A share (0…1) of a group: published only over at least 5. */
export const share = (part: number, whole: number): StatsValue => shown(whole >= minimumCount ? round(part / whole, 3) : null);

export const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

type Head = Pick<StatsTable, 'id' | 'title' | 'description' | 'chart' | 'columns'> & { highlight?: Bilingual | null };

/** One row of input: its counts (protected per column) and other figures (already decided). */
export type ListRow = { key: string; label: Bilingual; counts: Record<string, number>; figures?: Record<string, StatsValue> };

/**
 * A table whose count columns are lists with a total each. A table without any counted thing
 * has no rows (the web says "no data for this period").
 */
export function listTable(head: Head, input: readonly ListRow[], totalFigures: Record<string, StatsValue> = {}): StatsTable {
  const countKeys = head.columns.filter((column) => column.unit === 'count').map((column) => column.key);
  const table: StatsTable = { ...head, highlight: head.highlight ?? null, rows: [], total: null };
  const anything = input.some((row) => countKeys.some((key) => (row.counts[key] ?? 0) > 0));
  if (!anything) return table;
  const rows: StatsRow[] = input.map((row) => ({ key: row.key, label: row.label, values: { ...row.figures } }));
  const total: StatsRow = { key: 'total', label: totalLabel, values: { ...totalFigures } };
  for (const key of countKeys) {
    const protectedList = protectList(input.map((row) => row.counts[key] ?? 0));
    protectedList.items.forEach((value, index) => (rows[index]!.values[key] = value));
    total.values[key] = protectedList.total;
  }
  for (const row of [...rows, total]) for (const column of head.columns) row.values[column.key] ??= shown(null);
  return { ...table, rows, total };
}

/** A cross table (rows × columns of counts) with a row-total column `total` and a total row. */
export function crossTable(
  head: Omit<Head, 'columns'>,
  rowHeads: readonly { key: string; label: Bilingual }[],
  columnHeads: readonly { key: string; label: Bilingual }[],
  cells: readonly (readonly number[])[],
): StatsTable {
  const columns = [...columnHeads.map((column) => ({ key: column.key, label: column.label, unit: 'count' as const })), { key: 'total', label: totalLabel, unit: 'count' as const }];
  const table: StatsTable = { ...head, columns, highlight: head.highlight ?? null, rows: [], total: null };
  if (!cells.some((row) => row.some((value) => value > 0))) return table;
  const result = protectTable(cells);
  const rows = rowHeads.map((row, rowIndex) => ({
    key: row.key,
    label: row.label,
    values: Object.fromEntries([...columnHeads.map((column, columnIndex) => [column.key, result.cells[rowIndex]![columnIndex]!] as const), ['total', result.rowTotals[rowIndex]!] as const]),
  }));
  const total = {
    key: 'total',
    label: totalLabel,
    values: Object.fromEntries([...columnHeads.map((column, columnIndex) => [column.key, result.columnTotals[columnIndex]!] as const), ['total', result.total] as const]),
  };
  return { ...table, rows, total };
}

/** A number for sentences: German or English style, one decimal at most. */
export const spoken = (value: number, language: 'de' | 'en'): string =>
  new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
