import { useTranslation } from 'react-i18next';
import type { ResponsibleOrganisation } from '../../../contract/network';
import { languagesInWords, longDate, websiteText } from './responsibility-format';

const localized = (text: { de: string; en: string }, language: string): string => (language === 'de' ? text.de : text.en);

type Props = {
  organisation: ResponsibleOrganisation;
  /** The service's legal basis (statutory services), said in words beside the badge. */
  legalRef: string | null;
  /** The name as a heading of this level (pages), or as strong text (inside a section). */
  nameLevel?: 3 | 4 | null;
  /** Show who it is for, languages and capacity (false: contacts and how to reach it only). */
  showOffer?: boolean;
};

/**
 * One organisation of a responsibility answer: "zuständige Behörde" with its legal basis for the
 * statutory authority, then kind and name, contacts (e-mail, phone, website, address), and the
 * offer itself (how to reach it, who it is for, languages and capacity in words with its date).
 */
export function ResponsibleCard({ organisation, legalRef, nameLevel = 4, showOffer = true }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const offer = organisation.offer;
  const languages = offer && offer.languages.length > 0 ? offer.languages : organisation.languages;
  const Name = nameLevel === 3 ? 'h3' : nameLevel === 4 ? 'h4' : 'strong';
  const address = organisation.address;
  const addressText = address ? [address.street, [address.postcode, address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  return (
    <li className={`responsible${organisation.statutory ? ' responsible--statutory' : ''}`} data-kind={organisation.kind} data-statutory={organisation.statutory} data-testid="responsible-organisation">
      {organisation.statutory && (
        <p className="responsible__badge" data-testid="responsible-badge">
          <span className="responsible__badge-label">{t('responsibility.responsibleBadge')}</span>
          {legalRef && <span className="responsible__legal"> · {t('responsibility.legalBasis', { ref: legalRef })}</span>}
        </p>
      )}
      <span className="responsible__kind">
        {localized(organisation.kindName, language)} · {t(`responsibility.levels.${organisation.level}`)}
      </span>
      <Name className="responsible__name">{organisation.name}</Name>
      <dl className="responsible__facts">
        {organisation.email && (
          <div>
            <dt>{t('responsibility.email')}</dt>
            <dd>
              <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </dd>
          </div>
        )}
        {organisation.phone && (
          <div>
            <dt>{t('responsibility.phone')}</dt>
            <dd>
              <a href={`tel:${organisation.phone.replace(/[^\d+]/g, '')}`}>{organisation.phone}</a>
            </dd>
          </div>
        )}
        {organisation.website && (
          <div>
            <dt>{t('responsibility.website')}</dt>
            <dd>
              <a href={organisation.website}>{websiteText(organisation.website)}</a>
            </dd>
          </div>
        )}
        {addressText && (
          <div>
            <dt>{t('responsibility.address')}</dt>
            <dd>{addressText}</dd>
          </div>
        )}
        {offer?.howToReach && (
          <div>
            <dt>{t('responsibility.howToReach')}</dt>
            <dd>{localized(offer.howToReach, language)}</dd>
          </div>
        )}
        {showOffer && offer?.eligibility && (
          <div>
            <dt>{t('responsibility.eligibility')}</dt>
            <dd>{localized(offer.eligibility, language)}</dd>
          </div>
        )}
        {showOffer && languages.length > 0 && (
          <div>
            <dt>{t('responsibility.languages')}</dt>
            <dd data-testid="responsible-languages">{languagesInWords(languages, language)}</dd>
          </div>
        )}
        {showOffer && offer && (
          <div>
            <dt>{t('responsibility.capacity')}</dt>
            <dd data-testid="responsible-capacity" data-capacity={offer.capacity}>
              {offer.capacityUpdatedOn
                ? t('responsibility.capacityOn', { state: t(`responsibility.capacityStates.${offer.capacity}`), date: longDate(offer.capacityUpdatedOn, language) })
                : t(`responsibility.capacityStates.${offer.capacity}`)}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
