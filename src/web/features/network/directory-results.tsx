import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryResponse } from '../../../contract/directory';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { inLanguage, languageList, organisationPath } from './directory-format';
import { isInRegion, RegionMap, type MapMarker } from './region-map';

type Results = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; response: DirectoryResponse };

/** The found organisations as cards (one column on a phone) and on the region map. */
export function DirectoryResults({ results }: { results: Results }) {
  const { t } = useTranslation();
  const items = results.status === 'ready' ? results.response.items : [];
  const markers = useMemo(
    () => items.flatMap((item): MapMarker[] => (item.position && isInRegion(item.position) ? [item.position] : [])),
    [items],
  );

  return (
    <section className="network-directory__results" aria-labelledby="directory-results-title">
      <h2 id="directory-results-title" className="network-directory__results-title">
        {t('network.directory.results')}
      </h2>
      <p role="status" className="network-directory__count" data-testid="directory-count">
        {results.status === 'ready' ? t('network.directory.found', { count: items.length }) : results.status === 'loading' ? t('network.directory.searching') : ''}
      </p>
      {results.status === 'loading' && <Loading />}
      {results.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('network.directory.failed')}
        </KolAlert>
      )}
      {results.status === 'ready' && items.length === 0 && <p data-testid="directory-none">{t('network.directory.none')}</p>}
      {items.length > 0 && (
        <ul className="directory-cards">
          {items.map((item) => (
            <li key={item.id} className="directory-cards__item">
              <DirectoryCard item={item} />
            </li>
          ))}
        </ul>
      )}
      {results.status === 'ready' && (
        <div className="network-directory__map">
          <KolHeading _level={2} _label={t('network.map.title')} />
          <RegionMap
            testId="directory-map"
            label={t('network.map.directoryLabel', { count: markers.length })}
            markers={markers}
          />
          {markers.length < items.length && <p className="network-directory__outside">{t('network.map.outside', { count: items.length - markers.length })}</p>}
        </div>
      )}
    </section>
  );
}

function DirectoryCard({ item }: { item: DirectoryEntry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const place = [item.postcode, item.locality].filter(Boolean).join(' ');
  return (
    <article className="directory-card" data-testid="directory-card" data-slug={item.slug} aria-labelledby={`directory-card-${item.id}`}>
      <h3 id={`directory-card-${item.id}`} className="directory-card__name">
        <AppLink to={organisationPath(item.id)} label={item.name} />
      </h3>
      <p className="directory-card__kind">
        {inLanguage(item.kindName, language)}
        {item.isNationwide ? ` · ${t('network.nationwide')}` : ''}
      </p>
      <dl className="directory-card__facts">
        {place && (
          <div>
            <dt>{t('network.directory.card.place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
        {item.services.length > 0 && (
          <div>
            <dt>{t('network.directory.card.services')}</dt>
            <dd>{item.services.map((service) => inLanguage(service.name, language)).join(', ')}</dd>
          </div>
        )}
        {item.languages.length > 0 && (
          <div>
            <dt>{t('network.directory.card.languages')}</dt>
            <dd>{languageList(item.languages, language)}</dd>
          </div>
        )}
        {item.email && (
          <div>
            <dt>{t('network.contact.email')}</dt>
            <dd>
              <a href={`mailto:${item.email}`}>{item.email}</a>
            </dd>
          </div>
        )}
        {item.phone && (
          <div>
            <dt>{t('network.contact.phone')}</dt>
            <dd>
              <a href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>{item.phone}</a>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
