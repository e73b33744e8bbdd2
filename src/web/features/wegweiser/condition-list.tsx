import { useTranslation } from 'react-i18next';
import type { ConditionResult } from '../../../contract/pathways';
import { ServerText } from '../../i18n/server-text';

/** Shape and word for each status, so the status never depends on colour alone. */
const icons: Record<ConditionResult['status'], string> = { met: '✓', not_met: '✗', unknown: '?' };

/** Catalogue keys avoid "_" (i18next reads it as a context separator). */
export const statusKey = { met: 'met', not_met: 'notMet', unknown: 'unknown' } as const;

/** Conditions with status icon, status word, explanation and legal reference. */
export function ConditionList({ conditions }: { conditions: readonly ConditionResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="condition-list">
      {conditions.map((condition) => (
        <li key={condition.id} className={`condition condition--${condition.status}`} data-condition={condition.id} data-status={condition.status}>
          <span className="condition__icon" aria-hidden="true">
            {icons[condition.status]}
          </span>
          <span className="condition__body">
            <strong className="condition__status">{t(`wegweiser.result.status.${statusKey[condition.status]}`)}:</strong>{' '}
            <ServerText text={condition.explanation} />{' '}
            <span className="condition__ref" dir="ltr">
              ({condition.legalRef})
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
