import { useTranslation } from 'react-i18next';
import type { OrganisationService } from '../../../contract/directory';
import { inLanguage, languageList, longDate } from './directory-format';

/** The services of an organisation: what, for whom, how to reach it, languages, where, and whether it takes referrals. */
export function OrganisationServices({ services }: { services: OrganisationService[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="organisation__section organisation__services" aria-labelledby="organisation-services">
      <h2 id="organisation-services">{t('network.organisation.services')}</h2>
      {services.length === 0 ? (
        <p>{t('network.organisation.noServices')}</p>
      ) : (
        <ul className="service-list">
          {services.map((service) => (
            <li key={service.id} className="service-list__item" data-testid="organisation-service" data-service={service.id}>
              <h3 className="service-list__name">{inLanguage(service.name, language)}</h3>
              <p>{inLanguage(service.description, language)}</p>
              <dl className="organisation__facts">
                {service.eligibility && (
                  <div>
                    <dt>{t('network.service.eligibility')}</dt>
                    <dd>{inLanguage(service.eligibility, language)}</dd>
                  </div>
                )}
                {service.howToReach && (
                  <div>
                    <dt>{t('network.service.howToReach')}</dt>
                    <dd>{inLanguage(service.howToReach, language)}</dd>
                  </div>
                )}
                {service.languages.length > 0 && (
                  <div>
                    <dt>{t('network.service.languages')}</dt>
                    <dd>{languageList(service.languages, language)}</dd>
                  </div>
                )}
                {service.areas && service.areas.length > 0 && (
                  <div>
                    <dt>{t('network.service.areas')}</dt>
                    <dd>{service.areas.map((area) => inLanguage(area.name, language)).join(', ')}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('network.service.capacity')}</dt>
                  <dd className={`capacity capacity--${service.capacity}`} data-testid="service-capacity">
                    {service.capacityUpdatedOn
                      ? t('network.service.capacityOn', { state: inLanguage(service.capacityName, language), date: longDate(service.capacityUpdatedOn, language) })
                      : inLanguage(service.capacityName, language)}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
