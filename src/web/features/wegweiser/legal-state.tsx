import { KolAlert } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { EvaluationNotice } from '../../../contract/pathways';
import { fetchLawState } from '../../api/law';
import { useLoad } from '../../components/use-load';
import { catalogueLanguage } from '../../i18n/server-text';

/**
 * "Rechtsstand: Fachkräfteeinwanderungsgesetz … (Werte für 2027 noch nicht eingetragen)" for the
 * chosen evaluation date: the law in force and whether that year's figures are entered.
 */
export function LegalStateLine({ evaluationDate }: { evaluationDate: string }) {
  const { t, i18n } = useTranslation();
  const { loaded } = useLoad(fetchLawState, 'law-state');
  if (loaded.status !== 'ready') return null;
  const state = loaded.data;
  const language = i18n.language === 'de' ? 'de' : 'en';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(evaluationDate) ? evaluationDate : state.today;
  const ruleSet = [...state.ruleSets].reverse().find((candidate) => candidate.validFrom <= date) ?? state.ruleSets[0];
  if (!ruleSet) return null;
  const year = Number(date.slice(0, 4));
  const entered = state.figureYears.includes(year);
  const first = state.figureYears[0];
  const last = state.figureYears[state.figureYears.length - 1];
  const years = first === undefined ? '' : first === last ? String(first) : `${first}–${last}`;
  return (
    <p
      className="wegweiser-legal-state"
      data-testid="wegweiser-legal-state"
      data-figures-entered={String(entered)}
      // The law lines are German and English only; in the other languages they are English, marked as such.
      lang={catalogueLanguage(i18n, i18n.language, entered ? 'law.wegweiserState' : 'law.wegweiserMissing')}
      dir="auto"
    >
      {entered ? t('law.wegweiserState', { ruleSet: ruleSet.description[language], years }) : t('law.wegweiserMissing', { ruleSet: ruleSet.description[language], year })}
    </p>
  );
}

/** The evaluation's own notices, e.g. that the year's figures are not entered yet. */
export function EvaluationNotices({ notices }: { notices: readonly EvaluationNotice[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'de' ? 'de' : 'en';
  if (notices.length === 0) return null;
  return (
    <div className="wegweiser-notices" data-testid="wegweiser-notices">
      {notices.map((notice) => (
        <KolAlert
          key={`${notice.code}-${notice.year}`}
          lang={catalogueLanguage(i18n, i18n.language, 'law.noticeTitle')}
          _type="warning"
          _variant="card"
          _level={3}
          _label={t('law.noticeTitle', { year: notice.year })}
        >
          {notice.text[language]}
        </KolAlert>
      ))}
    </div>
  );
}
