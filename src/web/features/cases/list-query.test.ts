import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromSearch, pageCount, searchFromFilters, toListParams } from './list-query';

describe('case list filters in the address bar', () => {
  it('round-trips every filter', () => {
    const filters = { q: 'Sharma', stage: 'recognition' as const, overdue: true, navigator: 'me' as const, sort: 'name' as const, page: 3 };
    const search = searchFromFilters(filters);
    expect(search).toBe('?q=Sharma&stage=recognition&overdue=true&navigator=me&sort=name&page=3');
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual(filters);
  });

  it('leaves the defaults out of the address', () => {
    expect(searchFromFilters(defaultFilters)).toBe('');
    expect(searchFromFilters({ ...defaultFilters, q: '   ' })).toBe('');
  });

  it('falls back to the defaults for unknown or broken values', () => {
    const search = new URLSearchParams('stage=nowhere&navigator=someone&sort=age&page=-2&overdue=yes');
    expect(filtersFromSearch(search)).toEqual(defaultFilters);
    expect(filtersFromSearch(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('sends no name search without a letter or digit, and no defaults', () => {
    expect(toListParams({ ...defaultFilters, q: ' -- ' })).toEqual({ page: 1, pageSize: 25, sort: 'updated', q: undefined, stage: undefined, overdue: undefined, navigator: undefined });
    expect(toListParams({ ...defaultFilters, q: ' Özil ', navigator: 'none' })).toMatchObject({ q: 'Özil', navigator: 'none' });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});
