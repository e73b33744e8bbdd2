import { KolButton, KolInputEmail, KolSelect } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePortalAccess, CasePortalPerson, PortalInvitation } from '../../../contract/portal-entry';
import { isPortalLanguage, portalLanguages, type PortalLanguage } from '../../../contract/portal-entry';
import { ApiError } from '../../api/client';
import { portalEntryApi } from '../../api/portal-entry';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { languageName, longDay } from '../contact-requests/format';
import '../../styles/portal-entry.css';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; access: CasePortalAccess };

/**
 * "Zugang zum Portal" on the case page: who has access, the invitations sent, "Zum Portal einladen"
 * for the main person and family members of 18 or more, and withdrawing a pending invitation.
 */
export function CasePortalSection({ caseId, memberCount }: { caseId: string; memberCount: number }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [status, setStatus] = useState('');
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  useEffect(() => {
    let isCurrent = true;
    portalEntryApi.portalAccess(caseId).then(
      (access) => isCurrent && setLoad({ status: 'ready', access }),
      () => isCurrent && setLoad({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [caseId, memberCount]);

  const revoke = (invitation: PortalInvitation) =>
    setConfirmation({
      title: t('contactInbox.invite.revokeTitle'),
      text: t('contactInbox.invite.revokeText', { email: invitation.email }),
      confirmLabel: t('contactInbox.invite.revokeConfirm'),
      cancelLabel: t('contactInbox.invite.cancel'),
      run: async () => {
        const access = await portalEntryApi.revoke(caseId, invitation.id);
        setLoad({ status: 'ready', access });
        setStatus(t('contactInbox.invite.revoked'));
      },
    });

  return (
    <section className="case-section portal-access" aria-labelledby="portal-access-title" data-testid="portal-access">
      <h2 id="portal-access-title">{t('contactInbox.invite.title')}</h2>
      <p>{t('contactInbox.invite.intro')}</p>
      {load.status === 'failed' && <p role="alert">{t('contactInbox.invite.failed')}</p>}
      {load.status === 'ready' && (
        <ul className="portal-access-list">
          {load.access.persons.map((person) => (
            <PersonAccess
              key={person.personId}
              caseId={caseId}
              person={person}
              onRevoke={revoke}
              onInvited={(access, email) => {
                setLoad({ status: 'ready', access });
                setStatus(t('contactInbox.invite.sent', { email }));
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" data-testid="portal-access-status">
        {status}
      </p>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="revoke-invitation-dialog" />
    </section>
  );
}

function PersonAccess({
  caseId,
  person,
  onRevoke,
  onInvited,
}: {
  caseId: string;
  person: CasePortalPerson;
  onRevoke(invitation: PortalInvitation): void;
  onInvited(access: CasePortalAccess, email: string): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [isOpen, setOpen] = useState(false);
  const relation = ['main', 'spouse', 'child', 'parent'].includes(person.relation) ? t(`contactInbox.invite.relation.${person.relation as 'main'}`) : person.relation;
  return (
    <li className="portal-access-person" data-person-id={person.personId}>
      <h3>
        {person.givenName} {person.familyName}
      </h3>
      <p>
        {relation} ·{' '}
        {person.portalAccessSince
          ? t('contactInbox.invite.hasAccess', { date: longDay(person.portalAccessSince, language) })
          : person.isAdult
            ? t('contactInbox.invite.noAccess')
            : t('contactInbox.invite.minor')}
      </p>
      {person.invitations.length > 0 && (
        <>
          <h4>{t('contactInbox.invite.invitations')}</h4>
          <ul className="invitation-list">
            {person.invitations.map((invitation) => (
              <li key={invitation.id} data-invitation-status={invitation.status}>
                {t(`contactInbox.invite.status.${invitation.status}`, {
                  date: longDay(
                    invitation.status === 'used' ? (invitation.usedAt ?? '') : invitation.status === 'revoked' ? (invitation.revokedAt ?? '') : invitation.expiresAt,
                    language,
                  ),
                })}{' '}
                {t('contactInbox.invite.sentTo', { email: invitation.email, language: languageName(invitation.language, language) })}
                {invitation.status === 'pending' && (
                  <>
                    {' '}
                    <KolButton
                      data-testid="invitation-revoke"
                      _label={t('contactInbox.invite.revoke')}
                      _ariaDescription={t('contactInbox.invite.revokeLabel', { email: invitation.email })}
                      _variant="ghost"
                      _on={{ onClick: () => onRevoke(invitation) }}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {person.isAdult && !person.portalAccessSince && !isOpen && (
        <KolButton data-testid="portal-invite" _label={t('contactInbox.invite.button')} _variant="secondary" _on={{ onClick: () => setOpen(true) }} />
      )}
      {isOpen && (
        <InviteForm
          caseId={caseId}
          person={person}
          onCancel={() => setOpen(false)}
          onInvited={(access, email) => {
            setOpen(false);
            onInvited(access, email);
          }}
        />
      )}
    </li>
  );
}

function InviteForm({ caseId, person, onCancel, onInvited }: { caseId: string; person: CasePortalPerson; onCancel(): void; onInvited(access: CasePortalAccess, email: string): void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState(person.contactEmail ?? '');
  const [language, setLanguage] = useState<PortalLanguage>(person.invitations[0]?.language ?? 'de');
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);

  const send = async () => {
    setBusy(true);
    setProblem('');
    try {
      onInvited(await portalEntryApi.invite(caseId, { personId: person.personId, email: email.trim(), language }), email.trim());
    } catch (error) {
      const detail = error instanceof ApiError && error.fields ? Object.values(error.fields).join('; ') : error instanceof Error ? error.message : '';
      setProblem(t('contactInbox.invite.sendFailed', { message: detail }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="invite-form"
      data-testid="invite-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <KolInputEmail
        data-testid="invite-email"
        _label={t('contactInbox.invite.email')}
        _required
        _value={email}
        _touched={Boolean(problem)}
        _msg={problem ? { _type: 'error', _description: problem } : undefined}
        _on={{ onInput: (_e: Event, v?: unknown) => setEmail(String(v ?? '')) }}
      />
      <KolSelect
        data-testid="invite-language"
        _label={t('contactInbox.invite.language')}
        _options={portalLanguages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        _value={language}
        _on={{
          onInput: (_e: Event, v?: unknown) => {
            const next = Array.isArray(v) ? v[0] : v;
            if (isPortalLanguage(next)) setLanguage(next);
          },
        }}
      />
      <div className="invite-form__actions">
        <KolButton data-testid="invite-send" _type="submit" _label={t('contactInbox.invite.send')} _variant="primary" _disabled={isBusy} />
        <KolButton data-testid="invite-cancel" _label={t('contactInbox.invite.cancel')} _variant="secondary" _on={{ onClick: onCancel }} />
      </div>
    </form>
  );
}
