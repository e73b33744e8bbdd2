import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { CaseAuditEntry, CaseAuditResponse } from '../../../contract/cases';
import { ApiError } from '../../api/client';
import { casesApi } from '../../api/cases';
import { AppLink } from '../../components/app-link';
import { Pagination } from '../../components/pagination';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { caseAuditPath, casePath } from '../../routes/paths';
import { CaseNotFound } from './case-page';
import { formatDateTime } from './format';
import { pageCount } from './list-query';
import { RequireCaseStaff } from './require-case-staff';

const auditPageSize = 50;
const knownActions = [
  'read', 'list_read', 'audit_read', 'created', 'stage_changed', 'member_added', 'member_stage_changed', 'member_target_changed',
  'task_added', 'task_status_changed', 'note_added', 'obstacle_added', 'obstacle_resolved', 'navigator_changed', 'employer_changed',
  'target_changed', 'job_changed', 'document_uploaded', 'document_deleted', 'procedure_started', 'procedure_step_completed',
  'procedure_deadline_extended', 'procedure_period_start_moved',
] as const;

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; data: CaseAuditResponse };

/** `/faelle/:id/protokoll`: who read or changed the case, when, and for which purpose. */
export function AuditPage() {
  const { id = '' } = useParams();
  return <RequireCaseStaff>{() => <AuditView id={id} />}</RequireCaseStaff>;
}

const auditPurposes = ['case_management', 'consent_management', 'referral_management', 'data_subject_rights', 'self_service', 'employer_status', 'accelerated_procedure'] as const;

function useActionText() {
  const { t, i18n } = useTranslation();
  return (action: string): string => {
    const short = action.startsWith('case.') ? action.slice('case.'.length) : action;
    const known = knownActions.find((candidate) => candidate === short);
    if (known) return t(`cases.audit.actions.${known}`);
    const qualificationKey = `caseQualification.auditActions.${short}`;
    if (i18n.exists(qualificationKey)) return (t as unknown as (key: string) => string)(qualificationKey);
    // Consent, referral and erasure entries are named in the referrals catalogue (e.g. `referral.sent`).
    const referralKey = `referrals.auditActions.${action}`;
    return i18n.exists(referralKey) ? (t as unknown as (key: string) => string)(referralKey) : action;
  };
}

function AuditView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const requested = Number(searchParams.get('page'));
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  usePageTitle(t('cases.audit.title'));

  useEffect(() => {
    let isCurrent = true;
    setLoad({ status: 'loading' });
    casesApi.audit(id, page, auditPageSize).then(
      (data) => isCurrent && setLoad(data ? { status: 'ready', data } : { status: 'missing' }),
      (error: unknown) => isCurrent && setLoad(error instanceof ApiError && error.status === 400 ? { status: 'missing' } : { status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [id, page]);

  if (load.status === 'missing') return <CaseNotFound />;
  const pages = load.status === 'ready' ? pageCount(load.data.total, auditPageSize) : 1;
  return (
    <div className="page audit-page">
      <KolHeading _level={1} _label={t('cases.audit.title')} />
      <p>{t('cases.audit.intro')}</p>
      <p>
        <AppLink to={casePath(id)} label={t('cases.audit.backToCase')} />
      </p>
      {load.status === 'loading' && <Loading />}
      {load.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('cases.loadFailed')}
        </KolAlert>
      )}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? <p>{t('cases.audit.none')}</p> : <AuditTable items={load.data.items} caption={t('cases.audit.caption', { page, pages })} />)}
      {load.status === 'ready' && <Pagination page={page} pages={pages} hrefOf={(next) => `${caseAuditPath(id)}?page=${next}`} testId="audit-pagination" />}
    </div>
  );
}

function AuditTable({ items, caption }: { items: CaseAuditEntry[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const actionText = useActionText();
  const purposeText = (purpose: string | null) => {
    const known = auditPurposes.find((candidate) => candidate === purpose);
    return known ? t(`cases.audit.purposes.${known}`) : (purpose ?? '–');
  };
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.audit.at')}</th>
            <th scope="col">{t('cases.audit.who')}</th>
            <th scope="col">{t('cases.audit.action')}</th>
            <th scope="col">{t('cases.audit.purpose')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.seq} data-action={entry.action}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
              </td>
              <td>
                {entry.actor?.name ?? t('cases.audit.system')}
                {entry.organisation && <span className="audit-page__organisation">{entry.organisation.name}</span>}
              </td>
              <td>{actionText(entry.action)}</td>
              <td>{purposeText(entry.purpose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
