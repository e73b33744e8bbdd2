import { useTranslation } from 'react-i18next';
import type { PlaceOffices } from '../../../contract/places';
import { localized } from './format';
import type { Loadable } from './use-wegweiser';

/** "Zuständige Stellen": the offices responsible for the place chosen (name, kind in words, e-mail). */
export function OfficesSection({ offices }: { offices: Loadable<PlaceOffices> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="result-section" aria-labelledby="offices-title" data-testid="offices" aria-busy={offices.status === 'loading'}>
      <h3 id="offices-title">{t('wegweiserPlaceFamily.offices.title')}</h3>
      {offices.status === 'none' && <p>{t('wegweiserPlaceFamily.offices.noPlace')}</p>}
      {offices.status === 'loading' && <p>{t('wegweiserPlaceFamily.offices.loading')}</p>}
      {offices.status === 'failed' && <p role="alert">{t('wegweiserPlaceFamily.offices.failed')}</p>}
      {offices.status === 'ok' &&
        (() => {
          const { place, offices: list } = offices.data;
          if (list.length === 0) return <p>{t('wegweiserPlaceFamily.offices.none', { place: place.name })}</p>;
          return (
            <>
              <p data-testid="offices-place">
                {t('wegweiserPlaceFamily.offices.intro', { place: place.name, district: localized(place.district, language), land: localized(place.land.name, language) })}
              </p>
              <ul className="office-list">
                {list.map((office) => (
                  <li key={office.id} className="office" data-kind={office.kind}>
                    <span className="office__kind">
                      {localized(office.kindName, language)}
                      {office.isNationwide && ` (${t('wegweiserPlaceFamily.offices.nationwide')})`}
                    </span>
                    <strong className="office__name">{office.name}</strong>
                    {office.email && (
                      <span className="office__contact">
                        {t('wegweiserPlaceFamily.offices.email')}: <a href={`mailto:${office.email}`}>{office.email}</a>
                      </span>
                    )}
                    {office.website && (
                      <span className="office__contact">
                        {t('wegweiserPlaceFamily.offices.website')}: <a href={office.website}>{office.website}</a>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        })()}
    </section>
  );
}
