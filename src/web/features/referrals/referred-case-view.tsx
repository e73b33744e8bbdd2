import { KolAlert } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferredCase } from '../../../contract/referrals';
import { ApiError } from '../../api/client';
import { referralsApi } from '../../api/referrals';
import { formatDateOnly, formatInstant } from './format';

/**
 * The recipient's view of the referred case: only the categories the person consented to. Asked
 * afresh each time the referral page loads; a withdrawn consent shows the refusal instead.
 */
export function ReferredCaseView({ referralId, version }: { referralId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'denied'; message: string } | { kind: 'ready'; data: ReferredCase }>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    referralsApi
      .referredCase(referralId)
      .then((data) => isCurrent && setState({ kind: 'ready', data }))
      .catch((error: unknown) => isCurrent && setState({ kind: 'denied', message: error instanceof ApiError ? error.message : String(error) }));
    return () => {
      isCurrent = false;
    };
  }, [referralId, version]);

  const nothing = t('referrals.detail.nothing');
  return (
    <section className="case-section" aria-labelledby="referred-case-title" data-testid="referred-case">
      <h2 id="referred-case-title" className="case-section__title">
        {t('referrals.detail.caseData')}
      </h2>
      {state.kind === 'denied' && (
        <KolAlert data-testid="referred-case-denied" _type="warning" _variant="msg">
          {t('referrals.detail.caseDataDenied', { message: state.message })}
        </KolAlert>
      )}
      {state.kind === 'ready' && (
        <>
          <p>{t('referrals.detail.caseDataIntro')}</p>
          <p data-testid="referred-categories" data-categories={state.data.categories.join(',')}>
            {state.data.categories.map((category) => t(`referrals.categories.${category}`)).join(' · ')}
          </p>
          <dl className="referral-facts" data-testid="referred-case-data">
            {state.data.identity && (
              <>
                <dt>{t('referrals.detail.name')}</dt>
                <dd data-testid="referred-name">
                  {state.data.identity.givenName} {state.data.identity.familyName}
                </dd>
                <dt>{t('referrals.detail.birthDate')}</dt>
                <dd>{formatDateOnly(state.data.identity.birthDate, i18n.language)}</dd>
                <dt>{t('referrals.detail.citizenship')}</dt>
                <dd>{state.data.identity.citizenship}</dd>
              </>
            )}
            {state.data.contact && (
              <>
                <dt>{t('referrals.detail.email')}</dt>
                <dd>{state.data.contact.email ?? nothing}</dd>
                <dt>{t('referrals.detail.phone')}</dt>
                <dd>{state.data.contact.phone ?? nothing}</dd>
                <dt>{t('referrals.detail.languages')}</dt>
                <dd>{state.data.contact.languages.join(', ') || nothing}</dd>
              </>
            )}
            {state.data.qualification && (
              <>
                <dt>{t('referrals.detail.stage')}</dt>
                <dd data-testid="referred-stage">{state.data.qualification.stage}</dd>
                <dt>{t('referrals.detail.targetTitle')}</dt>
                <dd>{state.data.qualification.targetTitleId ?? nothing}</dd>
              </>
            )}
            {state.data.employment && (
              <>
                <dt>{t('referrals.detail.employer')}</dt>
                <dd>{state.data.employment.employer?.name ?? nothing}</dd>
                <dt>{t('referrals.detail.job')}</dt>
                <dd>{state.data.employment.job ? String(state.data.employment.job.title ?? '') : nothing}</dd>
              </>
            )}
            {state.data.family && (
              <>
                <dt>{t('referrals.detail.family')}</dt>
                <dd>{state.data.family.map((member) => `${member.givenName} ${member.familyName} (${member.relation})`).join(', ') || nothing}</dd>
              </>
            )}
            {state.data.documents && (
              <>
                <dt>{t('referrals.detail.documents')}</dt>
                <dd>{state.data.documents.map((document) => `${document.fileName} (${formatInstant(document.uploadedAt, i18n.language)})`).join(', ') || nothing}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
