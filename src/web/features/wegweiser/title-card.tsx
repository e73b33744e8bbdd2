import { useTranslation } from 'react-i18next';
import type { TitleResult } from '../../../contract/pathways';
import { ConditionList } from './condition-list';
import { formatEuro } from './format';
import { nearMiss } from './result-summary';
import { namedOrServerText, ServerText } from '../../i18n/server-text';

type Kind = 'open' | 'needsInfo' | 'closed';

/** One residence title in the result: why it is open, or what is missing. */
export function TitleCard({ title, kind }: { title: TitleResult; kind: Kind }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = `title-${title.id}`;
  const name = namedOrServerText(i18n, language, title.name, { namespace: 'wegweiserTitles', id: title.id });
  const miss = nearMiss(title);
  const missing = title.conditions.filter((condition) => condition.status === (kind === 'needsInfo' ? 'unknown' : 'not_met'));

  return (
    <article className={`title-card title-card--${kind}`} aria-labelledby={headingId} data-title-id={title.id} data-outcome={title.outcome}>
      <h4 id={headingId} className="title-card__name">
        <ServerText text={title.name} name={{ namespace: 'wegweiserTitles', id: title.id }} />
      </h4>
      <p className="title-card__meta">
        {t('wegweiser.result.legalRef')}: <span dir="ltr">{title.legalRef}</span>
      </p>
      {kind === 'open' && (
        <ul className="title-card__facts">
          {title.decision && <li>{t(`wegweiser.result.decision.${title.decision}`)}</li>}
          <li>{title.baApprovalRequired ? t('wegweiser.result.baApproval') : t('wegweiser.result.noBaApproval')}</li>
        </ul>
      )}
      {miss && (
        <p className="title-card__near-miss" data-testid="near-miss">
          {t(`wegweiser.result.${miss.kind === 'salary' ? 'nearMissSalary' : 'nearMissFunds'}${miss.wouldOpen ? 'Open' : ''}`, {
            amount: formatEuro(miss.shortfallEur, language),
            title: name,
          })}
        </p>
      )}
      {kind === 'open' ? (
        <>
          <h5 className="title-card__subheading">{t('wegweiser.result.conditions')}</h5>
          <ConditionList conditions={title.conditions} />
        </>
      ) : (
        <>
          <h5 className="title-card__subheading">{t('wegweiser.result.missing')}</h5>
          <ConditionList conditions={missing} />
          <details className="title-card__details">
            <summary>{t('wegweiser.result.allConditions', { count: title.conditions.length })}</summary>
            <ConditionList conditions={title.conditions} />
          </details>
        </>
      )}
      {kind !== 'closed' && title.nextSteps.length > 0 && (
        <>
          <h5 className="title-card__subheading">{t(kind === 'open' ? 'wegweiser.result.nextSteps' : 'wegweiser.result.toClarify')}</h5>
          <ul className="title-card__steps">
            {title.nextSteps.map((step) => (
              <li key={step.de}>
                <ServerText text={step} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
