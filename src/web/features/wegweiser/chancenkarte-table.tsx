import { useTranslation } from 'react-i18next';
import type { EvaluationDetails } from '../../../contract/pathways';
import { statusKey } from './condition-list';
import { ServerText } from '../../i18n/server-text';

type Chancenkarte = EvaluationDetails['chancenkarte'];

/**
 * The Chancenkarte points: criterion (with its legal basis beneath, so the table fits a phone),
 * status, points; the total against the minimum.
 */
export function ChancenkarteTable({ chancenkarte }: { chancenkarte: Chancenkarte }) {
  const { t } = useTranslation();
  const { points, minimumPoints, maximumReachablePoints, breakdown } = chancenkarte;
  return (
    <section className="result-section" aria-labelledby="chancenkarte-title" data-testid="chancenkarte">
      <h3 id="chancenkarte-title">{t('wegweiser.result.chancenkarte.title')}</h3>
      <p data-testid="chancenkarte-summary">
        {t('wegweiser.result.chancenkarte.summary', { points, minimum: minimumPoints })}
        {maximumReachablePoints !== undefined && maximumReachablePoints > points && (
          <> {t('wegweiser.result.chancenkarte.reachable', { maximum: maximumReachablePoints })}</>
        )}
      </p>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="table-scroll" role="region" aria-labelledby="chancenkarte-caption" tabIndex={0}>
        <table className="data-table chancenkarte-table">
          <caption id="chancenkarte-caption">{t('wegweiser.result.chancenkarte.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wegweiser.result.chancenkarte.criterion')}</th>
              <th scope="col">{t('wegweiser.result.chancenkarte.status')}</th>
              <th scope="col" className="numeric">
                {t('wegweiser.result.chancenkarte.points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {breakdown.map((item) => (
              <tr key={item.criterion} data-criterion={item.criterion}>
                <th scope="row">
                  {item.label ? <ServerText text={item.label} /> : item.criterion}
                  <span className="chancenkarte-table__ref">
                    <span className="visually-hidden">{t('wegweiser.result.chancenkarte.legalRef')}: </span>
                    <span dir="ltr">{item.legalRef}</span>
                  </span>
                </th>
                <td>{item.status ? t(`wegweiser.result.status.${statusKey[item.status]}`) : '–'}</td>
                <td className="numeric">{item.points}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('wegweiser.result.chancenkarte.total')}
              </th>
              <td className="numeric" data-testid="chancenkarte-total">
                {points} / {minimumPoints}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
