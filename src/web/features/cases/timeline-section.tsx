import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import { AppLink } from '../../components/app-link';
import { caseAuditPath } from '../../routes/paths';
import { formatDateTime } from './format';
import { eventText } from './timeline-text';

/** Everything that happened, newest first (as the server sends it), with who did it. */
export function TimelineSection({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const events = [...record.timeline].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <section className="case-section" aria-labelledby="timeline-title" data-testid="timeline-section">
      <h2 id="timeline-title" className="case-section__title">
        {t('cases.timeline.title')}
      </h2>
      {events.length === 0 ? (
        <p>{t('cases.timeline.none')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {events.map((event) => (
            <li key={event.id} className="timeline__event" data-type={event.type}>
              <time className="timeline__time" dateTime={event.at}>
                {formatDateTime(event.at, i18n.language)}
              </time>
              <span className="timeline__text">{eventText(event, t, i18n.language)}</span>
              <span className="timeline__actor">{t('cases.timeline.by', { name: event.actor?.name ?? t('cases.timeline.system') })}</span>
            </li>
          ))}
        </ol>
      )}
      <h3 className="case-section__subtitle">{t('cases.detail.auditTitle')}</h3>
      <p>{t('cases.detail.auditIntro')}</p>
      <p>
        <AppLink to={caseAuditPath(record.id)} label={t('cases.detail.auditLink')} />
      </p>
    </section>
  );
}
