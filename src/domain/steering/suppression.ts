/**
 * Statistical disclosure control for the steering figures: no published count may single out a
 * person. Counts from 1 to 4 are suppressed (primary suppression); then every published total
 * is checked against its parts, and further counts are suppressed until no suppressed count can
 * be computed back — exactly — from the published ones (complementary suppression).
 *
 * The model is a list of figures (cells and totals alike) and equations "total = sum of parts".
 * What a reader knows of a suppressed figure: a primary one lies in 1…4, a complementary one is
 * 0 or at least 5 (otherwise it would have been primary). A primary figure is safe in an
 * equation when at least two of its four values remain possible with the published figures of
 * that equation. Equations are checked one by one until nothing changes; the complement chosen
 * is the smallest non-zero published part (least information lost), or — when an equation has
 * none left — its total.
 */

export const minimumCount = 5;

export type Protected = { value: number | null; suppressed: boolean };

/** `total` = sum of `parts`, all indices into the list of figures. */
export type Equation = { total: number; parts: readonly number[] };

type Interval = readonly [number, number];

const isPrimary = (value: number) => value >= 1 && value < minimumCount;

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** All sums of one value from each domain (each domain a union of intervals), as a union of intervals. */
function sumOfDomains(domains: readonly Interval[][]): Interval[] {
  let sums: Interval[] = [[0, 0]];
  for (const domain of domains) {
    const next: Interval[] = [];
    for (const [a, b] of sums) for (const [c, d] of domain) next.push([a + c, b + d]);
    sums = mergeIntervals(next);
  }
  return sums;
}

const contains = (intervals: readonly Interval[], value: number) => intervals.some(([from, to]) => value >= from && value <= to);

/** What a reader can know of a suppressed figure, capped at `cap` (the most it can be). */
function domainOf(value: number, cap: number): Interval[] {
  if (isPrimary(value)) return [[1, Math.min(minimumCount - 1, Math.max(1, cap))]];
  return cap >= minimumCount ? [[0, 0], [minimumCount, cap]] : [[0, 0]];
}

/**
 * How many values a primary figure may still have in one equation, given which figures are
 * suppressed. Unknown parts and an unknown total are solved together: parts − total = known.
 */
export function possibleValues(values: readonly number[], suppressed: readonly boolean[], equation: Equation, index: number): number {
  const totalKnown = !suppressed[equation.total];
  const cap = totalKnown ? (values[equation.total] ?? 0) : equation.parts.reduce((sum, part) => sum + (values[part] ?? 0), 0) + minimumCount * 4;
  const knownParts = equation.parts.filter((part) => !suppressed[part]).reduce((sum, part) => sum + (values[part] ?? 0), 0);
  const unknownParts = equation.parts.filter((part) => suppressed[part]);
  const candidates = [1, 2, 3, 4];
  let count = 0;
  for (const candidate of candidates) {
    if (index === equation.total) {
      // The total is suppressed: it is possible if the parts can sum to it.
      if (candidate < knownParts) continue;
      const sums = sumOfDomains(unknownParts.map((part) => domainOf(values[part] ?? 0, cap)));
      if (contains(sums, candidate - knownParts)) count += 1;
      continue;
    }
    const others = unknownParts.filter((part) => part !== index).map((part) => domainOf(values[part] ?? 0, cap));
    if (totalKnown) {
      const rest = (values[equation.total] ?? 0) - knownParts - candidate;
      if (rest >= 0 && contains(sumOfDomains(others), rest)) count += 1;
    } else {
      // Total unknown as well: any total its domain allows, so the parts are free within their domains.
      count += 1;
    }
  }
  return count;
}

type Domain = Interval[];

const intersect = (a: readonly Interval[], b: readonly Interval[]): Domain => {
  const result: [number, number][] = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) if (Math.max(a0, b0) <= Math.min(a1, b1)) result.push([Math.max(a0, b0), Math.min(a1, b1)]);
  return mergeIntervals(result);
};
const subtract = (a: readonly Interval[], b: readonly Interval[]): Domain => mergeIntervals(a.flatMap(([a0, a1]) => b.map(([b0, b1]) => [a0 - b1, a1 - b0] as Interval)));
const size = (domain: readonly Interval[]) => domain.reduce((sum, [from, to]) => sum + (to - from + 1), 0);
const sameDomain = (a: readonly Interval[], b: readonly Interval[]) => a.length === b.length && a.every(([from, to], index) => b[index]?.[0] === from && b[index]?.[1] === to);

