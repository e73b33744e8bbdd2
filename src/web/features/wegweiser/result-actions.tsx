import { KolButton, KolInputText } from '@public-ui/react-v19';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REPORT_PERMALINK_MAX_LENGTH, type EvaluationDetails, type ReportFamily, type ReportOffice } from '../../../contract/pathways';
import { ApiError } from '../../api/client';
import { fetchPathwayReport, saveFile } from '../../api/pathways';
import { paths } from '../../routes/paths';
import { useSession } from '../../session/session-context';
import type { CreateCaseState } from '../cases/handoff';
import type { Answers } from './answers';
import { ContactRequestSection } from './contact-request';
import { sponsorTitle, toFamilyRequest } from './family';
import { encodeAnswers } from './permalink';
import { toProfile } from './to-profile';

type Status = '' | 'pdfPreparing' | 'pdfSaved' | 'copied' | 'copyFailed' | 'reportFailed' | 'rateLimited';

/**
 * For case staff: open the create-case form prefilled from this result (best open path,
 * citizenship, birth date); the profile goes along so the case stores the evaluation.
 */
function CreateCaseButton({ answers, today, topTitleId }: { answers: Answers; today: string; topTitleId?: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  if (session.status !== 'signed-in' || !session.me.areas.includes('cases')) return null;
  const open = () => {
    const birthDate = answers.ageMode === 'birthDate' && answers.birthDate ? answers.birthDate : undefined;
    const state: CreateCaseState = { fromWegweiser: { profile: toProfile(answers, today), targetTitleId: topTitleId, birthDate } };
    void navigate(paths.newCase, { state });
  };
  return (
    <KolButton
      data-testid="wegweiser-create-case"
      _label={t('wegweiserCase.create')}
      _ariaDescription={t('wegweiserCase.hint')}
      _variant="secondary"
      _on={{ onClick: open }}
    />
  );
}

/** The family for the PDF: the same request as the result page's family section, without what the server derives. */
function reportFamily(answers: Answers, evaluation: EvaluationDetails | undefined): { family?: ReportFamily } {
  if (!evaluation) return {};
  const title = sponsorTitle(evaluation, answers.familySponsorTitle);
  if (!title) return {};
  const request = toFamilyRequest(answers, evaluation, title.id);
  if (!request) return {};
  const { annualGrossSalaryEur: _salary, ...sponsor } = request.sponsor;
  return { family: { sponsor, members: request.members } };
}

/** PDF download (in the interface language), the permalink with a copy button, and (for case staff) "create a case". */
export function ResultActions({
  answers,
  today,
  topTitleId,
  evaluation,
  offices,
}: {
  answers: Answers;
  today: string;
  topTitleId?: string;
  evaluation?: EvaluationDetails;
  offices?: ReportOffice[];
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Status>('');
  const [isDownloading, setDownloading] = useState(false);
  const linkRef = useRef<HTMLKolInputTextElement>(null);
  const permalink = `${window.location.origin}${window.location.pathname}${encodeAnswers(answers)}`;

  const download = async () => {
    if (isDownloading) return;
    setDownloading(true);
    setStatus('pdfPreparing');
    try {
      // The PDF is typeset in German or English; the other interface languages get the English one.
      const language = i18n.language === 'de' ? 'de' : 'en';
      // The PDF prints the link too; the server only takes the relative path (it knows its own address).
      const reportPermalink = `${paths.wegweiser}${encodeAnswers(answers)}`;
      saveFile(
        await fetchPathwayReport({
          profile: toProfile(answers, today),
          language,
          ...(reportPermalink.length <= REPORT_PERMALINK_MAX_LENGTH ? { permalink: reportPermalink } : {}),
          ...(offices && offices.length > 0 ? { offices: offices.slice(0, 12) } : {}),
          ...reportFamily(answers, evaluation),
        }),
      );
      setStatus('pdfSaved');
    } catch (error) {
      setStatus(error instanceof ApiError && error.status === 429 ? 'rateLimited' : 'reportFailed');
    } finally {
      setDownloading(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(permalink);
      setStatus('copied');
    } catch {
      // No clipboard (insecure context, permission denied): the link stays in the field to copy by hand.
      setStatus('copyFailed');
      void linkRef.current?.focus();
    }
  };

  const message =
    status === 'reportFailed' || status === 'rateLimited' ? t(`wegweiser.problems.${status}`) : status ? t(`wegweiser.result.actions.${status}`) : '';

  return (
    <>
    <section className="result-section result-actions" aria-labelledby="result-actions-title">
      <h3 id="result-actions-title">{t('wegweiser.result.actions.title')}</h3>
      <div className="result-actions__row">
        <KolButton
          data-testid="wegweiser-pdf"
          _label={isDownloading ? t('wegweiser.result.actions.pdfPreparing') : t('wegweiser.result.actions.pdf')}
          _variant="primary"
          _disabled={isDownloading}
          _on={{ onClick: () => void download() }}
        />
        <CreateCaseButton answers={answers} today={today} topTitleId={topTitleId} />
      </div>
      <div className="result-actions__link">
        <KolInputText
          ref={linkRef}
          data-testid="wegweiser-permalink"
          _label={t('wegweiser.result.actions.permalink')}
          _hint={t('wegweiser.result.actions.permalinkHint')}
          _readOnly
          _value={permalink}
        />
        <KolButton data-testid="wegweiser-copy" _label={t('wegweiser.result.actions.copy')} _variant="secondary" _on={{ onClick: () => void copy() }} />
      </div>
      <p className="result-actions__status" role="status" data-testid="wegweiser-action-status">
        {message}
      </p>
    </section>
    <ContactRequestSection answers={answers} today={today} />
    </>
  );
}
