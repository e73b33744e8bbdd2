import { KolAlert, KolButton, KolHeading, KolInputPassword } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { minimumPasswordLength } from '../../../contract/admin-users';
import type { InvitationPreview } from '../../../contract/portal-entry';
import { ApiError } from '../../api/client';
import { portalEntryApi } from '../../api/portal-entry';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import '../../styles/portal-entry.css';

type ErrorKey = 'notFound' | 'used' | 'revoked' | 'expired' | 'failed';
type Load = { status: 'loading' } | { status: 'error'; key: ErrorKey } | { status: 'ready'; preview: InvitationPreview };

/** Which message a refused invitation gets. */
function errorKeyOf(error: unknown): ErrorKey {
  if (!(error instanceof ApiError)) return 'failed';
  if (error.status === 404) return 'notFound';
  if (error.code === 'LINK_USED') return 'used';
  if (error.code === 'LINK_EXPIRED') return error.fields?.token === 'revoked' ? 'revoked' : 'expired';
  return 'failed';
}

const locales: Record<string, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar', tr: 'tr-TR', uk: 'uk-UA', fr: 'fr-FR' };
const longDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(locales[language] ?? 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** `/konto/einladung/:token`: the person sets a password (or links the account they are signed in with) and lands on /mein-weg. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  usePageTitle(t('invitation.title'));
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    portalEntryApi.previewInvitation(token).then(
      (preview) => isCurrent && setLoad({ status: 'ready', preview }),
      (error: unknown) => isCurrent && setLoad({ status: 'error', key: errorKeyOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [token]);

  return (
    <div className="page invitation-page" data-testid="invitation-page">
      <KolHeading _level={1} _label={t('invitation.title')} />
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <>
          <KolAlert data-testid="invitation-error" _type="warning" _variant="msg">
            {t(`invitation.errors.${load.key}`)}
          </KolAlert>
          {load.key === 'used' && (
            <p>
              <AppLink to={paths.signIn} label={t('invitation.signIn')} />
            </p>
          )}
        </>
      )}
      {load.status === 'ready' && <Invitation token={token} preview={load.preview} />}
    </div>
  );
}

function Invitation({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <p>{t('invitation.greeting', { name: preview.givenName })}</p>
      <p>{t('invitation.intro', { organisation: preview.organisationName })}</p>
      <p>{t('invitation.until', { date: longDate(preview.expiresAt, i18n.language) })}</p>
      {preview.signedIn === 'other' && (
        <KolAlert data-testid="invitation-staff" _type="warning" _variant="msg">
          {t('invitation.staffAccount')}
        </KolAlert>
      )}
      {preview.signedIn === 'linked_applicant' && (
        <>
          <KolAlert data-testid="invitation-linked" _type="info" _variant="msg">
            {t('invitation.linkedAlready')}
          </KolAlert>
          <p>
            <AppLink to={paths.myJourney} label={t('invitation.toPortal')} />
          </p>
        </>
      )}
      {preview.signedIn === 'applicant' && <LinkAccount token={token} />}
      {preview.signedIn === 'none' && preview.accountExists && (
        <>
          <KolAlert data-testid="invitation-account-exists" _type="info" _variant="msg">
            {t('invitation.accountExists')}
          </KolAlert>
          <KolButton
            data-testid="invitation-sign-in"
            _label={t('invitation.signIn')}
            _variant="primary"
            _on={{ onClick: () => void navigate(paths.signIn, { state: { from: `${paths.portalInvitation}/${token}` } }) }}
          />
        </>
      )}
      {preview.signedIn === 'none' && !preview.accountExists && <SetPassword token={token} />}
    </>
  );
}

/** After redeeming, the whole app starts again signed in (the session cookie is new). */
const openPortal = () => window.location.assign(paths.myJourney);

function LinkAccount({ token }: { token: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | ErrorKey>('idle');
  const link = async () => {
    setState('busy');
    try {
      await portalEntryApi.redeemInvitation(token);
      setState('done');
      openPortal();
    } catch (error) {
      setState(errorKeyOf(error));
    }
  };
  return (
    <>
      <p>{t('invitation.signedIn')}</p>
      <KolButton data-testid="invitation-link" _label={t('invitation.link')} _variant="primary" _disabled={state === 'busy'} _on={{ onClick: () => void link() }} />
      <p role="status">{state === 'done' ? t('invitation.done') : state === 'idle' || state === 'busy' ? '' : t(`invitation.errors.${state}`)}</p>
    </>
  );
}

function SetPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [isDone, setDone] = useState(false);
  const failureRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found: { password?: string; repeat?: string } = {};
    if (password.trim().length < minimumPasswordLength) found.password = t('invitation.errors.tooShort', { count: minimumPasswordLength });
    else if (password !== repeat) found.repeat = t('invitation.errors.mismatch');
    setErrors(found);
    setFailure('');
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await portalEntryApi.redeemInvitation(token, password);
      setDone(true);
      openPortal();
    } catch (error) {
      if (error instanceof ApiError && error.fields?.password) {
        setErrors({ password: /e-mail/.test(error.fields.password) ? t('invitation.errors.sameAsEmail') : t('invitation.errors.tooShort', { count: minimumPasswordLength }) });
      } else {
        setFailure(error instanceof ApiError && error.status === 429 ? t('invitation.errors.rateLimited') : t(`invitation.errors.${errorKeyOf(error)}`));
        failureRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="invitation-form">
      <KolInputPassword
        data-testid="invitation-password"
        _name="password"
        _label={t('invitation.password')}
        _hint={t('invitation.passwordHint', { count: minimumPasswordLength })}
        _autoComplete="new-password"
        _required
        _value={password}
        _touched={Boolean(errors.password)}
        _msg={errors.password ? { _type: 'error', _description: errors.password } : undefined}
        _on={{ onInput: (_event: Event, value?: unknown) => setPassword(String(value ?? '')) }}
      />
      <KolInputPassword
        data-testid="invitation-repeat"
        _name="repeat"
        _label={t('invitation.passwordRepeat')}
        _autoComplete="new-password"
        _required
        _value={repeat}
        _touched={Boolean(errors.repeat)}
        _msg={errors.repeat ? { _type: 'error', _description: errors.repeat } : undefined}
        _on={{ onInput: (_event: Event, value?: unknown) => setRepeat(String(value ?? '')) }}
      />
      {failure && (
        <p ref={failureRef} tabIndex={-1} role="alert" data-testid="invitation-failure">
          {failure}
        </p>
      )}
      {isDone && <p role="status">{t('invitation.done')}</p>}
      <div className="invite-form__actions">
        <KolButton data-testid="invitation-submit" _type="submit" _variant="primary" _disabled={isBusy || isDone} _label={isBusy ? t('invitation.submitting') : t('invitation.submit')} />
      </div>
    </form>
  );
}
