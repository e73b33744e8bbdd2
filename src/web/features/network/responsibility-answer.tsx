import { useTranslation } from 'react-i18next';
import type { ResponsibilityResponse, ResponsibleOrganisation } from '../../../contract/network';
import { ResponsibleCard } from './responsibility-card';

const localized = (text: { de: string; en: string }, language: string): string => (language === 'de' ? text.de : text.en);

function Group({ title, id, items, legalRef, testId }: { title: string; id: string; items: ResponsibleOrganisation[]; legalRef: string | null; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section className="responsibility-group" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      <ul className="responsible-list">
        {items.map((organisation) => (
          <ResponsibleCard key={organisation.id} organisation={organisation} legalRef={legalRef} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The answer of the finder: the place in words, then the statutory authority ("zuständige
 * Behörde"), the other regional offers and the nationwide ones. Outside the region, or where no
 * regional organisation offers the service, it says so and shows the nationwide offers.
 */
export function ResponsibilityAnswer({ answer, titleId }: { answer: ResponsibilityResponse; titleId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const service = localized(answer.service.name, language);
  const { place } = answer;
  const responsible = answer.organisations.filter((organisation) => organisation.statutory);
  const others = answer.organisations.filter((organisation) => !organisation.statutory && organisation.level !== 'nationwide');
  const nationwide = answer.organisations.filter((organisation) => !organisation.statutory && organisation.level === 'nationwide');
  return (
    <>
      <h2 id={titleId} className="responsibility-result__title">
        {place ? t('responsibility.resultTitle', { service, place: place.name }) : t('responsibility.resultTitleOutside', { service })}
      </h2>
      {place && (
        <p data-testid="responsibility-place">
          {t('responsibility.placeLine', { place: place.name, district: localized(place.district, language), land: localized(place.land.name, language) })}
        </p>
      )}
      {!place && (
        <p className="responsibility-note" data-testid="responsibility-outside">
          {t('responsibility.outside')}
        </p>
      )}
      {place && !answer.covered && (
        <p className="responsibility-note" data-testid="responsibility-not-covered">
          {t('responsibility.notCovered', { service, place: place.name })}
        </p>
      )}
      {answer.organisations.length === 0 && <p data-testid="responsibility-none">{t('responsibility.noneAtAll')}</p>}
      <Group title={t('responsibility.responsibleTitle')} id="responsibility-responsible" items={responsible} legalRef={answer.service.legalRef} testId="responsibility-responsible" />
      <Group title={responsible.length > 0 ? t('responsibility.othersTitle') : t('responsibility.offersTitle')} id="responsibility-others" items={others} legalRef={null} testId="responsibility-others" />
      <Group title={t('responsibility.nationwideTitle')} id="responsibility-nationwide" items={nationwide} legalRef={null} testId="responsibility-nationwide" />
      <p className="responsibility-share">{t('responsibility.share')}</p>
    </>
  );
}
