import { KolButton } from '@public-ui/react-v19';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../contract/admin-users';
import { formatDay } from './format';

/** An e-mail address that may wrap after "@" and dots rather than in the middle of a word. */
function breakable(email: string) {
  return email.split(/(?<=[@.])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

export type Ask = 'deactivate' | 'reactivate' | 'signOut' | 'reset' | 'resend';

type UserCardProps = {
  user: AdminUser;
  isSelf: boolean;
  onEdit(): void;
  onAsk(kind: Ask): void;
  /** Called with the card's heading, for moving focus to the first card "show more" added. */
  headingRef?: (element: HTMLHeadingElement | null) => void;
};

/**
 * One account: its data, and its actions folded into an "Aktionen" group so the card is no
 * taller than its data. Every action with consequence still asks for confirmation.
 */
export function UserCard({ user, isSelf, onEdit, onAsk, headingRef }: UserCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `user-${user.id}`;
  const action = (testId: string, label: string, onClick: () => void) => (
    <KolButton data-testid={testId} _label={label} _variant="secondary" _on={{ onClick }} />
  );
  return (
    <li className="user-card" data-email={user.email} data-status={user.status} aria-labelledby={headingId}>
      <h3 id={headingId} className="user-card__name" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {user.name} {isSelf && <span className="user-card__self">{t('adminUsers.you')}</span>}
      </h3>
      <dl className="user-card__facts">
        <dt>{t('adminUsers.fields.email')}</dt>
        <dd className="user-card__email">{breakable(user.email)}</dd>
        <dt>{t('adminUsers.fields.roles')}</dt>
        <dd data-testid="user-roles">{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
        <dt>{t('adminUsers.fields.organisation')}</dt>
        <dd>{user.organisation?.name ?? t('adminUsers.noOrganisation')}</dd>
        <dt>{t('adminUsers.fields.status')}</dt>
        <dd data-testid="user-status">
          <span className={`user-status user-status--${user.status}`}>{t(`adminUsers.status.${user.status}`)}</span>
        </dd>
        {user.isManageable && (
          <>
            <dt>{t('adminUsers.fields.lastSignIn')}</dt>
            <dd>{user.lastSignInAt ? formatDay(user.lastSignInAt, i18n.language) : t('adminUsers.neverSignedIn')}</dd>
          </>
        )}
      </dl>
      {!user.isManageable && <p className="user-card__note">{t('adminUsers.notManageable')}</p>}
      {user.isManageable && !isSelf && (
        <details className="user-card__more" data-testid="user-actions">
          <summary>
            {t('adminUsers.actions.group')}
            <span className="visually-hidden"> {t('adminUsers.actions.groupFor', { name: user.name })}</span>
          </summary>
          <div className="user-card__actions">
            {action('user-edit', t('adminUsers.actions.edit'), onEdit)}
            {user.status === 'active' && action('user-sign-out', t('adminUsers.actions.signOut'), () => onAsk('signOut'))}
            {user.status === 'active' && action('user-reset', t('adminUsers.actions.reset'), () => onAsk('reset'))}
            {user.status === 'invited' && action('user-resend', t('adminUsers.actions.resendInvitation'), () => onAsk('resend'))}
            {user.status === 'inactive'
              ? action('user-reactivate', t('adminUsers.actions.reactivate'), () => onAsk('reactivate'))
              : action('user-deactivate', t('adminUsers.actions.deactivate'), () => onAsk('deactivate'))}
          </div>
        </details>
      )}
    </li>
  );
}
