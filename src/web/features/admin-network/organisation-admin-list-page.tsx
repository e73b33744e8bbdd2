import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { officeKindNames } from '../../../contract/places';
import { adminNetworkApi } from '../../api/admin-network';
import { AppLink } from '../../components/app-link';
import { SelectInput, TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { adminOrganisationPath, paths } from '../../routes/paths';
import { mayEditNetwork, mayReadNetwork } from './organisation-admin-shared';

/** `/verwaltung/netzwerk`: the organisations of the network (admin edits, steering reads). */
export function OrganisationAdminListPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminNetwork.title'));
  return <RequireSession>{(me) => (mayReadNetwork(me) ? <OrganisationList me={me} /> : <NotAllowed />)}</RequireSession>;
}

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="page admin-network-page">
      <KolHeading _level={1} _label={t('adminNetwork.title')} />
      <KolAlert _type="warning" _variant="msg">
        {t('adminNetwork.notAllowed')}
      </KolAlert>
    </div>
  );
}

/** The two parts of the network administration, as links (the current one marked). */
export function AdminNetworkTabs({ current }: { current: 'organisations' | 'agreements' }) {
  const { t } = useTranslation();
  return (
    <nav className="admin-network-tabs" aria-label={t('adminNetwork.title')}>
      <ul>
        <li aria-current={current === 'organisations' ? 'page' : undefined}>
          <AppLink to={paths.adminNetwork} label={t('adminNetwork.sections.organisations')} />
        </li>
        <li aria-current={current === 'agreements' ? 'page' : undefined}>
          <AppLink to={paths.adminNetworkAgreements} label={t('adminNetwork.sections.agreements')} />
        </li>
      </ul>
    </nav>
  );
}

function OrganisationList({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [active, setActive] = useState('all');
  // Search once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(query.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [query]);
  const { loaded } = useLoad(() => adminNetworkApi.organisations({ q: search, kind, active }), `admin-organisations-${search}-${kind}-${active}`);
  const kindOptions = Object.entries(officeKindNames)
    .map(([value, name]) => ({ value, label: name[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <div className="page admin-network-page">
      <KolHeading _level={1} _label={t('adminNetwork.title')} />
      <AdminNetworkTabs current="organisations" />
      <p>{t('adminNetwork.intro')}</p>
      {!mayEditNetwork(me) && <p data-testid="admin-network-read-only">{t('adminNetwork.readOnly')}</p>}
      {mayEditNetwork(me) && (
        <div className="admin-network-actions">
          <AppLink to={paths.adminNetworkNewOrganisation} label={t('adminNetwork.list.new')} variant="primary" />
        </div>
      )}
      <form className="admin-network-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextInput form="admin-organisations" name="q" label={t('adminNetwork.list.search')} value={query} onChange={setQuery} />
        <SelectInput form="admin-organisations" name="kind" label={t('adminNetwork.list.kind')} value={kind} onChange={setKind} placeholder={t('adminNetwork.list.anyKind')} options={kindOptions} />
        <SelectInput
          form="admin-organisations"
          name="active"
          label={t('adminNetwork.list.state')}
          value={active}
          onChange={setActive}
          options={[
            { value: 'all', label: t('adminNetwork.list.stateAll') },
            { value: 'true', label: t('adminNetwork.list.stateActive') },
            { value: 'false', label: t('adminNetwork.list.stateInactive') },
          ]}
        />
      </form>
      <LoadState loaded={loaded} missing={t('adminNetwork.loadFailed')} failed={t('adminNetwork.loadFailed')} testId="admin-organisations-missing">
        {(data) => (
          <>
            <p role="status" data-testid="admin-organisations-count">
              {t('adminNetwork.list.count', { count: data.total })}
            </p>
            {data.items.length === 0 ? (
              <p>{t('adminNetwork.list.empty')}</p>
            ) : (
              <ul className="admin-network-cards" data-testid="admin-organisations">
                {data.items.map((item) => (
                  <li key={item.id} className="admin-network-card" data-organisation={item.id}>
                    <AppLink to={adminOrganisationPath(item.id)} label={item.name} />
                    <p>
                      {item.kindName[language]} · {item.landName[language]} · {t('adminNetwork.list.services', { count: item.serviceCount })}
                    </p>
                    <p className={item.isActive ? 'admin-network-state' : 'admin-network-state admin-network-state--inactive'}>
                      {item.isActive ? t('adminNetwork.list.active') : t('adminNetwork.list.inactive')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
