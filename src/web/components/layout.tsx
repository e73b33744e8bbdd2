import { setCurrentLocation } from '@public-ui/components';
import { KolSkipNav } from '@public-ui/react-v19';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The page frame: skip link, header, main content (`#main`), footer. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPathname = useRef(pathname);

  const focusMain = useCallback(() => {
    mainRef.current?.focus();
  }, []);

  useEffect(() => {
    // Marks the matching KoliBri links with aria-current="page".
    setCurrentLocation(pathname);
    // After a client-side navigation, start reading and tabbing at the new content,
    // as a full page load would; not on the first load, where focus starts at the top
    // (and not when React merely re-runs this effect for the same page).
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    focusMain();
    window.scrollTo(0, 0);
  }, [pathname, focusMain]);

  return (
    <>
      <KolSkipNav
        className="skip-nav"
        _label={t('layout.skipNavLabel')}
        _links={[{ _href: '#main', _label: t('layout.skipLink'), _on: { onClick: focusMain } }]}
      />
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
