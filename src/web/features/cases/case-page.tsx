import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Case } from '../../../contract/cases';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CaseHeader } from './case-header';
import { DocumentsSection } from './documents-section';
import { readCreatedReference } from './handoff';
import { JourneySection } from './journey-section';
import { MembersSection } from './members-section';
import { NotesSection } from './notes-section';
import { ObstaclesSection } from './obstacles-section';
import { ProcedureSection } from './procedure-section';
import { QualificationSection } from './qualification-section';
import { RequireCaseStaff } from './require-case-staff';
import { TasksSection } from './tasks-section';
import { TimelineSection } from './timeline-section';
import { useCaseRecord } from './use-case-record';
import { CaseReferralsSection } from '../referrals/case-referrals-section';
import { CaseMessagesSection } from '../messages/case-messages-section';
import { CasePortalSection } from '../portal-invitations/case-portal-section';

/** `/faelle/:id`: one case with its journey, §81a procedure, documents, family, tasks, obstacles, notes and timeline. */
export function CasePage() {
  const { id = '' } = useParams();
  return <RequireCaseStaff>{() => <CaseView key={id} id={id} />}</RequireCaseStaff>;
}

/** Not there, or not shared with the reader: the same answer, so existence is not revealed. */
export function CaseNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('cases.detail.notFoundTitle'));
  return (
    <div className="page text-page" data-testid="case-not-found">
      <KolHeading _level={1} _label={t('cases.detail.notFoundTitle')} />
      <p>{t('cases.detail.notFoundText')}</p>
      <p>
        <AppLink to={paths.cases} label={t('cases.detail.backToList')} />
      </p>
    </div>
  );
}

function CaseView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load, isConflict, change, reload } = useCaseRecord(id);
  const location = useLocation();
  const navigate = useNavigate();
  // "Case created" is said once: the history state is cleared so a reload does not repeat it.
  const [createdReference] = useState(() => readCreatedReference(location.state));
  useEffect(() => {
    if (createdReference) void navigate(location.pathname, { replace: true, state: null });
  }, [createdReference, location.pathname, navigate]);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'missing') return <CaseNotFound />;
  if (load.status === 'failed') {
    return (
      <div className="page">
        <KolHeading _level={1} _label={t('cases.title')} />
        <KolAlert _type="error" _variant="msg" _alert>
          {t('cases.loadFailed')}
        </KolAlert>
      </div>
    );
  }
  return <CaseContent record={load.record} isConflict={isConflict} change={change} reload={reload} createdReference={createdReference} />;
}

type CaseContentProps = Pick<ReturnType<typeof useCaseRecord>, 'isConflict' | 'change' | 'reload'> & { record: Case; createdReference: string | null };

function CaseContent({ record, isConflict, change, reload, createdReference }: CaseContentProps) {
  const { t } = useTranslation();
  usePageTitle(t('cases.detail.pageTitle', { reference: record.reference }));
  const conflictRef = useRef<HTMLDivElement>(null);
  const [reloaded, setReloaded] = useState(false);

  // A stale version: focus goes to the message, which offers the reload.
  useEffect(() => {
    if (isConflict) conflictRef.current?.focus();
  }, [isConflict]);

  const reloadCase = async () => {
    await reload();
    setReloaded(true);
    conflictRef.current?.focus();
  };

  return (
    <div className="page case-page" data-case-id={record.id} data-version={record.version}>
      {createdReference && (
        <KolAlert data-testid="case-created" _type="success" _variant="msg" _alert>
          {t('cases.create.created', { reference: createdReference })}
        </KolAlert>
      )}
      <CaseHeader record={record} />
      <div ref={conflictRef} tabIndex={-1} className="case-conflict" data-testid="case-conflict">
        {isConflict && (
          <KolAlert _type="warning" _variant="card" _alert _level={2} _label={t('cases.detail.conflictTitle')}>
            <p>{t('cases.detail.conflict')}</p>
            <p>{t('cases.detail.conflictHint')}</p>
            <KolButton data-testid="case-reload" _label={t('cases.detail.reload')} _variant="primary" _on={{ onClick: () => void reloadCase() }} />
          </KolAlert>
        )}
        <p className={reloaded && !isConflict ? 'action-status action-status--shown' : 'action-status'} role="status">
          {reloaded && !isConflict ? t('cases.detail.reloaded') : ''}
        </p>
      </div>
      <JourneySection record={record} change={change} />
      <ProcedureSection record={record} change={change} />
      <DocumentsSection record={record} change={change} />
      <QualificationSection record={record} change={change} />
      <div className="case-columns">
        <MembersSection record={record} change={change} />
        <TasksSection record={record} change={change} />
        <ObstaclesSection record={record} change={change} />
        <NotesSection record={record} change={change} />
      </div>
      <CaseMessagesSection record={record} />
      <CaseReferralsSection record={record} />
      <CasePortalSection caseId={record.id} memberCount={record.members.length} />
      <TimelineSection record={record} />
    </div>
  );
}
