import { KolButton } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminArea, AdminOrganisation, AdminService } from '../../../contract/admin-network';
import type { ServiceInfo } from '../../../contract/network';
import { adminNetworkApi } from '../../api/admin-network';
import { ActionFeedback } from '../../components/action-feedback';
import { DateInput, RadioInput, SelectInput, TextareaInput } from '../../components/form-fields';
import { formatDate } from '../wegweiser/format';
import { CheckboxGroup } from '../referrals/checkbox-group';
import { AreaPicker } from './organisation-admin-area-picker';
import { commonLanguages, ConfirmDialog, Fact, languageList, languageName, useSave } from './organisation-admin-shared';

const capacities = ['open', 'limited', 'closed'] as const;
type Capacity = (typeof capacities)[number];

type Props = { organisation: AdminOrganisation; canEdit: boolean; catalogue: ServiceInfo[]; choices: AdminArea[]; onServiceSaved(service: AdminService): void };

/** The services the organisation offers, from the catalogue: capacity with its date, who may use them, how to reach them. */
export function ServicesSection(props: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const offered = new Set(props.organisation.services.map((service) => service.serviceId));
  const available = props.catalogue.filter((service) => !offered.has(service.id));
  const [serviceId, setServiceId] = useState('');
  const [capacity, setCapacity] = useState<Capacity>('open');
  const save = useSave();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(async () => {
      const added = await adminNetworkApi.addService(props.organisation.id, { serviceId: serviceId as AdminService['serviceId'], capacity, languages: props.organisation.languages });
      props.onServiceSaved(added);
      setServiceId('');
      return t('adminNetwork.services.added', { name: added.name[language] });
    });
  };
  return (
    <section className="admin-network-section" aria-labelledby="organisation-services-title" data-testid="organisation-services">
      <h2 id="organisation-services-title">{t('adminNetwork.services.title')}</h2>
      {props.organisation.services.length === 0 ? (
        <p>{t('adminNetwork.services.empty')}</p>
      ) : (
        <ul className="admin-network-cards">
          {props.organisation.services.map((service) => (
            <ServiceCard key={service.id} {...props} service={service} />
          ))}
        </ul>
      )}
      {props.canEdit && available.length > 0 && (
        <form noValidate className="case-form admin-network-form" data-testid="service-add-form" onSubmit={(event) => void add(event)}>
          <h3>{t('adminNetwork.services.add')}</h3>
          <ActionFeedback feedback={save.feedback} testId="service-add-feedback" />
          <SelectInput
            form="service-add"
            name="serviceId"
            label={t('adminNetwork.services.choose')}
            required
            placeholder={t('adminNetwork.services.chooseOne')}
            value={serviceId}
            onChange={setServiceId}
            options={available.map((service) => ({ value: service.id, label: service.name[language] }))}
            error={save.problem.fields.serviceId}
          />
          <SelectInput
            form="service-add"
            name="capacity"
            label={t('adminNetwork.services.capacity')}
            value={capacity}
            onChange={(value) => setCapacity(value as Capacity)}
            options={capacities.map((value) => ({ value, label: t(`adminNetwork.services.capacities.${value}`) }))}
          />
          <KolButton data-testid="service-add-save" _label={t('adminNetwork.services.add')} _type="submit" _variant="primary" _disabled={save.isBusy || serviceId === ''} />
        </form>
      )}
    </section>
  );
}

type Draft = { capacity: Capacity; capacityUpdatedOn: string; eligibilityDe: string; eligibilityEn: string; howToReachDe: string; howToReachEn: string; languages: string[]; scope: 'whole' | 'part'; areas: AdminArea[] };

