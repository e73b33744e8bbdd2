import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';

type PaginationProps = {
  page: number;
  pages: number;
  /** The in-app address of a page. */
  hrefOf(page: number): string;
  /** Called before moving to another page (e.g. to move focus to the results afterwards). */
  onNavigate?: () => void;
  testId?: string;
  /** `pages` is a lower bound: there are more pages after it. */
  hasMore?: boolean;
};

/**
 * "Page x of y" with links to the previous and next page: real links, so each page has an
 * address; the links that lead nowhere are left out rather than shown disabled.
 */
export function Pagination({ page, pages, hrefOf, onNavigate, testId, hasMore = false }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1 && page <= 1 && !hasMore) return null;
  return (
    <nav className="pagination" aria-label={t('cases.pagination.label')} data-testid={testId}>
      {page > 1 && <AppLink to={hrefOf(Math.min(page - 1, pages))} label={t('cases.pagination.previous')} onNavigate={onNavigate} />}
      <span className="pagination__position">{t(hasMore ? 'cases.pagination.pageOfMore' : 'cases.pagination.page', { page, pages })}</span>
      {(page < pages || hasMore) && <AppLink to={hrefOf(page + 1)} label={t('cases.pagination.next')} onNavigate={onNavigate} />}
    </nav>
  );
}
