import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObstacleTextReview } from '../../../contract/obstacle-reports';
import { obstacleReportsApi } from '../../api/obstacle-reports';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { TextareaInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { formatDay, localized } from './format';

type Decide = (item: ObstacleTextReview, decision: 'cleared' | 'withheld', clearedText?: string) => void;

/**
 * Free texts of case obstacles: shown with category, stage, authority and month only (never the
 * case or a person); "frei von Personenbezug" (optionally shortened) or "nicht verwenden".
 */
export function TextClearance({ mayDecide }: { mayDecide: boolean }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(() => obstacleReportsApi.texts(), 'obstacle-texts');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const decide: Decide = (item, decision, clearedText) => {
    const category = t(`cases.obstacleCategories.${item.category}`);
    setConfirmation({
      title: t(decision === 'cleared' ? 'obstacleReports.texts.clearTitle' : 'obstacleReports.texts.withholdTitle', { category }),
      text: t(decision === 'cleared' ? 'obstacleReports.texts.clearText' : 'obstacleReports.texts.withholdText'),
      confirmLabel: t(decision === 'cleared' ? 'obstacleReports.texts.clearConfirm' : 'obstacleReports.texts.withholdConfirm'),
      cancelLabel: t('obstacleReports.cancel'),
      run: async () => {
        try {
          await obstacleReportsApi.clear(item.obstacleId, { decision, ...(clearedText !== undefined ? { clearedText } : {}) });
          setFeedback({ kind: 'success', text: t(decision === 'cleared' ? 'obstacleReports.texts.cleared' : 'obstacleReports.texts.withheld', { category }) });
          await reload();
        } catch {
          setFeedback({ kind: 'error', text: t('obstacleReports.errors.clearFailed') });
        }
      },
    });
  };

  return (
    <section className="obstacle-moderation__section" aria-labelledby="freitexte" data-testid="text-clearance">
      <KolHeading id="freitexte" _level={2} _label={t('obstacleReports.texts.title')} />
      <p>{t('obstacleReports.texts.intro')}</p>
      <ActionFeedback feedback={feedback} testId="text-clearance-feedback" />
      <LoadState loaded={loaded} missing={t('obstacleReports.errors.failed')} failed={t('obstacleReports.errors.failed')} testId="text-clearance-missing">
        {(data) => {
          const open = data.items.filter((item) => item.status === 'open');
          const decided = data.items.filter((item) => item.status !== 'open');
          return (
            <>
              <h3 className="obstacle-moderation__subtitle">{t('obstacleReports.texts.openTitle', { count: open.length })}</h3>
              {open.length === 0 ? (
                <p>{t('obstacleReports.texts.noneOpen')}</p>
              ) : (
                <ul className="obstacle-list" data-testid="open-texts">
                  {open.map((item) => (
                    <TextItem key={item.obstacleId} item={item} mayDecide={mayDecide} onDecide={decide} />
                  ))}
                </ul>
              )}
              <h3 className="obstacle-moderation__subtitle">{t('obstacleReports.texts.decidedTitle', { count: decided.length })}</h3>
              {decided.length === 0 ? (
                <p>{t('obstacleReports.texts.noneDecided')}</p>
              ) : (
                <ul className="obstacle-list" data-testid="decided-texts">
                  {decided.map((item) => (
                    <TextItem key={item.obstacleId} item={item} mayDecide={mayDecide} onDecide={decide} />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </LoadState>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="text-decision-dialog" className="obstacle-dialog" />
    </section>
  );
}

function TextItem({ item, mayDecide, onDecide }: { item: ObstacleTextReview; mayDecide: boolean; onDecide: Decide }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState(item.clearedText ?? item.text);
  const [error, setError] = useState<string | undefined>(undefined);
  const category = t(`cases.obstacleCategories.${item.category}`);
  const original = item.text.trim();

  const clear = () => {
    const text = draft.trim();
    if (!text) return setError(t('obstacleReports.errors.textRequired'));
    if (text.length > original.length) return setError(t('obstacleReports.errors.textLonger', { count: original.length }));
    onDecide(item, 'cleared', text);
  };

  return (
    <li className="obstacle-item" data-testid="obstacle-text" data-status={item.status}>
      <h4 className="obstacle-item__title">{category}</h4>
      <p className="obstacle-item__meta">
        {[localized(item.monthName, language), localized(item.stageName, language), item.authorityName ?? t('obstacleReports.texts.noAuthority')].join(' · ')}
      </p>
      <blockquote className="obstacle-item__text">{item.text}</blockquote>
      {item.status !== 'open' && (
        <p className="obstacle-item__status" data-testid="text-status">
          <span aria-hidden="true">{item.status === 'cleared' ? '✓ ' : '✗ '}</span>
          {t(`obstacleReports.texts.status.${item.status}`)}
          {item.decidedAt ? ` (${formatDay(item.decidedAt, language)})` : ''}
          {item.status === 'cleared' && item.clearedText !== null && item.clearedText !== original ? ` – ${t('obstacleReports.texts.shownAs')}: „${item.clearedText}“` : ''}
        </p>
      )}
      {mayDecide && (
        <form
          className="case-form"
          noValidate
          data-testid="text-clearance-form"
          onSubmit={(event) => {
            event.preventDefault();
            clear();
          }}
        >
          <TextareaInput
            form={`clear-${item.obstacleId}`}
            name="clearedText"
            label={t('obstacleReports.texts.editLabel')}
            hint={t('obstacleReports.texts.editHint')}
            rows={4}
            error={error}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              setError(undefined);
            }}
          />
          <div className="case-form__actions">
            <KolButton data-testid="text-clear" _type="submit" _variant="primary" _label={t('obstacleReports.texts.clear')} _ariaDescription={category} />
            {item.status !== 'withheld' && (
              <KolButton data-testid="text-withhold" _variant="secondary" _label={t('obstacleReports.texts.withhold')} _ariaDescription={category} _on={{ onClick: () => onDecide(item, 'withheld') }} />
            )}
          </div>
        </form>
      )}
    </li>
  );
}