/**
 * Narrows what a reader can know of every suppressed figure through every equation, again and
 * again, until nothing changes; null when the domains admit no solution.
 */
function propagate(start: readonly Domain[], suppressed: readonly boolean[], equations: readonly Equation[]): Domain[] | null {
  const domains = [...start];
  for (let round = 0; round < 4 * domains.length + 8; round += 1) {
    let changed = false;
    for (const equation of equations) {
      for (const member of [equation.total, ...equation.parts]) {
        if (!suppressed[member]) continue;
        const current = domains[member]!;
        const allowed =
          member === equation.total
            ? sumOfDomains(equation.parts.map((part) => domains[part]!))
            : subtract(domains[equation.total]!, sumOfDomains(equation.parts.filter((part) => part !== member).map((part) => domains[part]!)));
        const next = intersect(current, allowed);
        if (next.length === 0) return null;
        if (!sameDomain(next, current)) {
          domains[member] = next;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  // Published figures are checked too: an equation of published figures only must hold.
  for (const equation of equations) {
    const total = domains[equation.total]!;
    if (!intersect(total, sumOfDomains(equation.parts.map((part) => domains[part]!))).length) return null;
  }
  return domains;
}

/** The values to try for a figure: its true value first (the real data is a solution), then the others nearby. */
function candidatesOf(domain: readonly Interval[], truth: number): number[] {
  const values: number[] = [];
  if (contains(domain, truth)) values.push(truth);
  for (const [from, to] of domain) {
    for (let value = from; value <= to && values.length < 12; value += 1) if (value !== truth) values.push(value);
  }
  return values;
}

/**
 * Whether some assignment of the suppressed figures fits every equation and the rule while
 * `figure` takes `value`: a depth-first search with propagation. Running out of budget counts
 * as "no" (the caller then suppresses more, which is the safe side).
 */
function hasSolution(values: readonly number[], suppressed: readonly boolean[], equations: readonly Equation[], figure: number, value: number): boolean {
  const cap = Math.max(minimumCount, ...values);
  const initial: Domain[] = values.map((truth, index) => (index === figure ? [[value, value]] : suppressed[index] ? domainOf(truth, cap) : [[truth, truth]]));
  let budget = 400;
  const search = (domains: Domain[]): boolean => {
    budget -= 1;
    if (budget < 0) return false;
    const narrowed = propagate(domains, suppressed, equations);
    if (!narrowed) return false;
    let open = -1;
    for (let index = 0; index < narrowed.length; index += 1) {
      if (suppressed[index] && size(narrowed[index]!) > 1 && (open < 0 || size(narrowed[index]!) < size(narrowed[open]!))) open = index;
    }
    if (open < 0) return true;
    for (const candidate of candidatesOf(narrowed[open]!, values[open] ?? 0)) {
      const next = [...narrowed];
      next[open] = [[candidate, candidate]];
      if (search(next)) return true;
      if (budget < 0) return false;
    }
    return false;
  };
  return search(initial);
}

/** A primary figure is safe when at least one value other than its true one fits everything published. */
const isSafe = (values: readonly number[], suppressed: readonly boolean[], equations: readonly Equation[], figure: number): boolean =>
  [1, 2, 3, 4].some((candidate) => candidate !== values[figure] && hasSolution(values, suppressed, equations, figure, candidate));

/** The published figure to suppress next so that `pinned` gets room: nearest in the equations first, the smallest non-zero part, else a total. */
function nextComplement(values: readonly number[], suppressed: readonly boolean[], equations: readonly Equation[], pinned: number): number | undefined {
  const seen = new Set<number>([pinned]);
  let frontier = [pinned];
  while (frontier.length > 0) {
    const around = equations.filter((equation) => frontier.some((index) => equation.total === index || equation.parts.includes(index)));
    const parts = around.flatMap((equation) => equation.parts).filter((index) => !suppressed[index] && (values[index] ?? 0) > 0);
    const totals = around.map((equation) => equation.total).filter((index) => !suppressed[index] && (values[index] ?? 0) > 0);
    const pick = (candidates: number[]) => [...new Set(candidates)].sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b)[0];
    const chosen = pick(parts) ?? pick(totals);
    if (chosen !== undefined) return chosen;
    const next = around.flatMap((equation) => [equation.total, ...equation.parts]).filter((index) => suppressed[index] && !seen.has(index));
    next.forEach((index) => seen.add(index));
    frontier = next;
  }
  return undefined;
}

/**
 * Suppresses figures so that none from 1 to 4 is published or can be computed back exactly
 * through the equations, alone or in combination. Returns the figures in the same order.
 */
export function protectFigures(values: readonly number[], equations: readonly Equation[]): Protected[] {
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`protectFigures: ${value} is not a count`);
  }
  const suppressed = values.map(isPrimary);
  const involved = new Set(equations.flatMap((equation) => [equation.total, ...equation.parts]));
  // Suppressing more only widens what a reader must consider (every earlier solution still fits),
  // so a figure found safe stays safe and is not searched again.
  const safe = new Set<number>();
  for (let round = 0; round <= values.length; round += 1) {
    let pinned = -1;
    for (let index = 0; index < values.length && pinned < 0; index += 1) {
      if (!isPrimary(values[index] ?? 0) || !involved.has(index) || safe.has(index)) continue;
      if (isSafe(values, suppressed, equations, index)) safe.add(index);
      else pinned = index;
    }
    if (pinned < 0) break;
    const next = nextComplement(values, suppressed, equations, pinned);
    if (next === undefined) break;
    suppressed[next] = true;
  }
  return values.map((value, index) => (suppressed[index] ? { value: null, suppressed: true } : { value, suppressed: false }));
}

/** A list of counts and their published total (e.g. open cases per stage). */
export function protectList(counts: readonly number[]): { items: Protected[]; total: Protected } {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const figures = protectFigures([...counts, total], [{ total: counts.length, parts: counts.map((_, index) => index) }]);
  return { items: figures.slice(0, counts.length), total: figures[counts.length] ?? { value: null, suppressed: true } };
}

/** A table of counts (rows × columns) with row totals, column totals and the grand total. */
export function protectTable(cells: readonly (readonly number[])[]): {
  cells: Protected[][];
  rowTotals: Protected[];
  columnTotals: Protected[];
  total: Protected;
} {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const values: number[] = [];
  const cellIndex = (row: number, column: number) => row * columns + column;
  for (const row of cells) {
    if (row.length !== columns) throw new Error('protectTable: rows of different length');
    values.push(...row);
  }
  const rowTotalIndex = (row: number) => rows * columns + row;
  const columnTotalIndex = (column: number) => rows * columns + rows + column;
  const grandIndex = rows * columns + rows + columns;
  for (let row = 0; row < rows; row += 1) values.push(cells[row]!.reduce((sum, value) => sum + value, 0));
  for (let column = 0; column < columns; column += 1) values.push(cells.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  values.push(values.slice(0, rows * columns).reduce((sum, value) => sum + value, 0));
  const equations: Equation[] = [];
  for (let row = 0; row < rows; row += 1) equations.push({ total: rowTotalIndex(row), parts: Array.from({ length: columns }, (_, column) => cellIndex(row, column)) });
  for (let column = 0; column < columns; column += 1) equations.push({ total: columnTotalIndex(column), parts: Array.from({ length: rows }, (_, row) => cellIndex(row, column)) });
  equations.push({ total: grandIndex, parts: Array.from({ length: rows }, (_, row) => rowTotalIndex(row)) });
  equations.push({ total: grandIndex, parts: Array.from({ length: columns }, (_, column) => columnTotalIndex(column)) });
  const figures = protectFigures(values, equations);
  return {
    cells: Array.from({ length: rows }, (_, row) => figures.slice(row * columns, (row + 1) * columns)),
    rowTotals: figures.slice(rows * columns, rows * columns + rows),
    columnTotals: figures.slice(rows * columns + rows, rows * columns + rows + columns),
    total: figures[grandIndex] ?? { value: null, suppressed: true },
  };
}

/** A median or percentile is published only over at least `minimumCount` values. */
export function percentile(values: readonly number[], share: number): number | null {
  if (values.length < minimumCount) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank method: the smallest value with at least `share` of the values at or below it.
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? null;
}
