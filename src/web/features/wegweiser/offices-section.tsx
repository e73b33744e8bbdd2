import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { paths } from '../../routes/paths';
import { ResponsibleCard } from '../network/responsibility-card';
import { shownOrganisations, type PlaceContacts } from '../network/responsibility-contacts';
import { localized } from './format';
import type { Loadable } from './use-wegweiser';

/**
 * "Ihre Ansprechpartner in <Ort>": from the responsibility finder, the responsible
 * Ausländerbehörde (marked, with its legal basis) and the counselling that fits the answers, each
 * with its contacts; a link opens the finder for more services.
 */
export function OfficesSection({ offices }: { offices: Loadable<PlaceContacts> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const place = offices.status === 'ok' ? offices.data.place : null;
  return (
    <section className="result-section" aria-labelledby="offices-title" data-testid="offices" aria-busy={offices.status === 'loading'}>
      <h3 id="offices-title">{place ? t('responsibility.wegweiser.title', { place: place.name }) : t('responsibility.wegweiser.titleNoPlace')}</h3>
      {offices.status === 'none' && <p>{t('wegweiserPlaceFamily.offices.noPlace')}</p>}
      {offices.status === 'loading' && <p>{t('wegweiserPlaceFamily.offices.loading')}</p>}
      {offices.status === 'failed' && <p role="alert">{t('wegweiserPlaceFamily.offices.failed')}</p>}
      {offices.status === 'ok' && place && (
        <>
          <p data-testid="offices-place">
            {t('wegweiserPlaceFamily.offices.intro', { place: place.name, district: localized(place.district, language), land: localized(place.land.name, language) })}
          </p>
          {offices.data.answers.map((answer) => {
            const service = localized(answer.service.name, language);
            const shown = shownOrganisations(answer);
            return (
              <div key={answer.service.id} className="offices-service" data-service={answer.service.id}>
                <h4 className="offices-service__title">{service}</h4>
                {!answer.covered && <p>{t('responsibility.notCovered', { service, place: place.name })}</p>}
                <ul className="responsible-list office-list">
                  {shown.map((organisation) => (
                    <ResponsibleCard key={organisation.id} organisation={organisation} legalRef={answer.service.legalRef} nameLevel={null} showOffer={false} />
                  ))}
                </ul>
              </div>
            );
          })}
          <p className="offices-more">
            <AppLink
              to={`${paths.responsibility}?ort=${place.ags}&leistung=${offices.data.answers[0]?.service.id ?? 'residence_permit'}`}
              label={t('responsibility.wegweiser.more', { place: place.name })}
            />
          </p>
        </>
      )}
    </section>
  );
}
