import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../contract/consents';
import { portalPrivacyApi } from '../../api/portal-privacy';
import { AppLink } from '../../components/app-link';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { organisationPath } from '../network/directory-format';
import { PortalLayout } from '../portal/portal-layout';
import { longDate, longDay, nameList } from './format';
import { GiveConsent } from './give-consent';
import { PortalDialog, PortalFeedback, type Confirmation, type Feedback } from './portal-dialog';
import { orNullWithoutAccount } from './without-account';
import '../../styles/portal-privacy.css';

/** `/mein-weg/einwilligungen`: the person's consents; give a new one after reading it, withdraw after a confirmation. */
export function ConsentsPage() {
  return <PortalLayout section="consents">{() => <ConsentsView />}</PortalLayout>;
}

function ConsentsView() {
  const { t, i18n } = useTranslation();
  const { loaded, reload } = useLoad(() => orNullWithoutAccount(portalPrivacyApi.myConsents()), 'my-consents');
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  return (
    <div className="portal-privacy">
      <p>{t('portalPrivacy.consents.intro')}</p>
      <LoadState loaded={loaded} missing={t('portalPrivacy.missing')} failed={t('portalPrivacy.failed')} testId="my-consents-missing">
        {(data) => (
          <>
            <PortalFeedback feedback={feedback} testId="my-consents-feedback" />
            <GiveConsent
              caseId={data.caseId}
              onGiven={async () => {
                await reload();
                setFeedback({ kind: 'success', text: t('portalPrivacy.give.done') });
              }}
            />
            <section aria-labelledby="my-consents-heading">
              <KolHeading _level={2} _label={t('portalPrivacy.consents.heading')} id="my-consents-heading" />
              {data.items.length === 0 ? (
                <p data-testid="my-consents-none">{t('portalPrivacy.consents.none')}</p>
              ) : (
                <ul className="portal-privacy__cards" data-testid="my-consents">
                  {data.items.map((consent) => (
                    <ConsentCard
                      key={consent.id}
                      consent={consent}
                      onWithdraw={() =>
                        setConfirmation({
                          title: t('portalPrivacy.withdraw.title'),
                          text: t('portalPrivacy.withdraw.text', { recipients: nameList(consent.recipients.map((r) => r.name), i18n.language) }),
                          confirmLabel: t('portalPrivacy.withdraw.confirm'),
                          cancelLabel: t('portalPrivacy.withdraw.cancel'),
                          run: async () => {
                            try {
                              await portalPrivacyApi.withdraw(consent.id);
                              await reload();
                              setFeedback({ kind: 'success', text: t('portalPrivacy.withdraw.done') });
                            } catch {
                              setFeedback({ kind: 'error', text: t('portalPrivacy.failedAction') });
                            }
                          },
                        })
                      }
                    />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </LoadState>
      <PortalDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="withdraw-dialog" />
    </div>
  );
}

function ConsentCard({ consent, onWithdraw }: { consent: Consent; onWithdraw(): void }) {
  const { t, i18n } = useTranslation();
  const given = longDate(consent.givenAt, i18n.language);
  const headingId = `consent-${consent.id}`;
  return (
    <li className="portal-privacy__card" data-testid="my-consent" data-state={consent.state} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('portalPrivacy.consents.itemTitle', { date: given })} <span className={`portal-privacy__state portal-privacy__state--${consent.state}`}>{t(`portalPrivacy.consents.state.${consent.state}`)}</span>
      </h3>
      <dl className="portal-privacy__facts">
        <dt>{t('portalPrivacy.consents.recipients')}</dt>
        <dd>
          <ul>
            {consent.recipients.map((recipient) => (
              <li key={recipient.id} dir="auto">
                <AppLink to={organisationPath(recipient.id)} label={recipient.name} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('portalPrivacy.consents.purposes')}</dt>
        <dd>
          <ul>
            {consent.purposes.map((purpose) => (
              <li key={purpose}>{t(`portalPrivacy.purposes.${purpose}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('portalPrivacy.consents.categories')}</dt>
        <dd>
          <ul>
            {consent.dataCategories.map((category) => (
              <li key={category}>{t(`portalPrivacy.categories.${category}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('portalPrivacy.consents.givenOn')}</dt>
        <dd>{given}</dd>
        <dt>{t('portalPrivacy.consents.validUntil')}</dt>
        <dd>{consent.validThrough ? longDay(consent.validThrough, i18n.language) : t('portalPrivacy.consents.untilWithdrawn')}</dd>
        {consent.withdrawnAt && (
          <>
            <dt>{t('portalPrivacy.consents.withdrawnOn')}</dt>
            <dd>{longDate(consent.withdrawnAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      <div className="portal-privacy__actions">
        <a className="portal-privacy__download" href={portalPrivacyApi.consentPdfUrl(consent.id)} download aria-label={t('portalPrivacy.consents.pdfLabel', { date: given })}>
          {t('portalPrivacy.consents.pdf')}
        </a>
        {(consent.state === 'valid' || consent.state === 'not_yet_given') && (
          <KolButton data-testid="consent-withdraw" _label={t('portalPrivacy.consents.withdraw')} _variant="secondary" _on={{ onClick: onWithdraw }} />
        )}
      </div>
    </li>
  );
}
