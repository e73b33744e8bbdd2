import { KolButton } from '@public-ui/react-v19';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrganisation, UpdateOrganisationBody } from '../../../contract/admin-network';
import type { Place } from '../../../contract/places';
import { officeKindNames } from '../../../contract/places';
import { adminNetworkApi } from '../../api/admin-network';
import { searchPlaces } from '../../api/places';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput, TextareaInput, TextInput } from '../../components/form-fields';
import { CheckboxGroup } from '../referrals/checkbox-group';
import { OpeningHoursInput, type HoursDraft } from './organisation-admin-hours';
import { commonLanguages, EditableSection, Fact, languageList, languageName, useSave } from './organisation-admin-shared';

export const laenderCodes = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;

type Draft = Record<
  | 'name'
  | 'shortName'
  | 'kind'
  | 'land'
  | 'street'
  | 'postcode'
  | 'locality'
  | 'latitude'
  | 'longitude'
  | 'email'
  | 'phone'
  | 'website'
  | 'descriptionDe'
  | 'descriptionEn'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'contactNote',
  string
> & { languages: string[]; hours: HoursDraft; localityAgs: string | null };

const draftOf = (organisation: AdminOrganisation, language: string): Draft => {
  const decimal = (value: number | undefined) => (value === undefined ? '' : value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 6 }));
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    kind: organisation.kind,
    land: organisation.land,
    street: organisation.address.street ?? '',
    postcode: organisation.address.postcode ?? '',
    locality: organisation.address.locality ?? '',
    latitude: decimal(organisation.geo?.latitude),
    longitude: decimal(organisation.geo?.longitude),
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
    descriptionDe: organisation.description?.de ?? '',
    descriptionEn: organisation.description?.en ?? '',
    contactName: organisation.internalContact?.name ?? '',
    contactEmail: organisation.internalContact?.email ?? '',
    contactPhone: organisation.internalContact?.phone ?? '',
    contactNote: organisation.internalContact?.note ?? '',
    languages: organisation.languages,
    hours: organisation.openingHours.map((slot) => ({ weekday: String(slot.weekday), opens: slot.opens, closes: slot.closes })),
    localityAgs: organisation.address.localityAgs,
  };
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** "49,4875" or "49.4875" → 49.4875; anything else is sent as is and refused by the server naming the field. */
const parseDecimal = (value: string) => Number(value.trim().replace(',', '.'));

function bodyOf(draft: Draft): Omit<UpdateOrganisationBody, 'updatedAt'> {
  const hasPosition = draft.latitude.trim() !== '' || draft.longitude.trim() !== '';
  const contact = { name: orNull(draft.contactName), email: orNull(draft.contactEmail), phone: orNull(draft.contactPhone), note: orNull(draft.contactNote) };
  return {
    name: draft.name,
    shortName: orNull(draft.shortName),
    kind: draft.kind as AdminOrganisation['kind'],
    land: draft.land as AdminOrganisation['land'],
    address: { street: orNull(draft.street), postcode: orNull(draft.postcode), locality: orNull(draft.locality), localityAgs: draft.localityAgs },
    geo: hasPosition ? { latitude: parseDecimal(draft.latitude), longitude: parseDecimal(draft.longitude) } : null,
    email: orNull(draft.email),
    phone: orNull(draft.phone),
    website: orNull(draft.website),
    languages: draft.languages,
    openingHours: draft.hours.map((slot) => ({ weekday: Number(slot.weekday), opens: slot.opens.trim(), closes: slot.closes.trim() })),
    description: { de: draft.descriptionDe, en: draft.descriptionEn },
    internalContact: Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== null)),
  };
}

