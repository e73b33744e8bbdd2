import type { HsdsPage } from '../../contract/hsds';

/** The rows to skip and take for page `page` (from 1) of `perPage`. */
export const pageWindow = (page: number, perPage: number) => ({ limit: perPage, offset: (page - 1) * perPage });

/** An HSDS page; a page after the last is empty, not an error. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
