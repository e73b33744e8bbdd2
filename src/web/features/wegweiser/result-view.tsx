import { KolButton } from '@public-ui/react-v19';
import { EvaluationNotices } from './legal-state';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetails, TitleResult } from '../../../contract/pathways';
import type { Answers } from './answers';
import { ChancenkarteTable } from './chancenkarte-table';
import { formatDate } from './format';
import { ResultActions } from './result-actions';
import type { ReportOffice } from '../../../contract/pathways';
import { checklist, groupTitles } from './result-summary';
import { TitleCard } from './title-card';
import { ServerText } from '../../i18n/server-text';

type ResultViewProps = {
  evaluation: EvaluationDetails;
  answers: Answers;
  today: string;
  onEdit(): void;
  onRestart(): void;
  /** Family reunification and the responsible offices, when the questionnaire asked for them. */
  familySection?: React.ReactNode;
  officesSection?: React.ReactNode;
  /** The responsible offices as the PDF names them (once loaded). */
  reportOffices?: ReportOffice[];
};

function TitleGroup({ id, heading, intro, titles, kind }: { id: string; heading: string; intro?: string; titles: TitleResult[]; kind: 'open' | 'needsInfo' | 'closed' }) {
  if (titles.length === 0 && kind !== 'open') return null;
  return (
    <section className="result-section" aria-labelledby={id} data-testid={`titles-${kind}`}>
      <h3 id={id}>{heading}</h3>
      {intro && <p>{intro}</p>}
      <ol className="title-list">
        {titles.map((title) => (
          <li key={title.id}>
            <TitleCard title={title} kind={kind} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The result: open paths ranked, paths with open questions, closed paths, points, checklist, actions. */
export const ResultView = forwardRef<HTMLHeadingElement, ResultViewProps>(function ResultView({ evaluation, answers, today, onEdit, onRestart, familySection, officesSection, reportOffices }, headingRef) {
  const { t, i18n } = useTranslation();
  const { open, needsInfo, closed } = groupTitles(evaluation);
  const documents = checklist(open.length > 0 ? open : needsInfo);

  return (
    <section className="wegweiser-result" aria-labelledby="wegweiser-result-title" data-testid="wegweiser-result">
      <h2 id="wegweiser-result-title" ref={headingRef} tabIndex={-1} className="wegweiser-step__title">
        {t('wegweiser.result.title')}
      </h2>
      <p className="wegweiser-result__summary" data-testid="wegweiser-summary">
        {t('wegweiser.result.openCount', { count: open.length })} {t('wegweiser.result.basis', { date: formatDate(evaluation.evaluationDate, i18n.language) })}
      </p>
      <EvaluationNotices notices={evaluation.notices} />
      <TitleGroup id="titles-open" heading={t('wegweiser.result.openTitle')} intro={open.length === 0 ? t('wegweiser.result.openNone') : undefined} titles={open} kind="open" />
      <TitleGroup id="titles-needs-info" heading={t('wegweiser.result.needsInfoTitle')} intro={t('wegweiser.result.needsInfoIntro')} titles={needsInfo} kind="needsInfo" />
      <TitleGroup id="titles-closed" heading={t('wegweiser.result.closedTitle')} titles={closed} kind="closed" />
      <ChancenkarteTable chancenkarte={evaluation.chancenkarte} />
      {familySection}
      <section className="result-section" aria-labelledby="checklist-title" data-testid="checklist">
        <h3 id="checklist-title">{t('wegweiser.result.checklist.title')}</h3>
        <p>{documents.length === 0 ? t('wegweiser.result.checklist.empty') : open.length > 0 ? t('wegweiser.result.checklist.intro') : t('wegweiser.result.checklist.introNeedsInfo')}</p>
        <ul className="checklist">
          {documents.map((document) => (
            <li key={document.id} data-document={document.id}>
              <ServerText text={document.name} name={{ namespace: 'wegweiserDocuments', id: document.id }} />
            </li>
          ))}
        </ul>
      </section>
      {officesSection}
      <ResultActions answers={answers} today={today} topTitleId={open[0]?.id} evaluation={evaluation} offices={reportOffices} />
      <div className="wegweiser-form__actions">
        <KolButton data-testid="wegweiser-edit" _label={t('wegweiser.nav.edit')} _variant="secondary" _on={{ onClick: onEdit }} />
        <KolButton data-testid="wegweiser-restart" _label={t('wegweiser.nav.restart')} _variant="ghost" _on={{ onClick: onRestart }} />
      </div>
    </section>
  );
});