/** The organisation's own details: name, kind, Land, address, position, contacts, languages, description. */
export function DetailsSection({ organisation, canEdit, onSaved }: { organisation: AdminOrganisation; canEdit: boolean; onSaved(next: AdminOrganisation): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useSave();
  const set = (key: Exclude<keyof Draft, 'languages' | 'hours' | 'localityAgs'>) => (value: string) => setDraft((current) => (current ? { ...current, [key]: value } : current));
  const errorOf = (key: string) => save.problem.fields[key];
  const field = (key: Exclude<keyof Draft, 'languages' | 'hours' | 'localityAgs'>, label: string, extra: { hint?: string; required?: boolean } = {}) => (
    <TextInput form="organisation" name={key} label={label} value={draft?.[key] ?? ''} onChange={set(key)} error={errorOf(key)} {...extra} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    await save.run(async () => {
      const next = await adminNetworkApi.updateOrganisation(organisation.id, { updatedAt: organisation.updatedAt, ...bodyOf(draft) });
      onSaved(next);
      setDraft(null);
      return t('adminNetwork.common.saved');
    });
  };

  const kindOptions = Object.entries(officeKindNames)
    .map(([value, name]) => ({ value, label: name[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const languageOptions = [...new Set([...commonLanguages, ...(draft?.languages ?? [])])]
    .map((code) => ({ value: code, label: languageName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const hours = organisation.openingHours.map((slot) => t('adminNetwork.org.hours', { day: t(`adminNetwork.org.weekday.${String(slot.weekday) as '1'}`), opens: slot.opens, closes: slot.closes }));
  const contact = organisation.internalContact;

  return (
    <EditableSection
      id="organisation-details"
      title={t('adminNetwork.org.details')}
      canEdit={canEdit}
      editing={draft !== null}
      onEdit={() => {
        save.clear();
        setDraft(draftOf(organisation, language));
      }}
      feedback={<ActionFeedback feedback={save.feedback} testId="organisation-details-feedback" />}
      summary={
        <dl className="admin-network-facts">
          <Fact term={t('adminNetwork.org.fields.name')} value={organisation.name} testId="organisation-name" />
          <Fact term={t('adminNetwork.org.fields.shortName')} value={organisation.shortName} />
          <Fact term={t('adminNetwork.org.fields.kind')} value={organisation.kindName[language]} />
          <Fact term={t('adminNetwork.org.fields.land')} value={organisation.landName[language]} />
          <Fact term={t('adminNetwork.org.address')} value={[organisation.address.street, [organisation.address.postcode, organisation.address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')} />
          <Fact
            term={t('adminNetwork.org.position')}
            value={organisation.geo ? t('adminNetwork.org.positionValue', { latitude: organisation.geo.latitude.toLocaleString(language), longitude: organisation.geo.longitude.toLocaleString(language) }) : null}
          />
          <Fact term={t('adminNetwork.org.fields.email')} value={organisation.email} />
          <Fact term={t('adminNetwork.org.fields.phone')} value={organisation.phone} />
          <Fact term={t('adminNetwork.org.fields.website')} value={organisation.website} />
          <Fact term={t('adminNetwork.org.fields.languages')} value={languageList(organisation.languages, language)} />
          <Fact term={t('adminNetwork.org.openingHours')} value={hours.length > 0 ? hours.join('; ') : null} />
          <Fact term={t('adminNetwork.org.fields.descriptionDe')} value={organisation.description?.de} />
          <Fact term={t('adminNetwork.org.fields.descriptionEn')} value={organisation.description?.en} />
          <Fact term={t('adminNetwork.org.internalContact')} value={contact ? [contact.name, contact.email, contact.phone, contact.note].filter(Boolean).join(', ') : null} />
        </dl>
      }
      form={
        draft && (
          <form noValidate className="case-form admin-network-form" data-testid="organisation-details-form" onSubmit={(event) => void submit(event)}>
            {field('name', t('adminNetwork.org.fields.name'), { required: true })}
            {field('shortName', t('adminNetwork.org.fields.shortName'))}
            <SelectInput form="organisation" name="kind" label={t('adminNetwork.org.fields.kind')} required value={draft.kind} onChange={set('kind')} options={kindOptions} error={errorOf('kind')} />
            <SelectInput
              form="organisation"
              name="land"
              label={t('adminNetwork.org.fields.land')}
              required
              value={draft.land}
              onChange={set('land')}
              options={laenderCodes.map((code) => ({ value: code, label: t(`adminNetwork.laender.${code}`) }))}
              error={errorOf('land')}
            />
            {field('street', t('adminNetwork.org.fields.street'))}
            {field('postcode', t('adminNetwork.org.fields.postcode'))}
            <TextInput
              form="organisation"
              name="locality"
              label={t('adminNetwork.org.fields.locality')}
              hint={t('adminNetwork.org.localityHint')}
              value={draft.locality}
              // A typed town is no longer the chosen municipality until it is taken from the list again.
              onChange={(locality) => setDraft({ ...draft, locality, localityAgs: null })}
              error={errorOf('locality') ?? errorOf('localityAgs')}
            />
            {draft.localityAgs === null && (
              <LocalitySuggestions query={draft.locality} onPick={(place) => setDraft({ ...draft, locality: place.name, localityAgs: place.ags, postcode: draft.postcode || (place.postcodes[0] ?? '') })} />
            )}
            {field('latitude', t('adminNetwork.org.fields.latitude'), { hint: t('adminNetwork.org.positionHint') })}
            {field('longitude', t('adminNetwork.org.fields.longitude'))}
            {field('email', t('adminNetwork.org.fields.email'))}
            {field('phone', t('adminNetwork.org.fields.phone'))}
            {field('website', t('adminNetwork.org.fields.website'))}
            <CheckboxGroup name="languages" legend={t('adminNetwork.org.fields.languages')} options={languageOptions} values={draft.languages} onChange={(languages) => setDraft({ ...draft, languages })} error={errorOf('languages')} />
            <OpeningHoursInput value={draft.hours} onChange={(hours) => setDraft({ ...draft, hours })} error={errorOf('openingHours')} />
            <TextareaInput form="organisation" name="descriptionDe" label={t('adminNetwork.org.fields.descriptionDe')} value={draft.descriptionDe} onChange={set('descriptionDe')} error={errorOf('descriptionDe')} rows={4} />
            <TextareaInput form="organisation" name="descriptionEn" label={t('adminNetwork.org.fields.descriptionEn')} value={draft.descriptionEn} onChange={set('descriptionEn')} error={errorOf('descriptionEn')} rows={4} />
            <fieldset className="admin-network-fieldset">
              <legend>{t('adminNetwork.org.internalContact')}</legend>
              {field('contactName', t('adminNetwork.org.fields.contactName'))}
              {field('contactEmail', t('adminNetwork.org.fields.contactEmail'))}
              {field('contactPhone', t('adminNetwork.org.fields.contactPhone'))}
              {field('contactNote', t('adminNetwork.org.fields.contactNote'))}
            </fieldset>
            <div className="admin-network-actions">
              <KolButton data-testid="organisation-details-save" _label={save.isBusy ? t('adminNetwork.common.busy') : t('adminNetwork.common.save')} _type="submit" _variant="primary" _disabled={save.isBusy} />
              <KolButton _label={t('adminNetwork.common.cancel')} _variant="secondary" _on={{ onClick: () => setDraft(null) }} />
            </div>
          </form>
        )
      }
    />
  );
}

/** Municipalities matching the typed town, to take one with its AGS (and postcode). */
function LocalitySuggestions({ query, onPick }: { query: string; onPick(place: Place): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [places, setPlaces] = useState<Place[]>([]);
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setPlaces([]);
      return;
    }
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      searchPlaces(trimmed, 5)
        .catch(() => [])
        .then((found) => isCurrent && setPlaces(found));
    }, 200);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [query]);
  if (places.length === 0) return null;
  return (
    <ul className="admin-network-chosen" data-testid="organisation-locality-found">
      {places.map((place) => (
        <li key={place.ags}>
          <KolButton _label={t('adminNetwork.org.localityFound', { name: place.name, district: place.district[language] })} _variant="secondary" _on={{ onClick: () => onPick(place) }} />
        </li>
      ))}
    </ul>
  );
}
