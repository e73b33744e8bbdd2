import { KolAlert, KolButton, KolHeading, KolInputEmail, KolInputPassword, KolLinkButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { AuthProvidersResponse, DemoAccountsResponse } from '../../contract/auth';
import { ApiError, api } from '../api/client';
import { AppLink } from '../components/app-link';
import { Loading } from '../components/require-session';
import { usePageTitle } from '../components/use-page-title';
import { useSession } from '../session/session-context';
import { DemoAccountsTable, type DemoAccount } from './demo-accounts-table';
import { paths } from './paths';
import { EntryPageLinks } from '../features/entry-pages/about-lotse-page';

type FieldErrors = { email?: string; password?: string };

/** Translation key of the message for a failed sign-in. */
function errorKey(error: unknown) {
  if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') return 'signIn.errors.invalidCredentials';
  if (error instanceof ApiError && error.status === 401) return 'signIn.errors.invalidCredentials';
  if (error instanceof ApiError && (error.code === 'RATE_LIMITED' || error.status === 429)) return 'signIn.errors.rateLimited';
  return 'signIn.errors.generic';
}

/** `/anmelden`: email and password form, single sign-on if configured, demo accounts in demo mode. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const submitRef = useRef<HTMLKolButtonElement>(null);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const [providers, setProviders] = useState<AuthProvidersResponse | null>(null);
  const [demo, setDemo] = useState<DemoAccountsResponse | null>(null);

  useEffect(() => {
    // Both are optional extras: the password form works without them.
    api.authProviders().then(setProviders, () => setProviders(null));
    api.demoAccounts().then(setDemo, () => setDemo(null));
  }, []);

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-in') return <Navigate to={paths.start} replace />;

  const from = (location.state as { from?: unknown } | null)?.from;
  const target = typeof from === 'string' && from.startsWith('/') ? from : paths.start;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSubmitting) return;
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = t('signIn.errors.emailRequired');
    if (password === '') errors.password = t('signIn.errors.passwordRequired');
    setFieldErrors(errors);
    setFailure(null);
    setStatus('');
    if (errors.email || errors.password) return;
    setSubmitting(true);
    try {
      await signIn({ email: email.trim(), password });
      await navigate(target, { replace: true });
    } catch (error) {
      setFailure(t(errorKey(error)));
    } finally {
      setSubmitting(false);
    }
  };

  const fillDemoAccount = (account: DemoAccount, demoPassword: string) => {
    setEmail(account.email);
    setPassword(demoPassword);
    setFieldErrors({});
    setFailure(null);
    setStatus(t('signIn.demo.filled', { name: account.name }));
    void submitRef.current?.focus();
  };

  const isPasswordOffered = providers?.password ?? true;

  return (
    <div className="page sign-in-page">
      <KolHeading _level={1} _label={t('signIn.title')} />
      <p>{t('signIn.intro')}</p>
      <p className="notice sign-in-wegweiser">
        <AppLink to={paths.wegweiser} label={t('signIn.wegweiser')} />
      </p>
      <EntryPageLinks />
      {failure && (
        <KolAlert data-testid="sign-in-error" _type="error" _variant="card" _alert _level={2} _label={t('signIn.errorTitle')}>
          {failure}
        </KolAlert>
      )}
      {isPasswordOffered && (
        <form className="sign-in-form" aria-label={t('signIn.formLabel')} noValidate onSubmit={(event) => void submit(event)}>
          <KolInputEmail
            _name="email"
            _label={t('signIn.email')}
            _autoComplete="username"
            _required
            _value={email}
            _touched={Boolean(fieldErrors.email)}
            _msg={fieldErrors.email ? { _type: 'error', _description: fieldErrors.email } : undefined}
            _on={{ onInput: (_event: Event, value?: unknown) => setEmail(String(value ?? '')) }}
          />
          <KolInputPassword
            _name="password"
            _label={t('signIn.password')}
            _autoComplete="current-password"
            _required
            _value={password}
            _touched={Boolean(fieldErrors.password)}
            _msg={fieldErrors.password ? { _type: 'error', _description: fieldErrors.password } : undefined}
            _on={{ onInput: (_event: Event, value?: unknown) => setPassword(String(value ?? '')) }}
          />
          <KolButton
            ref={submitRef}
            data-testid="sign-in-submit"
            _type="submit"
            _variant="primary"
            _label={isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
            _disabled={isSubmitting}
          />
        </form>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {providers?.oidc && (
        <div className="sign-in-oidc">
          {isPasswordOffered && <p>{t('signIn.oidcIntro')}</p>}
          <KolLinkButton
            _href={providers.oidc.startUrl}
            _label={t('signIn.oidc', { label: providers.oidc.label })}
            _variant="secondary"
          />
        </div>
      )}
      {demo && isPasswordOffered && (
        <DemoAccountsTable demo={demo} onUse={(account) => fillDemoAccount(account, demo.password)} />
      )}
    </div>
  );
}
