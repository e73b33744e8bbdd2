import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { MeResponse } from '../../../contract/auth';
import type { AdminAgreement, AdminOrganisationSummary, CreateAgreementBody } from '../../../contract/admin-network';
import { adminNetworkApi } from '../../api/admin-network';
import { orNullOn } from '../../api/client';
import { ActionFeedback } from '../../components/action-feedback';
import { AppLink } from '../../components/app-link';
import { DateInput, SelectInput, TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { adminAgreementPath, paths } from '../../routes/paths';
import { useValidityText } from './agreement-admin-list-page';
import { NotAllowed } from './organisation-admin-list-page';
import { ConfirmDialog, Fact, mayEditNetwork, mayReadNetwork, useSave } from './organisation-admin-shared';

const topics = ['recognition', 'accelerated_procedure', 'welcome', 'labour_market', 'language', 'family'] as const;
type Partner = { id: string; name: string };
type PageData = { agreement: AdminAgreement | null; organisations: AdminOrganisationSummary[] };

/** `/verwaltung/netzwerk/vereinbarungen/:id` (and `/neu`): an agreement, its partners by name, its term and document. */
export function AgreementAdminEditPage() {
  const { t } = useTranslation();
  const { id = 'neu' } = useParams();
  usePageTitle(id === 'neu' ? t('adminNetwork.agreements.newTitle') : t('adminNetwork.agreements.editTitle'));
  return <RequireSession>{(me) => (mayReadNetwork(me) && (id !== 'neu' || mayEditNetwork(me)) ? <AgreementPage me={me} id={id} /> : <NotAllowed />)}</RequireSession>;
}

function AgreementPage({ me, id }: { me: MeResponse; id: string }) {
  const { t } = useTranslation();
  const { loaded } = useLoad(async (): Promise<PageData | null> => {
    const agreement = id === 'neu' ? null : await orNullOn(404, adminNetworkApi.agreement(id));
    if (id !== 'neu' && !agreement) return null;
    return { agreement, organisations: (await adminNetworkApi.organisations({ active: 'true' })).items };
  }, `admin-agreement-${id}`);
  return (
    <div className="page admin-network-page">
      <AppLink to={paths.adminNetworkAgreements} label={t('adminNetwork.agreements.back')} />
      <LoadState loaded={loaded} missing={t('adminNetwork.loadFailed')} failed={t('adminNetwork.loadFailed')} testId="admin-agreement-missing">
        {(data) => <AgreementForm key={data.agreement?.id ?? 'new'} data={data} canEdit={mayEditNetwork(me)} />}
      </LoadState>
    </div>
  );
}

function AgreementForm({ data, canEdit }: { data: PageData; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const navigate = useNavigate();
  const location = useLocation();
  const validity = useValidityText();
  const [agreement, setAgreement] = useState(data.agreement);
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [topic, setTopic] = useState<string>(agreement?.topic ?? '');
  const [partners, setPartners] = useState<Partner[]>(agreement?.partners ?? []);
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? '');
  const [validTo, setValidTo] = useState(agreement?.validTo ?? '');
  const [documentUrl, setDocumentUrl] = useState(agreement?.documentUrl ?? '');
  const [partnerQuery, setPartnerQuery] = useState('');
  const [isAsking, setAsking] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useSave();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  const matches = useMemo(() => {
    const needle = partnerQuery.trim().toLocaleLowerCase(language);
    if (needle.length < 2) return [];
    return data.organisations
      .filter((organisation) => !partners.some((partner) => partner.id === organisation.id))
      .filter((organisation) => `${organisation.name} ${organisation.shortName ?? ''}`.toLocaleLowerCase(language).includes(needle))
      .slice(0, 8);
  }, [partnerQuery, partners, data.organisations, language]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('adminNetwork.errors.required');
    const found = { ...(title.trim() ? {} : { title: required }), ...(topic ? {} : { topic: required }), ...(validFrom ? {} : { validFrom: required }) };
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const body: CreateAgreementBody = {
      title,
      topic: topic as CreateAgreementBody['topic'],
      partnerIds: partners.map((partner) => partner.id),
      validFrom,
      validTo: validTo || null,
      documentUrl: documentUrl.trim() || null,
    };
    await save.run(async () => {
      if (!agreement) {
        const created = await adminNetworkApi.createAgreement(body);
        void navigate(adminAgreementPath(created.id), { state: { created: true } });
        return t('adminNetwork.agreements.created');
      }
      setAgreement(await adminNetworkApi.updateAgreement(agreement.id, { ...body, updatedAt: agreement.updatedAt }));
      return t('adminNetwork.agreements.saved');
    });
  };
  const toggle = async () => {
    setAsking(false);
    if (!agreement) return;
    await save.run(async () => {
      setAgreement(await adminNetworkApi.setAgreementActive(agreement.id, !agreement.isActive, agreement.updatedAt));
      return agreement.isActive ? t('adminNetwork.agreements.endedDone') : t('adminNetwork.agreements.restoredDone');
    });
  };
  const errors = { ...save.problem.fields, ...missing };
  const heading = agreement ? agreement.title : t('adminNetwork.agreements.newTitle');

  if (!canEdit && agreement) {
    return (
      <>
        <KolHeading _level={1} _label={heading} />
        <p data-testid="admin-network-read-only">{t('adminNetwork.readOnly')}</p>
        <dl className="admin-network-facts">
          <Fact term={t('adminNetwork.agreements.fields.topic')} value={agreement.topicName[language]} />
          <Fact term={t('adminNetwork.agreements.fields.partners')} value={agreement.partners.map((partner) => partner.name).join(', ')} />
          <Fact term={t('adminNetwork.agreements.fields.validFrom')} value={validity(agreement)} />
          <Fact term={t('adminNetwork.agreements.fields.documentUrl')} value={agreement.documentUrl} />
          <Fact term={t('adminNetwork.list.state')} value={agreement.isActive ? t('adminNetwork.agreements.active') : t('adminNetwork.agreements.ended')} />
        </dl>
      </>
    );
  }

  return (
    <>
      <KolHeading _level={1} _label={heading} />
      {justCreated && (
        <KolAlert _type="success" _variant="msg">
          {t('adminNetwork.agreements.created')}
        </KolAlert>
      )}
      <ActionFeedback feedback={save.feedback} testId="agreement-feedback" />
      {agreement && (
        <p className={agreement.isActive ? 'admin-network-state' : 'admin-network-state admin-network-state--inactive'} data-testid="agreement-state">
          {agreement.isActive ? t('adminNetwork.agreements.active') : t('adminNetwork.agreements.ended')} · {validity(agreement)}
        </p>
      )}
      <form noValidate className="case-form admin-network-form" data-testid="agreement-form" onSubmit={(event) => void submit(event)}>
        <TextInput form="agreement" name="title" label={t('adminNetwork.agreements.fields.title')} required value={title} onChange={setTitle} error={errors.title} />
        <SelectInput
          form="agreement"
          name="topic"
          label={t('adminNetwork.agreements.fields.topic')}
          required
          placeholder={t('adminNetwork.agreements.chooseTopic')}
          value={topic}
          onChange={setTopic}
          options={topics.map((value) => ({ value, label: t(`adminNetwork.agreements.topics.${value}`) }))}
          error={errors.topic}
        />
        <fieldset className="admin-network-fieldset" data-field="partnerIds">
          <legend>{t('adminNetwork.agreements.fields.partners')}</legend>
          <p className="admin-network-muted">{t('adminNetwork.agreements.partnerHint')}</p>
          {errors.partnerIds && (
            <p className="admin-network-error" role="alert">
              {errors.partnerIds}
            </p>
          )}
          {partners.length === 0 ? (
            <p>{t('adminNetwork.agreements.noPartner')}</p>
          ) : (
            <ul className="admin-network-chosen" data-testid="agreement-partners">
              {partners.map((partner) => (
                <li key={partner.id}>
                  <span>{partner.name}</span>
                  <KolButton _label={t('adminNetwork.agreements.removePartner', { name: partner.name })} _variant="tertiary" _on={{ onClick: () => setPartners(partners.filter((item) => item.id !== partner.id)) }} />
                </li>
              ))}
            </ul>
          )}
          <TextInput form="agreement" name="partnerSearch" label={t('adminNetwork.agreements.partnerSearch')} value={partnerQuery} onChange={setPartnerQuery} />
          {matches.length > 0 && (
            <ul className="admin-network-chosen" data-testid="agreement-partner-matches">
              {matches.map((organisation) => (
                <li key={organisation.id}>
                  <span>{organisation.name}</span>
                  <KolButton
                    _label={t('adminNetwork.agreements.addPartner', { name: organisation.name })}
                    _variant="secondary"
                    _on={{
                      onClick: () => {
                        setPartners([...partners, { id: organisation.id, name: organisation.name }]);
                        setPartnerQuery('');
                      },
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <DateInput form="agreement" name="validFrom" label={t('adminNetwork.agreements.fields.validFrom')} required value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
        <DateInput form="agreement" name="validTo" label={t('adminNetwork.agreements.fields.validTo')} hint={t('adminNetwork.agreements.validToHint')} value={validTo} onChange={setValidTo} error={errors.validTo} />
        <TextInput form="agreement" name="documentUrl" label={t('adminNetwork.agreements.fields.documentUrl')} hint={t('adminNetwork.agreements.documentHint')} value={documentUrl} onChange={setDocumentUrl} error={errors.documentUrl} />
        <div className="admin-network-actions">
          <KolButton data-testid="agreement-save" _label={agreement ? t('adminNetwork.common.save') : t('adminNetwork.common.create')} _type="submit" _variant="primary" _disabled={save.isBusy} />
          {agreement && (
            <KolButton
              data-testid="agreement-toggle"
              _label={agreement.isActive ? t('adminNetwork.agreements.end') : t('adminNetwork.agreements.restore')}
              _variant={agreement.isActive ? 'danger' : 'secondary'}
              _on={{ onClick: () => setAsking(true) }}
            />
          )}
        </div>
      </form>
      {agreement && (
        <ConfirmDialog
          isOpen={isAsking}
          isHarmless={!agreement.isActive}
          testId="agreement-confirm"
          title={agreement.isActive ? t('adminNetwork.agreements.confirmEndTitle') : t('adminNetwork.agreements.confirmRestoreTitle')}
          text={agreement.isActive ? t('adminNetwork.agreements.confirmEnd', { title: agreement.title }) : t('adminNetwork.agreements.confirmRestore', { title: agreement.title })}
          confirmLabel={agreement.isActive ? t('adminNetwork.agreements.end') : t('adminNetwork.agreements.restore')}
          onConfirm={() => void toggle()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
