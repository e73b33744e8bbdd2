import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObstacleReport } from '../../../contract/obstacle-reports';
import { obstacleReportsApi } from '../../api/obstacle-reports';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { TextareaInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { formatDay } from './format';

/** Reported obstacles: the pending ones to accept or reject, the decided ones to correct. */
export function ReportModeration({ mayDecide }: { mayDecide: boolean }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(() => obstacleReportsApi.list(), 'obstacle-reports');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const decide = (report: ObstacleReport, decision: 'accepted' | 'rejected', reason?: string) => {
    const category = t(`cases.obstacleCategories.${report.category}`);
    setConfirmation({
      title: t(decision === 'accepted' ? 'obstacleReports.reports.acceptTitle' : 'obstacleReports.reports.rejectTitle', { category }),
      text: t(decision === 'accepted' ? 'obstacleReports.reports.acceptText' : 'obstacleReports.reports.rejectText'),
      confirmLabel: t(decision === 'accepted' ? 'obstacleReports.reports.acceptConfirm' : 'obstacleReports.reports.rejectConfirm'),
      cancelLabel: t('obstacleReports.cancel'),
      run: async () => {
        try {
          await obstacleReportsApi.decide(report.id, { decision, ...(reason ? { reason } : {}) });
          setFeedback({ kind: 'success', text: t(decision === 'accepted' ? 'obstacleReports.reports.accepted' : 'obstacleReports.reports.rejected', { category }) });
          await reload();
        } catch {
          setFeedback({ kind: 'error', text: t('obstacleReports.errors.failed') });
        }
      },
    });
  };

  return (
    <section className="obstacle-moderation__section" aria-labelledby="gemeldete-hemmnisse" data-testid="report-moderation">
      <KolHeading id="gemeldete-hemmnisse" _level={2} _label={t('obstacleReports.reports.title')} />
      <p>{t('obstacleReports.reports.intro')}</p>
      <ActionFeedback feedback={feedback} testId="report-moderation-feedback" />
      <LoadState loaded={loaded} missing={t('obstacleReports.errors.failed')} failed={t('obstacleReports.errors.failed')} testId="report-moderation-missing">
        {(data) => {
          const pending = data.items.filter((item) => item.status === 'pending');
          const decided = data.items.filter((item) => item.status !== 'pending');
          return (
            <>
              <h3 className="obstacle-moderation__subtitle">{t('obstacleReports.reports.pendingTitle', { count: pending.length })}</h3>
              {pending.length === 0 ? (
                <p>{t('obstacleReports.reports.nonePending')}</p>
              ) : (
                <ul className="obstacle-list" data-testid="pending-reports">
                  {pending.map((report) => (
                    <ReportItem key={report.id} report={report} mayDecide={mayDecide} onDecide={decide} />
                  ))}
                </ul>
              )}
              <h3 className="obstacle-moderation__subtitle">{t('obstacleReports.reports.decidedTitle', { count: decided.length })}</h3>
              {decided.length === 0 ? (
                <p>{t('obstacleReports.reports.noneDecided')}</p>
              ) : (
                <ul className="obstacle-list" data-testid="decided-reports">
                  {decided.map((report) => (
                    <ReportItem key={report.id} report={report} mayDecide={mayDecide} onDecide={decide} />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </LoadState>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="report-decision-dialog" className="obstacle-dialog" />
    </section>
  );
}

function ReportItem({
  report,
  mayDecide,
  onDecide,
}: {
  report: ObstacleReport;
  mayDecide: boolean;
  onDecide(report: ObstacleReport, decision: 'accepted' | 'rejected', reason?: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const category = t(`cases.obstacleCategories.${report.category}`);
  const form = `reject-${report.id}`;

  return (
    <li className="obstacle-item" data-testid="obstacle-report" data-status={report.status}>
      <h4 className="obstacle-item__title">{category}</h4>
      <blockquote className="obstacle-item__text">{report.description}</blockquote>
      <p className="obstacle-item__meta">
        {t('obstacleReports.reports.reportedOn', { date: formatDay(report.createdAt, i18n.language) })}
        {report.organisationName ? ` · ${report.organisationName}` : ''}
        {report.legalReference ? ` · ${report.legalReference}` : ''}
      </p>
      {report.status !== 'pending' && (
        <p className="obstacle-item__status" data-testid="report-status">
          <span aria-hidden="true">{report.status === 'accepted' ? '✓ ' : '✗ '}</span>
          {t(`obstacleReports.reports.status.${report.status}`)}
          {report.moderatedAt ? ` (${formatDay(report.moderatedAt, i18n.language)})` : ''}
          {report.moderationReason ? ` – ${t('obstacleReports.reports.reason')}: ${report.moderationReason}` : ''}
        </p>
      )}
      {mayDecide && (
        <div className="obstacle-item__actions">
          {report.status !== 'accepted' && (
            <KolButton
              data-testid="report-accept"
              _label={t(report.status === 'pending' ? 'obstacleReports.reports.accept' : 'obstacleReports.reports.acceptInstead')}
              _ariaDescription={category}
              _variant="primary"
              _on={{ onClick: () => onDecide(report, 'accepted') }}
            />
          )}
          {report.status !== 'rejected' && !rejecting && (
            <KolButton
              data-testid="report-reject"
              _label={t(report.status === 'pending' ? 'obstacleReports.reports.reject' : 'obstacleReports.reports.rejectInstead')}
              _ariaDescription={category}
              _variant="secondary"
              _on={{ onClick: () => setRejecting(true) }}
            />
          )}
        </div>
      )}
      {mayDecide && rejecting && (
        <form
          className="case-form"
          noValidate
          data-testid="report-reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return setReasonError(t('obstacleReports.errors.reasonRequired'));
            onDecide(report, 'rejected', reason.trim());
          }}
        >
          <TextareaInput form={form} name="reason" label={t('obstacleReports.reports.reason')} hint={t('obstacleReports.reports.reasonHint')} required error={reasonError} value={reason} onChange={(value) => {
            setReason(value);
            setReasonError(undefined);
          }} />
          <div className="case-form__actions">
            <KolButton data-testid="report-reject-submit" _type="submit" _variant="primary" _label={t('obstacleReports.reports.rejectSubmit')} />
            <KolButton _label={t('obstacleReports.cancel')} _variant="secondary" _on={{ onClick: () => setRejecting(false) }} />
          </div>
        </form>
      )}
    </li>
  );
}
