import { landNames } from '../../domain/calendar/land-names';
import type { Land } from '../../domain/identity/organisation-kinds';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import { derivedId } from './ids';
import type { HsdsContact, HsdsLanguage, HsdsLocation, HsdsPhone, HsdsSchedule } from './types';

const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });

/** A language in words (German), e.g. "Türkisch" for tr. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languages(owner: { service_id: string } | { location_id: string }, codes: readonly string[]): HsdsLanguage[] {
  const ownerId = 'service_id' in owner ? owner.service_id : owner.location_id;
  return codes.map((code) => ({ id: derivedId('language', ownerId, code), ...owner, name: languageName(code), code }));
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Opening hours as weekly iCal-style schedules: one schedule per (opens, closes) with its days. */
export function schedules(owner: { service_id: string } | { location_id: string }, hours: OrganisationRow['openingHours']): HsdsSchedule[] {
  const ownerId = 'service_id' in owner ? owner.service_id : owner.location_id;
  const groups = new Map<string, { opens: string; closes: string; days: number[] }>();
  for (const slot of hours) {
    const key = `${slot.opens}-${slot.closes}`;
    const group = groups.get(key) ?? { opens: slot.opens, closes: slot.closes, days: [] };
    group.days.push(slot.weekday);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => Math.min(...a.days) - Math.min(...b.days) || a.opens.localeCompare(b.opens))
    .map((group) => ({
      id: derivedId('schedule', ownerId, group.opens, group.closes),
      ...owner,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: [...new Set(group.days)]
        .sort((a, b) => a - b)
        .map((day) => weekdays[day - 1] ?? 'MO')
        .join(','),
      opens_at: group.opens,
      closes_at: group.closes,
      description: 'Ortszeit Deutschland (Europe/Berlin)',
    }));
}

/** Public telephone numbers: the organisation's number, then phone channels. Never the internal contact. */
export function phones(owner: { organization_id: string } | { service_id: string }, organisation: OrganisationRow): HsdsPhone[] {
  const ownerId = 'organization_id' in owner ? owner.organization_id : owner.service_id;
  const numbers: { number: string; description?: string }[] = [];
  if (organisation.phone) numbers.push({ number: organisation.phone });
  for (const channel of organisation.contactChannels) {
    if (channel.kind === 'phone' && !numbers.some((entry) => entry.number === channel.value)) {
      numbers.push({ number: channel.value, ...(channel.note?.de ? { description: channel.note.de } : {}) });
    }
  }
  return numbers.map((entry) => ({ id: derivedId('phone', ownerId, entry.number), ...owner, number: entry.number, ...(entry.description ? { description: entry.description } : {}) }));
}

/** Public e-mail channels of the organisation as contacts (name: the channel's note). */
export function contacts(organisation: OrganisationRow): HsdsContact[] {
  return organisation.contactChannels
    .filter((channel) => channel.kind === 'email')
    .map((channel) => ({
      id: derivedId('contact', organisation.id, channel.value),
      organization_id: organisation.id,
      ...(channel.note?.de ? { name: channel.note.de } : {}),
      email: channel.value,
    }));
}

/** The organisation's address and position as a physical location, or null when it has neither. */
export function location(organisation: OrganisationRow): HsdsLocation | null {
  const hasAddress = Boolean(organisation.street && organisation.postcode && organisation.locality);
  const hasPosition = organisation.latitude !== null && organisation.longitude !== null;
  if (!hasAddress && !hasPosition) return null;
  const id = derivedId('location', organisation.id);
  return {
    id,
    location_type: 'physical',
    organization_id: organisation.id,
    name: organisation.name,
    ...(hasPosition ? { latitude: organisation.latitude ?? 0, longitude: organisation.longitude ?? 0 } : {}),
    ...(organisation.localityAgs ? { external_identifier: organisation.localityAgs, external_identifier_type: 'ags' } : {}),
    addresses: hasAddress
      ? [
          {
            id: derivedId('address', id),
            location_id: id,
            address_1: organisation.street ?? '',
            city: organisation.locality ?? '',
            state_province: landNames[organisation.land as Land]?.de ?? organisation.land,
            postal_code: organisation.postcode ?? '',
            country: 'DE',
            address_type: 'physical',
          },
        ]
      : [],
    languages: languages({ location_id: id }, organisation.languages),
    schedules: schedules({ location_id: id }, organisation.openingHours),
  };
}
