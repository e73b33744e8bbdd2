import { describe, expect, it } from 'vitest';
import { civilFromDay, requireIsoDate } from '../../domain/shared/calendar-date';
import { CreationDays } from './case-seasons';
import { obstacleText } from './obstacle-texts';
import { Random } from './random';

const first = requireIsoDate('2022-12-07');
const last = requireIsoDate('2026-12-07');
const days = new CreationDays(first, last);

/** Days for `count` cases spread as the generator spreads them (stratified fractions). */
const spread = (count: number) => Array.from({ length: count }, (_, index) => days.dayAt((index + 0.5) / count));

describe('when synthetic cases are opened', () => {
  it('stays within the history and keeps creation order', () => {
    const drawn = spread(2_000);
    expect(days.dayAt(0)).toBe(first);
    expect(days.dayAt(1)).toBe(last);
    drawn.slice(1).forEach((day, index) => expect(day).toBeGreaterThanOrEqual(drawn[index]!));
  });

  it('has more first contacts in spring and autumn than in August and around Christmas', () => {
    const byMonth = new Map<number, number>();
    for (const day of spread(10_000)) {
      const { month } = civilFromDay(day);
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    const of = (month: number) => byMonth.get(month) ?? 0;
    expect(Math.min(of(3), of(4), of(10))).toBeGreaterThan(1.8 * of(8));
    expect(of(10)).toBeGreaterThan(1.5 * of(12));
  });

  it('grows: the last year has about twice the cases of the first', () => {
    const drawn = spread(10_000);
    const firstYear = drawn.filter((day) => day < first + 365).length;
    const lastYear = drawn.filter((day) => day > last - 365).length;
    expect(lastYear / firstYear).toBeGreaterThan(1.7);
    expect(lastYear / firstYear).toBeLessThan(2.6);
  });
});

describe('descriptions of synthetic obstacles', () => {
  it('always describes `other`, sometimes another category, the same for the same stream', () => {
    const random = Random.of('texts');
    const texts = Array.from({ length: 200 }, () => obstacleText(random, 'other'));
    expect(texts.every((text) => typeof text === 'string' && text.length > 20)).toBe(true);
    // Some name (fictitious) people: what the clearance of free text has to refuse.
    expect(texts.some((text) => /^(Frau|Herr) /.test(text ?? ''))).toBe(true);
    expect(texts.filter((text) => /^(Frau|Herr) /.test(text ?? '')).length).toBeLessThan(100);
    const notes = Array.from({ length: 200 }, () => obstacleText(random, 'housing'));
    expect(notes.some((text) => text === null)).toBe(true);
    expect(notes.some((text) => text !== null)).toBe(true);
    expect(obstacleText(Random.of('same'), 'other')).toBe(obstacleText(Random.of('same'), 'other'));
  });
});
