import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { obstacleTextsQuerySchema, type ObstacleTextsQuery } from '../../../contract/obstacle-reports';
import { obstacleReportsApi } from '../../api/obstacle-reports';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { formatIsoDate, localized } from './format';

const filterKeys = ['category', 'from', 'to', 'land', 'authority'] as const;

/**
 * "Beschreibungen aus der Praxis": cleared case texts and accepted reports per category, read-only.
 * The dashboards link here with their filter (`?category=…&from=…&to=…&land=…&authority=…`).
 */
export function PracticeDescriptions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params] = useSearchParams();
  const raw: ObstacleTextsQuery = Object.fromEntries(filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])));
  // An address with a filter the API would refuse is shown unfiltered rather than as an error.
  const query = obstacleTextsQuerySchema.safeParse(raw).success ? raw : {};
  const { loaded } = useLoad(() => obstacleReportsApi.descriptions(query), `obstacle-descriptions-${JSON.stringify(query)}`);

  return (
    <section className="obstacle-moderation__section" aria-labelledby="beschreibungen" data-testid="practice-descriptions">
      <KolHeading id="beschreibungen" _level={2} _label={t('obstacleReports.descriptions.title')} />
      <p>{t('obstacleReports.descriptions.intro')}</p>
      <LoadState loaded={loaded} missing={t('obstacleReports.errors.failed')} failed={t('obstacleReports.errors.failed')} testId="practice-descriptions-missing">
        {(data) => (
          <>
            <p data-testid="descriptions-period">
              {t('obstacleReports.descriptions.period', { from: formatIsoDate(data.period.from, language), to: formatIsoDate(data.period.to, language) })}
              {data.scope.organisationName ? ` · ${data.scope.organisationName}` : ''}
            </p>
            {data.categories.map((category) => (
              <div key={category.category} className="obstacle-category" data-testid="description-category" data-category={category.category}>
                <h3 className="obstacle-moderation__subtitle">{t(`cases.obstacleCategories.${category.category}`)}</h3>
                {!category.enough ? (
                  <p className="obstacle-category__note">{t('obstacleReports.descriptions.tooFew')}</p>
                ) : category.items.length === 0 ? (
                  <p className="obstacle-category__note">{t('obstacleReports.descriptions.noneCleared')}</p>
                ) : (
                  <ul className="obstacle-list">
                    {category.items.map((item, index) => (
                      <li key={`${item.month}-${index}`} className="obstacle-item" data-testid="practice-description">
                        <blockquote className="obstacle-item__text">{item.text}</blockquote>
                        <p className="obstacle-item__meta">
                          {[
                            localized(item.monthName, language),
                            item.stageName ? localized(item.stageName, language) : null,
                            t(item.source === 'case' ? 'obstacleReports.descriptions.fromCase' : 'obstacleReports.descriptions.fromReport'),
                            item.legalReference,
                          ]
                            .filter((part): part is string => part !== null)
                            .join(' · ')}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </>
        )}
      </LoadState>
    </section>
  );
}
