import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { steeringTabs } from './steering-views';

/**
 * The views of the steering area as a row of links (not ARIA tabs: each is a page with its own
 * address). The current one carries `aria-current="page"`; the selection travels along.
 */
export function SteeringTabs({ current, search }: { current: string; search: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const follow = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(to);
  };
  return (
    <nav className="steering__tabs" aria-label={t('steering.tabsLabel')} data-testid="steering-tabs">
      <ul className="steering__tab-list">
        {steeringTabs.map((tab) => {
          const isCurrent = (tab.slug ?? tab.path) === current;
          // The dashboard views share the selection; the other pages have their own.
          const to = tab.slug && search ? `${tab.path}?${search}` : tab.path;
          return (
            <li key={tab.path} className="steering__tab">
              <a href={to} className={isCurrent ? 'steering__tab-link steering__tab-link--current' : 'steering__tab-link'} aria-current={isCurrent ? 'page' : undefined} onClick={follow(to)}>
                {t(`steering.views.${tab.labelKey}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
