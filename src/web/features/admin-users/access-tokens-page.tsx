import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessToken } from '../../../contract/admin-users';
import type { MeResponse } from '../../../contract/auth';
import { adminUsersApi } from '../../api/admin-users';
import { ApiError } from '../../api/client';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { SelectInput, TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { formatDay } from './format';
import '../../styles/admin-users.css';

const expiryChoices = ['7', '30', '90', '180', '365'] as const;

/** `/konto/zugaenge`: the signed-in person's personal access tokens. */
export function AccessTokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminUsers.tokens.title'));
  return <RequireSession>{(me) => <AccessTokens me={me} />}</RequireSession>;
}

type Created = { name: string; token: string; expiresAt: string | null };

function AccessTokens({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(() => adminUsersApi.tokens(), `tokens-${me.user.id}`);
  const [name, setName] = useState('');
  const [days, setDays] = useState<string>('90');
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<Created | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [isBusy, setBusy] = useState(false);
  const createdRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!name.trim()) return setNameError(t('adminUsers.tokens.nameRequired'));
    setNameError(undefined);
    setFeedback(null);
    setBusy(true);
    try {
      const result = await adminUsersApi.createToken({ name: name.trim(), expiresInDays: Number(days) });
      setCreated({ name: result.name, token: result.token, expiresAt: result.expiresAt });
      setName('');
      await reload();
    } catch (error) {
      setFeedback({ kind: 'error', text: error instanceof ApiError && error.code === 'FORBIDDEN' ? t('adminUsers.tokens.notWithToken') : t('adminUsers.tokens.failed') });
    } finally {
      setBusy(false);
    }
  };

  const askRevoke = (token: AccessToken) =>
    setConfirmation({
      title: t('adminUsers.tokens.confirmTitle', { name: token.name }),
      text: t('adminUsers.tokens.confirmText'),
      confirmLabel: t('adminUsers.tokens.confirmRevoke'),
      cancelLabel: t('adminUsers.tokens.cancel'),
      run: async () => {
        setFeedback(null);
        try {
          await adminUsersApi.revokeToken(token.id);
          await reload();
          setFeedback({ kind: 'success', text: t('adminUsers.tokens.revoked', { name: token.name }) });
        } catch {
          setFeedback({ kind: 'error', text: t('adminUsers.tokens.failed') });
        }
      },
    });

  return (
    <div className="page access-tokens-page">
      <KolHeading _level={1} _label={t('adminUsers.tokens.title')} />
      <p>{t('adminUsers.tokens.intro')}</p>
      <form className="case-form" noValidate onSubmit={(event) => void create(event)} aria-labelledby="token-create-title" data-testid="token-create-form">
        <h2 id="token-create-title">{t('adminUsers.tokens.createTitle')}</h2>
        <TextInput form="token" name="name" label={t('adminUsers.tokens.name')} hint={t('adminUsers.tokens.nameHint')} required value={name} error={nameError} onChange={setName} />
        <SelectInput
          form="token"
          name="expiresInDays"
          label={t('adminUsers.tokens.expiry')}
          value={days}
          options={expiryChoices.map((value) => ({ value, label: t(`adminUsers.tokens.expiryOptions.${value}`) }))}
          onChange={setDays}
        />
        <div className="case-form__actions">
          <KolButton data-testid="token-create" _type="submit" _variant="primary" _disabled={isBusy} _label={t('adminUsers.tokens.create')} />
        </div>
      </form>
      {created && <CreatedToken ref={createdRef} created={created} />}
      <ActionFeedback feedback={feedback} testId="token-feedback" />
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title">{t('adminUsers.tokens.listTitle')}</h2>
        <LoadState loaded={loaded} missing={t('adminUsers.tokens.none')} failed={t('adminUsers.tokens.failed')} testId="token-missing">
          {(tokens) =>
            tokens.length === 0 ? (
              <p data-testid="token-none">{t('adminUsers.tokens.none')}</p>
            ) : (
              <ul className="token-cards" data-testid="token-list">
                {tokens.map((token) => (
                  <TokenCard key={token.id} token={token} onRevoke={() => askRevoke(token)} />
                ))}
              </ul>
            )
          }
        </LoadState>
      </section>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="token-confirm" />
    </div>
  );
}

function CreatedToken({ created, ref }: { created: Created; ref: React.Ref<HTMLDivElement> }) {
  const { t, i18n } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} className="token-secret" role="region" aria-labelledby="token-created-title" data-testid="token-created">
      <h2 id="token-created-title">{t('adminUsers.tokens.createdTitle', { name: created.name })}</h2>
      <p>{t('adminUsers.tokens.createdText', { until: created.expiresAt ? formatDay(created.expiresAt, i18n.language) : t('adminUsers.tokens.noExpiry') })}</p>
      <p>
        <strong>{t('adminUsers.tokens.createdLabel')}:</strong>
      </p>
      <code data-testid="token-value">{created.token}</code>
    </div>
  );
}

function TokenCard({ token, onRevoke }: { token: AccessToken; onRevoke(): void }) {
  const { t, i18n } = useTranslation();
  const state = token.revokedAt ? 'revoked' : token.isActive ? 'active' : 'expired';
  const day = (instant: string | null, fallback: string) => (instant ? formatDay(instant, i18n.language) : fallback);
  return (
    <li className="token-card" data-token-id={token.id} data-state={state} aria-labelledby={`token-${token.id}`}>
      <h3 id={`token-${token.id}`} className="token-card__name">
        {token.name}
      </h3>
      <dl className="token-card__facts">
        <dt>{t('adminUsers.tokens.stateLabel')}</dt>
        <dd data-testid="token-state">{t(`adminUsers.tokens.state.${state}`)}</dd>
        <dt>{t('adminUsers.tokens.createdAt')}</dt>
        <dd>{formatDay(token.createdAt, i18n.language)}</dd>
        <dt>{t('adminUsers.tokens.lastUsed')}</dt>
        <dd>{day(token.lastUsedAt, t('adminUsers.tokens.never'))}</dd>
        <dt>{t('adminUsers.tokens.expires')}</dt>
        <dd>{day(token.expiresAt, t('adminUsers.tokens.noExpiry'))}</dd>
        {token.revokedAt && (
          <>
            <dt>{t('adminUsers.tokens.revokedAt')}</dt>
            <dd>{formatDay(token.revokedAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      {state === 'active' && (
        <div className="token-card__actions">
          <KolButton data-testid="token-revoke" _label={t('adminUsers.tokens.revoke')} _variant="secondary" _on={{ onClick: onRevoke }} />
        </div>
      )}
    </li>
  );
}