function ServiceCard({ organisation, canEdit, choices, onServiceSaved, service }: Props & { service: AdminService }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const name = service.name[language];
  const [draft, setDraft] = useState<Draft | null>(null);
  const [isAsking, setAsking] = useState(false);
  const save = useSave();
  const set = (key: 'capacityUpdatedOn' | 'eligibilityDe' | 'eligibilityEn' | 'howToReachDe' | 'howToReachEn') => (value: string) => setDraft((current) => (current ? { ...current, [key]: value } : current));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    await save.run(async () => {
      const capacityChanged = draft.capacity !== service.capacity;
      const next = await adminNetworkApi.updateService(organisation.id, service.serviceId, {
        updatedAt: service.updatedAt,
        capacity: draft.capacity,
        // A new capacity is dated today by the server unless a date is given.
        ...(draft.capacityUpdatedOn && (!capacityChanged || draft.capacityUpdatedOn !== service.capacityUpdatedOn) ? { capacityUpdatedOn: draft.capacityUpdatedOn } : {}),
        eligibility: { de: draft.eligibilityDe, en: draft.eligibilityEn },
        howToReach: { de: draft.howToReachDe, en: draft.howToReachEn },
        languages: draft.languages,
        areaAgs: draft.scope === 'whole' ? null : draft.areas.map((area) => area.ags),
      });
      onServiceSaved(next);
      setDraft(null);
      return t('adminNetwork.services.saved', { name });
    });
  };
  const toggle = async () => {
    setAsking(false);
    await save.run(async () => {
      const next = await adminNetworkApi.setServiceActive(organisation.id, service.serviceId, !service.isActive, service.updatedAt);
      onServiceSaved(next);
      return t('adminNetwork.services.saved', { name });
    });
  };
  const languageOptions = [...new Set([...commonLanguages, ...(draft?.languages ?? [])])]
    .map((code) => ({ value: code, label: languageName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const capacityText = t(`adminNetwork.services.capacities.${service.capacity}`);

  return (
    <li className="admin-network-card" data-service={service.serviceId}>
      <h3>{name}</h3>
      <ActionFeedback feedback={save.feedback} testId={`service-${service.serviceId}-feedback`} />
      {!service.isActive && <p className="admin-network-state admin-network-state--inactive">{t('adminNetwork.services.inactive')}</p>}
      {draft ? (
        <form noValidate className="case-form admin-network-form" data-testid={`service-${service.serviceId}-form`} onSubmit={(event) => void submit(event)}>
          <SelectInput
            form={`service-${service.serviceId}`}
            name="capacity"
            label={t('adminNetwork.services.capacity')}
            value={draft.capacity}
            onChange={(value) => setDraft({ ...draft, capacity: value as Capacity })}
            options={capacities.map((value) => ({ value, label: t(`adminNetwork.services.capacities.${value}`) }))}
          />
          <DateInput form={`service-${service.serviceId}`} name="capacityUpdatedOn" label={t('adminNetwork.services.capacityOn')} value={draft.capacityUpdatedOn} onChange={set('capacityUpdatedOn')} error={save.problem.fields.capacityUpdatedOn} />
          <TextareaInput form={`service-${service.serviceId}`} name="eligibilityDe" label={t('adminNetwork.services.eligibilityDe')} value={draft.eligibilityDe} onChange={set('eligibilityDe')} error={save.problem.fields.eligibilityDe} />
          <TextareaInput form={`service-${service.serviceId}`} name="eligibilityEn" label={t('adminNetwork.services.eligibilityEn')} value={draft.eligibilityEn} onChange={set('eligibilityEn')} error={save.problem.fields.eligibilityEn} />
          <TextareaInput form={`service-${service.serviceId}`} name="howToReachDe" label={t('adminNetwork.services.howToReachDe')} value={draft.howToReachDe} onChange={set('howToReachDe')} error={save.problem.fields.howToReachDe} />
          <TextareaInput form={`service-${service.serviceId}`} name="howToReachEn" label={t('adminNetwork.services.howToReachEn')} value={draft.howToReachEn} onChange={set('howToReachEn')} error={save.problem.fields.howToReachEn} />
          <CheckboxGroup name={`service-${service.serviceId}-languages`} legend={t('adminNetwork.services.languages')} options={languageOptions} values={draft.languages} onChange={(languages) => setDraft({ ...draft, languages })} error={save.problem.fields.languages} />
          <RadioInput
            form={`service-${service.serviceId}`}
            name="scope"
            label={t('adminNetwork.services.area')}
            value={draft.scope}
            onChange={(value) => setDraft({ ...draft, scope: value === 'part' ? 'part' : 'whole' })}
            options={[
              { value: 'whole', label: t('adminNetwork.services.wholeArea') },
              { value: 'part', label: t('adminNetwork.services.onlyIn') },
            ]}
          />
          {draft.scope === 'part' && <AreaPicker form={`service-${service.serviceId}`} name="areaAgs" value={draft.areas} choices={choices} onChange={(areas) => setDraft({ ...draft, areas })} error={save.problem.fields.areaAgs} />}
          <div className="admin-network-actions">
            <KolButton data-testid={`service-${service.serviceId}-save`} _label={t('adminNetwork.common.save')} _type="submit" _variant="primary" _disabled={save.isBusy} />
            <KolButton _label={t('adminNetwork.common.cancel')} _variant="secondary" _on={{ onClick: () => setDraft(null) }} />
          </div>
        </form>
      ) : (
        <>
          <dl className="admin-network-facts">
            <Fact
              term={t('adminNetwork.services.capacity')}
              value={service.capacityUpdatedOn ? t('adminNetwork.services.capacityValue', { capacity: capacityText, date: formatDate(service.capacityUpdatedOn, language) }) : capacityText}
              testId={`service-${service.serviceId}-capacity`}
            />
            <Fact term={t('adminNetwork.services.languages')} value={languageList(service.languages, language)} />
            <Fact term={t('adminNetwork.services.area')} value={service.areas ? service.areas.map((area) => area.name[language]).join(', ') : t('adminNetwork.services.wholeArea')} />
            <Fact term={t(language === 'en' ? 'adminNetwork.services.eligibilityEn' : 'adminNetwork.services.eligibilityDe')} value={service.eligibility?.[language]} />
            <Fact term={t(language === 'en' ? 'adminNetwork.services.howToReachEn' : 'adminNetwork.services.howToReachDe')} value={service.howToReach?.[language]} />
          </dl>
          {canEdit && (
            <div className="admin-network-actions">
              <KolButton
                data-testid={`service-${service.serviceId}-edit`}
                _label={t('adminNetwork.services.edit', { name })}
                _variant="secondary"
                _on={{
                  onClick: () => {
                    save.clear();
                    setDraft({
                      capacity: service.capacity,
                      capacityUpdatedOn: service.capacityUpdatedOn ?? '',
                      eligibilityDe: service.eligibility?.de ?? '',
                      eligibilityEn: service.eligibility?.en ?? '',
                      howToReachDe: service.howToReach?.de ?? '',
                      howToReachEn: service.howToReach?.en ?? '',
                      languages: service.languages,
                      scope: service.areas ? 'part' : 'whole',
                      areas: service.areas ?? [],
                    });
                  },
                }}
              />
              <KolButton
                data-testid={`service-${service.serviceId}-toggle`}
                _label={service.isActive ? t('adminNetwork.services.deactivate', { name }) : t('adminNetwork.services.reactivate', { name })}
                _variant={service.isActive ? 'danger' : 'secondary'}
                _on={{ onClick: () => setAsking(true) }}
              />
            </div>
          )}
        </>
      )}
      <ConfirmDialog
        isOpen={isAsking}
        isHarmless={!service.isActive}
        testId={`service-${service.serviceId}-confirm`}
        title={service.isActive ? t('adminNetwork.services.confirmDeactivateTitle') : t('adminNetwork.services.confirmReactivateTitle')}
        text={service.isActive ? t('adminNetwork.services.confirmDeactivate', { name }) : t('adminNetwork.services.confirmReactivate', { name })}
        confirmLabel={service.isActive ? t('adminNetwork.services.deactivate', { name }) : t('adminNetwork.services.reactivate', { name })}
        onConfirm={() => void toggle()}
        onCancel={() => setAsking(false)}
      />
    </li>
  );
}
