import { KolHeading } from '@public-ui/react-v19';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrganisationProfile } from '../../../contract/directory';
import { fetchOrganisationProfile } from '../../api/directory';
import { AppLink } from '../../components/app-link';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { useSession } from '../../session/session-context';
import '../../styles/network-directory.css';
import { inLanguage, languageList, weekdayName } from './directory-format';
import { OrganisationServices } from './organisation-services';
import { OrganisationStaffSection } from './organisation-staff';
import { isInRegion, RegionMap } from './region-map';

/** `/netzwerk/organisationen/:id`: one organisation with its contacts, areas and services; staff see more. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useSession();
  // Signing in or out changes what the page shows (staff see the internal contact and figures).
  const sessionKey = session.status === 'signed-in' ? session.me.user.id : session.status;
  const { loaded } = useLoad(() => fetchOrganisationProfile(id), `organisation:${id}:${sessionKey}`);
  usePageTitle(loaded.status === 'ready' ? loaded.data.name : t('network.organisation.title'));
  return (
    <div className="page network-organisation">
      <p className="network-back">
        <AppLink to={paths.network} label={t('network.organisation.back')} />
      </p>
      {loaded.status !== 'ready' && <KolHeading _level={1} _label={t('network.organisation.title')} />}
      <LoadState loaded={loaded} missing={t('network.organisation.notFound')} failed={t('network.organisation.failed')} testId="organisation-not-found">
        {(organisation) => <OrganisationView organisation={organisation} />}
      </LoadState>
    </div>
  );
}

function OrganisationView({ organisation }: { organisation: OrganisationProfile }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const position = organisation.position;
  const markers = useMemo(() => (position && isInRegion(position) ? [position] : []), [position]);
  const address = organisation.address;
  const place = address ? [address.postcode, address.locality].filter(Boolean).join(' ') : '';

  return (
    <article className="organisation" data-testid="organisation" aria-labelledby="organisation-title">
      <h1 id="organisation-title" className="organisation__title">
        {organisation.name}
      </h1>
      <p className="organisation__kind">
        {inLanguage(organisation.kindName, language)} · {inLanguage(organisation.land.name, language)}
        {organisation.isNationwide ? ` · ${t('network.nationwide')}` : ''}
      </p>
      {organisation.description && <p className="organisation__description">{inLanguage(organisation.description, language)}</p>}

      <div className="organisation__columns">
        <section className="organisation__section" aria-labelledby="organisation-contact" data-testid="organisation-contact">
          <h2 id="organisation-contact">{t('network.organisation.contact')}</h2>
          <dl className="organisation__facts">
            {(address?.street || place) && (
              <div>
                <dt>{t('network.contact.address')}</dt>
                <dd>{[address?.street, place].filter(Boolean).join(', ')}</dd>
              </div>
            )}
            {organisation.email && (
              <div>
                <dt>{t('network.contact.email')}</dt>
                <dd>
                  <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
                </dd>
              </div>
            )}
            {organisation.phone && (
              <div>
                <dt>{t('network.contact.phone')}</dt>
                <dd>
                  <a href={`tel:${organisation.phone.replace(/[^\d+]/g, '')}`}>{organisation.phone}</a>
                </dd>
              </div>
            )}
            {organisation.website && (
              <div>
                <dt>{t('network.contact.website')}</dt>
                <dd>
                  <ChannelValue kind="website" value={organisation.website} />
                </dd>
              </div>
            )}
            {organisation.languages.length > 0 && (
              <div>
                <dt>{t('network.organisation.languages')}</dt>
                <dd>{languageList(organisation.languages, language)}</dd>
              </div>
            )}
          </dl>
          {organisation.contactChannels.length > 0 && (
            <>
              <h3>{t('network.organisation.channels')}</h3>
              <ul className="organisation__channels">
                {organisation.contactChannels.map((channel) => (
                  <li key={`${channel.kind}:${channel.value}`}>
                    <strong>{t(`network.contact.kinds.${channel.kind}`)}:</strong> <ChannelValue kind={channel.kind} value={channel.value} />
                    {channel.note && ` – ${inLanguage(channel.note, language)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {organisation.openingHours.length > 0 && (
            <>
              <h3>{t('network.organisation.openingHours')}</h3>
              <ul className="organisation__hours" data-testid="opening-hours">
                {organisation.openingHours.map((hours) => (
                  <li key={`${hours.weekday}:${hours.opens}`}>
                    {t('network.organisation.hoursLine', { day: weekdayName(hours.weekday, language), opens: hours.opens, closes: hours.closes })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section className="organisation__section" aria-labelledby="organisation-area">
          <h2 id="organisation-area">{t('network.organisation.area')}</h2>
          {organisation.isNationwide ? (
            <p>{t('network.organisation.nationwideArea')}</p>
          ) : organisation.areas.length > 0 ? (
            <ul className="organisation__areas" data-testid="organisation-areas">
              {organisation.areas.map((area) => (
                <li key={area.ags}>
                  {inLanguage(area.name, language)}
                  <span className="organisation__area-level"> ({t(`network.areaLevels.${area.level}`)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('network.organisation.noArea')}</p>
          )}
          {markers.length > 0 ? (
            <RegionMap testId="organisation-map" isSmall label={t('network.map.organisationLabel', { name: organisation.name, place })} markers={markers} />
          ) : (
            position && <p data-testid="organisation-outside">{t('network.map.organisationOutside', { place })}</p>
          )}
        </section>
      </div>

      <OrganisationServices services={organisation.services} />
      {organisation.staff && <OrganisationStaffSection staff={organisation.staff} />}
    </article>
  );
}

function ChannelValue({ kind, value }: { kind: OrganisationProfile['contactChannels'][number]['kind']; value: string }) {
  if (kind === 'email') return <a href={`mailto:${value}`}>{value}</a>;
  if (kind === 'phone') return <a href={`tel:${value.replace(/[^\d+]/g, '')}`}>{value}</a>;
  // Only web addresses become links (never a `javascript:` or other scheme).
  if (kind === 'website' && /^https?:\/\//.test(value))
    return (
      <a href={value} rel="noopener noreferrer">
        {value}
      </a>
    );
  return <>{value}</>;
}
