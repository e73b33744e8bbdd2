import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLog, AccessLogEntry } from '../../../contract/portal-privacy';
import { consentPurposeSchema } from '../../../contract/consents';
import { portalPrivacyApi } from '../../api/portal-privacy';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { PortalLayout } from '../portal/portal-layout';
import { dateAndTime } from './format';
import { PortalFeedback, type Feedback } from './portal-dialog';
import { orNullWithoutAccount } from './without-account';
import '../../styles/portal-privacy.css';

const pageSize = 20;
const knownPurposes = ['self_service', 'case_management', 'consent_management', 'data_subject_rights', 'referral_management', 'administration'] as const;
type KnownPurpose = (typeof knownPurposes)[number];
type ConsentPurpose = (typeof consentPurposeSchema.options)[number];
const isConsentPurpose = (value: string): value is ConsentPurpose => (consentPurposeSchema.options as readonly string[]).includes(value);
const isKnownPurpose = (value: string): value is KnownPurpose => (knownPurposes as readonly string[]).includes(value);

/** `/mein-weg/daten`: the Art. 15 export as JSON and PDF, and "who has seen my data" in words. */
export function DataPage() {
  return <PortalLayout section="data">{() => <DataView />}</PortalLayout>;
}

function DataView() {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => orNullWithoutAccount(portalPrivacyApi.accessLog(1, pageSize)), 'my-access-log');
  return (
    <div className="portal-privacy">
      <p>{t('portalPrivacy.data.intro')}</p>
      <LoadState loaded={loaded} missing={t('portalPrivacy.missing')} failed={t('portalPrivacy.failed')} testId="my-data-missing">
        {(first) => (
          <>
            <section aria-labelledby="my-export-heading" className="portal-privacy__section">
              <KolHeading _level={2} _label={t('portalPrivacy.data.exportHeading')} id="my-export-heading" />
              <p>{t('portalPrivacy.data.exportText')}</p>
              <div className="portal-privacy__actions">
                <a className="portal-privacy__download" data-testid="export-json" href={portalPrivacyApi.exportUrl(first.caseId, first.personId, 'json')} download>
                  {t('portalPrivacy.data.json')}
                </a>
                <a className="portal-privacy__download" data-testid="export-pdf" href={portalPrivacyApi.exportUrl(first.caseId, first.personId, 'pdf')} download>
                  {t('portalPrivacy.data.pdf')}
                </a>
              </div>
            </section>
            <AccessLogSection first={first} />
          </>
        )}
      </LoadState>
    </div>
  );
}

function AccessLogSection({ first }: { first: AccessLog }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<AccessLogEntry[]>(first.items);
  const [total, setTotal] = useState(first.total);
  const [page, setPage] = useState(1);
  const [isBusy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const more = async () => {
    setBusy(true);
    try {
      const next = await portalPrivacyApi.accessLog(page + 1, pageSize);
      // Newest first: entries written since (this very read, too) shift the pages; each entry once.
      setItems((shown) => [...shown, ...next.items.filter((item) => !shown.some((known) => known.id === item.id))]);
      setTotal(next.total);
      setPage(page + 1);
      setFeedback({ kind: 'success', text: t('portalPrivacy.data.loaded', { count: next.items.length }) });
    } catch {
      setFeedback({ kind: 'error', text: t('portalPrivacy.failedAction') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="my-access-log-heading" className="portal-privacy__section">
      <KolHeading _level={2} _label={t('portalPrivacy.data.logHeading')} id="my-access-log-heading" />
      <p>{t('portalPrivacy.data.logIntro')}</p>
      {items.length === 0 ? (
        <p>{t('portalPrivacy.data.none')}</p>
      ) : (
        <ol className="portal-privacy__log" data-testid="access-log">
          {items.map((entry) => (
            <AccessLogItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      <p className="portal-privacy__count">{t('portalPrivacy.data.count', { shown: items.length, total })}</p>
      <PortalFeedback feedback={feedback} testId="access-log-feedback" />
      {items.length < total && (
        <div className="portal-privacy__actions">
          <KolButton data-testid="access-log-more" _label={t('portalPrivacy.data.more')} _variant="secondary" _disabled={isBusy} _on={{ onClick: () => void more() }} />
        </div>
      )}
    </section>
  );
}

function AccessLogItem({ entry }: { entry: AccessLogEntry }) {
  const { t, i18n } = useTranslation();
  const who = entry.who.kind === 'organisation' ? entry.who.name : t(`portalPrivacy.data.who.${entry.who.kind}`);
  const purpose =
    entry.purpose && isConsentPurpose(entry.purpose)
      ? t(`portalPrivacy.purposes.${entry.purpose}`)
      : entry.purpose && isKnownPurpose(entry.purpose)
        ? t(`portalPrivacy.data.purposes.${entry.purpose}`)
        : t('portalPrivacy.data.purposes.other');
  return (
    <li className="portal-privacy__log-entry" data-testid="access-log-entry" data-who={entry.who.kind}>
      <p className="portal-privacy__log-when">
        <time dateTime={entry.at}>{dateAndTime(entry.at, i18n.language)}</time>
      </p>
      <dl className="portal-privacy__facts">
        <dt>{t('portalPrivacy.data.columns.who')}</dt>
        <dd dir="auto">{who}</dd>
        <dt>{t('portalPrivacy.data.columns.what')}</dt>
        <dd>{t(`portalPrivacy.data.access.${entry.access}`, { subject: t(`portalPrivacy.data.subjects.${entry.subject}`) })}</dd>
        <dt>{t('portalPrivacy.data.columns.purpose')}</dt>
        <dd>{purpose}</dd>
      </dl>
    </li>
  );
}
