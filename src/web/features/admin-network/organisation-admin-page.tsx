import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { MeResponse } from '../../../contract/auth';
import type { AdminArea, AdminOrganisation, AdminService } from '../../../contract/admin-network';
import type { ServiceInfo } from '../../../contract/network';
import { officeKindNames } from '../../../contract/places';
import { adminNetworkApi } from '../../api/admin-network';
import { orNullOn } from '../../api/client';
import { ActionFeedback } from '../../components/action-feedback';
import { AppLink } from '../../components/app-link';
import { SelectInput, TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { adminOrganisationPath, paths } from '../../routes/paths';
import { laenderCodes, DetailsSection } from './organisation-admin-details';
import { NotAllowed } from './organisation-admin-list-page';
import { AreasSection, RuleSection, StateSection } from './organisation-admin-sections';
import { mayEditNetwork, mayReadNetwork, useSave } from './organisation-admin-shared';
import { ServicesSection } from './service-admin-section';

type PageData = { organisation: AdminOrganisation; choices: AdminArea[]; catalogue: ServiceInfo[] };

/** `/verwaltung/netzwerk/organisationen/:id`: one organisation in sections; admins edit each in place. */
export function OrganisationAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminNetwork.title'));
  return <RequireSession>{(me) => (mayReadNetwork(me) ? <OrganisationPage me={me} /> : <NotAllowed />)}</RequireSession>;
}

function OrganisationPage({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const { loaded } = useLoad(async (): Promise<PageData | null> => {
    const organisation = await orNullOn(404, adminNetworkApi.organisation(id));
    if (!organisation) return null;
    const [choices, catalogue] = await Promise.all([adminNetworkApi.areas(), adminNetworkApi.services()]);
    return { organisation, choices, catalogue };
  }, `admin-organisation-${id}`);
  return (
    <div className="page admin-network-page">
      <AppLink to={paths.adminNetwork} label={t('adminNetwork.org.back')} />
      <LoadState loaded={loaded} missing={t('adminNetwork.notFound')} failed={t('adminNetwork.loadFailed')} testId="admin-organisation-missing">
        {(data) => <Sections key={data.organisation.id} data={data} canEdit={mayEditNetwork(me)} justCreated={justCreated} />}
      </LoadState>
    </div>
  );
}

function Sections({ data, canEdit, justCreated }: { data: PageData; canEdit: boolean; justCreated: boolean }) {
  const { t } = useTranslation();
  // The page shows what the server answered after each change, without reloading.
  const [organisation, setOrganisation] = useState(data.organisation);
  const onServiceSaved = (service: AdminService) =>
    setOrganisation((current) => ({
      ...current,
      services: current.services.some((item) => item.id === service.id) ? current.services.map((item) => (item.id === service.id ? service : item)) : [...current.services, service],
    }));
  return (
    <>
      <KolHeading _level={1} _label={organisation.name} />
      {justCreated && (
        <KolAlert _type="success" _variant="msg">
          {t('adminNetwork.org.created')}
        </KolAlert>
      )}
      {!canEdit && <p data-testid="admin-network-read-only">{t('adminNetwork.readOnly')}</p>}
      <StateSection organisation={organisation} canEdit={canEdit} onSaved={setOrganisation} />
      <DetailsSection organisation={organisation} canEdit={canEdit} onSaved={setOrganisation} />
      <AreasSection organisation={organisation} canEdit={canEdit} onSaved={setOrganisation} choices={data.choices} />
      <ServicesSection organisation={organisation} canEdit={canEdit} catalogue={data.catalogue} choices={data.choices} onServiceSaved={onServiceSaved} />
      <RuleSection organisation={organisation} canEdit={canEdit} onSaved={setOrganisation} />
    </>
  );
}

/** `/verwaltung/netzwerk/organisationen/neu` (admin): name, kind and Land; the rest on the organisation's page. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminNetwork.org.newTitle'));
  return <RequireSession>{(me) => (mayEditNetwork(me) ? <NewOrganisationForm /> : <NotAllowed />)}</RequireSession>;
}

function NewOrganisationForm() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [land, setLand] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useSave();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('adminNetwork.errors.required');
    const found = { ...(name.trim() ? {} : { name: required }), ...(kind ? {} : { kind: required }), ...(land ? {} : { land: required }) };
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    await save.run(async () => {
      const created = await adminNetworkApi.createOrganisation({ name, kind: kind as AdminOrganisation['kind'], land: land as AdminOrganisation['land'] });
      void navigate(adminOrganisationPath(created.id), { state: { created: true } });
      return t('adminNetwork.common.saved');
    });
  };
  const errors = { ...save.problem.fields, ...missing };
  return (
    <div className="page admin-network-page">
      <AppLink to={paths.adminNetwork} label={t('adminNetwork.org.back')} />
      <KolHeading _level={1} _label={t('adminNetwork.org.newTitle')} />
      <ActionFeedback feedback={save.feedback} testId="organisation-new-feedback" />
      <form noValidate className="case-form admin-network-form" data-testid="organisation-new-form" onSubmit={(event) => void submit(event)}>
        <TextInput form="organisation-new" name="name" label={t('adminNetwork.org.fields.name')} required value={name} onChange={setName} error={errors.name} />
        <SelectInput
          form="organisation-new"
          name="kind"
          label={t('adminNetwork.org.fields.kind')}
          required
          placeholder={t('adminNetwork.org.chooseKind')}
          value={kind}
          onChange={setKind}
          options={Object.entries(officeKindNames)
            .map(([value, names]) => ({ value, label: names[language] }))
            .sort((a, b) => a.label.localeCompare(b.label, language))}
          error={errors.kind}
        />
        <SelectInput
          form="organisation-new"
          name="land"
          label={t('adminNetwork.org.fields.land')}
          required
          placeholder={t('adminNetwork.org.chooseLand')}
          value={land}
          onChange={setLand}
          options={laenderCodes.map((code) => ({ value: code, label: t(`adminNetwork.laender.${code}`) }))}
          error={errors.land}
        />
        <KolButton data-testid="organisation-new-save" _label={t('adminNetwork.common.create')} _type="submit" _variant="primary" _disabled={save.isBusy} />
      </form>
    </div>
  );
}
