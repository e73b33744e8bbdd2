import { KolAlert, KolButton, KolHeading, KolInputPassword } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { minimumPasswordLength, type AccountLinkInfo } from '../../../contract/admin-users';
import { adminUsersApi } from '../../api/admin-users';
import { ApiError } from '../../api/client';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { formatMoment } from './format';
import '../../styles/admin-users.css';

type LinkState = { ok: true; info: AccountLinkInfo } | { ok: false; reason: 'used' | 'expired' | 'unknown' };

async function loadLink(token: string): Promise<LinkState> {
  try {
    return { ok: true, info: await adminUsersApi.link(token) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'LINK_USED') return { ok: false, reason: 'used' };
    if (error instanceof ApiError && error.code === 'LINK_EXPIRED') return { ok: false, reason: 'expired' };
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return { ok: false, reason: 'unknown' };
    throw error;
  }
}

/** `/konto/link/:token`: set the password with an invitation or reset link, then sign in (public). */
export function AccountLinkPage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? '';
  const { loaded } = useLoad(() => loadLink(token), `account-link-${token}`);
  const [done, setDone] = useState(false);
  const state = loaded.status === 'ready' ? loaded.data : null;
  const title = !state ? t('adminUsers.link.titleReset') : !state.ok ? t('adminUsers.link.titleInvalid') : state.info.purpose === 'invitation' ? t('adminUsers.link.titleInvitation') : t('adminUsers.link.titleReset');
  usePageTitle(title);

  return (
    <div className="page account-link-page">
      <KolHeading _level={1} _label={title} />
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('adminUsers.link.failed')}
        </KolAlert>
      )}
      {state && !state.ok && (
        <KolAlert _type="warning" _variant="msg" data-testid="account-link-invalid" data-reason={state.reason}>
          {t(`adminUsers.link.${state.reason}`)}
        </KolAlert>
      )}
      {state?.ok && done && (
        <div data-testid="account-link-done">
          <KolAlert _type="success" _variant="msg" _alert>
            {t('adminUsers.link.done')}
          </KolAlert>
          <p>
            <AppLink to={paths.signIn} label={t('adminUsers.link.signIn')} variant="primary" />
          </p>
        </div>
      )}
      {state?.ok && !done && (
        <>
          <p>{state.info.purpose === 'invitation' ? t('adminUsers.link.introInvitation') : t('adminUsers.link.introReset')}</p>
          <p>{t('adminUsers.link.validUntil', { date: formatMoment(state.info.expiresAt, i18n.language) })}</p>
          <PasswordForm token={token} onDone={() => setDone(true)} />
        </>
      )}
    </div>
  );
}

function PasswordForm({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const failureRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found: typeof errors = {};
    if (password.trim().length < minimumPasswordLength) found.password = t('adminUsers.link.tooShort', { min: minimumPasswordLength });
    if (repeat !== password) found.repeat = t('adminUsers.link.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await adminUsersApi.setPassword(token, password);
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.fields?.password) {
        setErrors({ password: /e-mail/.test(error.fields.password) ? t('adminUsers.link.sameAsEmail') : t('adminUsers.link.tooShort', { min: minimumPasswordLength }) });
      } else {
        setFailure(error instanceof ApiError && error.code === 'LINK_USED' ? t('adminUsers.link.used') : error instanceof ApiError && error.code === 'LINK_EXPIRED' ? t('adminUsers.link.expired') : t('adminUsers.link.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="case-form account-link-form" noValidate onSubmit={(event) => void submit(event)} data-testid="account-link-form">
      <KolInputPassword
        data-field="password"
        _name="password"
        _label={t('adminUsers.link.password')}
        _hint={t('adminUsers.link.passwordHint', { min: minimumPasswordLength })}
        _autoComplete="new-password"
        _required
        _value={password}
        _touched={Boolean(errors.password)}
        _msg={errors.password ? { _type: 'error', _description: errors.password } : undefined}
        _on={{ onInput: (_event: Event, value?: unknown) => setPassword(String(value ?? '')) }}
      />
      <KolInputPassword
        data-field="repeat"
        _name="repeat"
        _label={t('adminUsers.link.repeat')}
        _autoComplete="new-password"
        _required
        _value={repeat}
        _touched={Boolean(errors.repeat)}
        _msg={errors.repeat ? { _type: 'error', _description: errors.repeat } : undefined}
        _on={{ onInput: (_event: Event, value?: unknown) => setRepeat(String(value ?? '')) }}
      />
      {failure && (
        <p ref={failureRef} className="referral-error" role="alert" data-testid="account-link-failure">
          {failure}
        </p>
      )}
      <div className="case-form__actions">
        <KolButton data-testid="account-link-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('adminUsers.link.submit')} />
      </div>
    </form>
  );
}
