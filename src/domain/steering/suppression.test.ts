import { describe, expect, it } from 'vitest';
import { minimumCount, protectList, protectTable, type Protected } from './suppression';

/**
 * The disclosure proof: for many random small lists and tables, a reader who sees the published
 * figures and knows the rule (a primarily suppressed count lies in 1…4, a complementary one is 0
 * or at least 5) tries every assignment of the suppressed cells that fits every published total.
 * Each primarily suppressed figure must keep at least two possible values.
 */

/** Mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mostly zeros and small counts, which is where disclosure happens. */
const drawCount = (random: () => number): number => {
  const roll = random();
  if (roll < 0.3) return 0;
  if (roll < 0.75) return 1 + Math.floor(random() * 4);
  return 5 + Math.floor(random() * 6);
};

/** A derived figure: the sum of some cells, with what was published about it. */
type Derived = { cells: number[]; truth: number; published: Protected };

const isPrimary = (value: number) => value >= 1 && value < minimumCount;

/**
 * Is there an assignment of the suppressed cells consistent with everything published in which
 * `target` (a cell index, or a derived figure) differs from its true value?
 */
function hasAlternative(truth: readonly number[], cells: readonly Protected[], derived: readonly Derived[], target: { cell: number } | { derived: number }): boolean {
  const unknown = cells.flatMap((cell, index) => (cell.suppressed ? [index] : []));
  const value = cells.map((cell, index) => (cell.suppressed ? -1 : truth[index]!));
  // A complementary cell is at most any published total it is part of, and never more than all cells together.
  const grand = truth.reduce((sum, count) => sum + count, 0);
  const capOf = (index: number) =>
    Math.min(grand, ...derived.filter((figure) => figure.cells.includes(index) && !figure.published.suppressed).map((figure) => figure.published.value!));
  const domains = unknown.map((index) => {
    if (isPrimary(truth[index]!)) return [1, 2, 3, 4].filter((candidate) => !('cell' in target) || target.cell !== index || candidate !== truth[index]);
    const cap = capOf(index);
    const values = [0];
    for (let candidate = minimumCount; candidate <= cap; candidate += 1) values.push(candidate);
    return values.filter((candidate) => !('cell' in target) || target.cell !== index || candidate !== truth[index]);
  });
  const fits = (figure: Derived, sum: number, complete: boolean, index: number): boolean => {
    if (!figure.published.suppressed) return complete ? sum === figure.published.value : sum <= figure.published.value!;
    const primary = isPrimary(figure.truth);
    if (!complete) return !primary || sum <= minimumCount - 1;
    if ('derived' in target && target.derived === index && sum === figure.truth) return false;
    return primary ? isPrimary(sum) : sum === 0 || sum >= minimumCount;
  };
  const consistent = (): boolean =>
    derived.every((figure, index) => {
      let sum = 0;
      let complete = true;
      for (const cell of figure.cells) {
        if (value[cell]! < 0) complete = false;
        else sum += value[cell]!;
      }
      return fits(figure, sum, complete, index);
    });
  const search = (position: number): boolean => {
    if (position === unknown.length) return consistent();
    for (const candidate of domains[position]!) {
      value[unknown[position]!] = candidate;
      if (consistent() && search(position + 1)) return true;
    }
    value[unknown[position]!] = -1;
    return false;
  };
  return search(0);
}

function assertSafe(truth: readonly number[], cells: readonly Protected[], derived: readonly Derived[], label: string) {
  cells.forEach((cell, index) => {
    expect(cell.suppressed || cell.value === truth[index], label).toBe(true);
    if (isPrimary(truth[index]!)) {
      expect(cell.suppressed, `${label}: cell ${index} published`).toBe(true);
      expect(hasAlternative(truth, cells, derived, { cell: index }), `${label}: cell ${index} (${truth[index]}) can be computed back`).toBe(true);
    }
  });
  derived.forEach((figure, index) => {
    expect(figure.published.suppressed || figure.published.value === figure.truth, label).toBe(true);
    if (isPrimary(figure.truth)) {
      expect(figure.published.suppressed, `${label}: total ${index} published`).toBe(true);
      expect(hasAlternative(truth, cells, derived, { derived: index }), `${label}: total ${index} (${figure.truth}) can be computed back`).toBe(true);
    }
  });
}

describe('disclosure control: no suppressed count can be computed back', () => {
  it('holds for 400 random lists with their total', () => {
    const random = prng(20261208);
    for (let round = 0; round < 400; round += 1) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 7) }, () => drawCount(random));
      const result = protectList(counts);
      const total = counts.reduce((sum, count) => sum + count, 0);
      assertSafe(counts, result.items, [{ cells: counts.map((_, index) => index), truth: total, published: result.total }], `list ${JSON.stringify(counts)}`);
    }
  });

  it('holds for 250 random tables with row, column and grand totals', () => {
    const random = prng(81);
    for (let round = 0; round < 250; round += 1) {
      const rows = 2 + Math.floor(random() * 2);
      const columns = 2 + Math.floor(random() * 3);
      const table = Array.from({ length: rows }, () => Array.from({ length: columns }, () => drawCount(random)));
      const result = protectTable(table);
      const truth = table.flat();
      const cellIndex = (row: number, column: number) => row * columns + column;
      const derived: Derived[] = [
        ...table.map((row, rowIndex) => ({
          cells: row.map((_, column) => cellIndex(rowIndex, column)),
          truth: row.reduce((sum, value) => sum + value, 0),
          published: result.rowTotals[rowIndex]!,
        })),
        ...Array.from({ length: columns }, (_, column) => ({
          cells: table.map((_, row) => cellIndex(row, column)),
          truth: table.reduce((sum, row) => sum + row[column]!, 0),
          published: result.columnTotals[column]!,
        })),
        { cells: truth.map((_, index) => index), truth: truth.reduce((sum, value) => sum + value, 0), published: result.total },
      ];
      assertSafe(truth, result.cells.flat(), derived, `table ${JSON.stringify(table)}`);
    }
  });

  it('publishes what is safe: no suppression without a small count', () => {
    expect(protectList([0, 5, 12]).items.every((item) => !item.suppressed)).toBe(true);
    expect(protectTable([[5, 6], [7, 0]]).cells.flat().every((cell) => !cell.suppressed)).toBe(true);
  });
});
