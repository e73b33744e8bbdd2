import { KolHeading, KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import type { AdminAgreement } from '../../../contract/admin-network';
import { adminNetworkApi } from '../../api/admin-network';
import { AppLink } from '../../components/app-link';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { adminAgreementPath, paths } from '../../routes/paths';
import { formatDate } from '../wegweiser/format';
import { AdminNetworkTabs, NotAllowed } from './organisation-admin-list-page';
import { mayEditNetwork, mayReadNetwork } from './organisation-admin-shared';

/** `/verwaltung/netzwerk/vereinbarungen`: declared cooperation agreements, ended ones included. */
export function AgreementAdminListPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminNetwork.agreements.title'));
  return <RequireSession>{(me) => (mayReadNetwork(me) ? <AgreementList me={me} /> : <NotAllowed />)}</RequireSession>;
}

/** "1. Januar 2026 bis 31. Dezember 2027" or "ab 1. Januar 2026, unbefristet". */
export function useValidityText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (agreement: Pick<AdminAgreement, 'validFrom' | 'validTo'>) =>
    agreement.validTo
      ? t('adminNetwork.agreements.validity', { from: formatDate(agreement.validFrom, language), to: formatDate(agreement.validTo, language) })
      : t('adminNetwork.agreements.openEnded', { from: formatDate(agreement.validFrom, language) });
}

function AgreementList({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const validity = useValidityText();
  const { loaded } = useLoad(() => adminNetworkApi.agreements(), 'admin-agreements');
  return (
    <div className="page admin-network-page">
      <KolHeading _level={1} _label={t('adminNetwork.agreements.title')} />
      <AdminNetworkTabs current="agreements" />
      <p>{t('adminNetwork.agreements.intro')}</p>
      {!mayEditNetwork(me) && <p data-testid="admin-network-read-only">{t('adminNetwork.readOnly')}</p>}
      {mayEditNetwork(me) && (
        <div className="admin-network-actions">
          <AppLink to={paths.adminNetworkNewAgreement} label={t('adminNetwork.agreements.new')} variant="primary" />
        </div>
      )}
      <LoadState loaded={loaded} missing={t('adminNetwork.loadFailed')} failed={t('adminNetwork.loadFailed')} testId="admin-agreements-missing">
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('adminNetwork.agreements.empty')}</p>
          ) : (
            <>
              <p>{t('adminNetwork.agreements.count', { count: data.total })}</p>
              <ul className="admin-network-cards" data-testid="admin-agreements">
                {data.items.map((agreement) => (
                  <li key={agreement.id} className="admin-network-card" data-agreement={agreement.id}>
                    <AppLink to={adminAgreementPath(agreement.id)} label={agreement.title} />
                    <p>
                      {agreement.topicName[language]} · {validity(agreement)}
                    </p>
                    <p>{t('adminNetwork.agreements.partnersValue', { names: agreement.partners.map((partner) => partner.name).join(', ') })}</p>
                    <p className={agreement.isActive ? 'admin-network-state' : 'admin-network-state admin-network-state--inactive'}>
                      {agreement.isActive ? t('adminNetwork.agreements.active') : t('adminNetwork.agreements.ended')}
                    </p>
                    {agreement.documentUrl && <KolLink _href={agreement.documentUrl} _label={`${t('adminNetwork.agreements.document')}: ${agreement.title}`} _target="_blank" />}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </LoadState>
    </div>
  );
}
