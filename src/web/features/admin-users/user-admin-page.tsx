import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { grantableRoles, managementScope, type AdminUser } from '../../../contract/admin-users';
import type { MeResponse } from '../../../contract/auth';
import { adminUsersApi } from '../../api/admin-users';
import { ApiError } from '../../api/client';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { formatMoment } from './format';
import type { Ask } from './user-card';
import { UserFormDialog, type UserFormValues } from './user-form-dialog';
import { UserList } from './user-list';
import '../../styles/admin-users.css';

/** `/verwaltung/benutzer`: accounts of the network (admin) or of the own organisation (org_admin). */
export function UserAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminUsers.title'));
  return <RequireSession>{(me) => <UserAdmin me={me} />}</RequireSession>;
}

/**
 * A refused action in the page's words (the server's messages are for API clients). A conflict
 * means what the action can run into: the last admin when deactivating (the page offers no action
 * on one's own account), an invitation not accepted when reactivating, a deactivated account when
 * sending a password link.
 */
function refusalText(error: unknown, kind: Ask | 'edit', t: TFunction): string {
  if (!(error instanceof ApiError)) return t('adminUsers.errors.failed');
  if (error.code === 'FORBIDDEN') return t('adminUsers.errors.forbidden');
  if (error.code === 'NOT_FOUND') return t('adminUsers.errors.notFound');
  if (error.code === 'CONFLICT') {
    if (kind === 'deactivate' || kind === 'edit') return t('adminUsers.errors.lastAdmin');
    if (kind === 'reactivate') return t('adminUsers.errors.pendingInvitation');
    if (kind === 'reset') return t('adminUsers.errors.deactivated');
  }
  return t('adminUsers.errors.failed');
}

function UserAdmin({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const manager = { roles: me.user.roles, organisationId: me.user.organisationId };
  const scope = managementScope(manager);
  const { loaded, reload } = useLoad(
    async () => (scope === 'none' ? null : { users: (await adminUsersApi.users()).items, organisations: await adminUsersApi.organisations() }),
    `admin-users-${scope}`,
  );
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [form, setForm] = useState<{ mode: 'invite' | 'edit'; user: AdminUser | null } | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  if (scope === 'none') {
    return (
      <div className="page user-admin-page">
        <KolHeading _level={1} _label={t('adminUsers.title')} />
        <KolAlert _type="warning" _variant="msg" data-testid="admin-users-not-allowed">
          {t('adminUsers.notAllowed')}
        </KolAlert>
      </div>
    );
  }

  const fixedOrganisation = scope === 'own' && me.user.organisation ? { id: me.user.organisation.id, name: me.user.organisation.name } : null;
  const act = (kind: Ask, run: () => Promise<string>) => async () => {
    setFeedback(null);
    try {
      const text = await run();
      await reload();
      setFeedback({ kind: 'success', text });
    } catch (error) {
      setFeedback({ kind: 'error', text: refusalText(error, kind, t) });
    }
  };
  const ask = (user: AdminUser, kind: Ask) => {
    const names = { name: user.name, email: user.email };
    const runs: Record<typeof kind, () => Promise<string>> = {
      deactivate: async () => (await adminUsersApi.deactivate(user.id), t('adminUsers.done.deactivated', names)),
      reactivate: async () => (await adminUsersApi.reactivate(user.id), t('adminUsers.done.reactivated', names)),
      signOut: async () => t('adminUsers.done.signedOut', { ...names, count: (await adminUsersApi.signOut(user.id)).sessionsEnded }),
      reset: async () => t('adminUsers.done.linkSent', { ...names, until: formatMoment((await adminUsersApi.sendLink(user.id)).expiresAt, i18n.language) }),
      resend: async () => t('adminUsers.done.linkSent', { ...names, until: formatMoment((await adminUsersApi.sendLink(user.id)).expiresAt, i18n.language) }),
    };
    setConfirmation({
      title: t(`adminUsers.confirm.${kind}Title`, names),
      text: t(`adminUsers.confirm.${kind}Text`, names),
      confirmLabel: t(`adminUsers.confirm.${kind}Confirm`),
      cancelLabel: t('adminUsers.confirm.cancel'),
      run: act(kind, runs[kind]),
    });
  };

  const submitForm = async (values: UserFormValues) => {
    if (!form) return;
    setFeedback(null);
    if (form.mode === 'invite') {
      const created = await adminUsersApi.invite(values);
      setFeedback({ kind: 'success', text: t('adminUsers.done.invited', { email: created.email }) });
    } else if (form.user) {
      const changed = await adminUsersApi.change(form.user.id, { roles: values.roles, organisationId: values.organisationId });
      setFeedback({ kind: 'success', text: t('adminUsers.done.changed', { name: changed.name }) });
    }
    setForm(null);
    await reload();
  };

  return (
    <div className="page user-admin-page">
      <KolHeading _level={1} _label={t('adminUsers.title')} />
      <p>{fixedOrganisation ? t('adminUsers.introOwn', { organisation: fixedOrganisation.name }) : t('adminUsers.intro')}</p>
      <div className="user-admin-actions">
        <KolButton data-testid="user-invite-open" _label={t('adminUsers.invite')} _variant="primary" _on={{ onClick: () => setForm({ mode: 'invite', user: null }) }} />
      </div>
      <ActionFeedback feedback={feedback} testId="user-admin-feedback" />
      <LoadState loaded={loaded} missing={t('adminUsers.notAllowed')} failed={t('adminUsers.loadFailed')} testId="admin-users-missing">
        {(data) => (
          <>
            <UserFormDialog
              mode={form?.mode ?? 'invite'}
              user={form?.user ?? null}
              isOpen={form !== null}
              grantable={grantableRoles(manager)}
              organisations={data.organisations}
              fixedOrganisation={fixedOrganisation}
              submit={submitForm}
              close={() => setForm(null)}
            />
            <UserList users={data.users} selfId={me.user.id} onEdit={(user) => setForm({ mode: 'edit', user })} onAsk={ask} />
          </>
        )}
      </LoadState>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="user-confirm" />
    </div>
  );
}
