import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<page> – Lotse" while the page is shown. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${suffix}` : suffix;
  }, [pageTitle, suffix]);
}
