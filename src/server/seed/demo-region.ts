import { readFile } from 'node:fs/promises';
import { paths } from '../paths';
import { z } from 'zod';
import { roles } from '../../domain/identity/roles';
import { laender, organisationKinds } from '../../domain/identity/organisation-kinds';
import { capacityStates, serviceIds } from '../../domain/network/services';

const bilingualText = z.object({ de: z.string().min(1), en: z.string().min(1) });

const demoServiceSchema = z.strictObject({
  service: z.enum(serviceIds),
  eligibility: bilingualText,
  howToReach: bilingualText,
  languages: z.array(z.string()),
  capacity: z.enum(capacityStates),
  capacityUpdatedOn: z.iso.date(),
  areaAgs: z.array(z.string().regex(/^\d{2}(\d{3}(\d{3})?)?$/)).optional(),
});

const seedDir = `${paths.demoSeed}/`;

const contactChannelSchema = z.strictObject({
  kind: z.enum(['email', 'phone', 'website', 'visit', 'video']),
  value: z.string().min(1),
  note: bilingualText.optional(),
});

const openingHoursSchema = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});

/** Demo e-mail addresses are never real mailboxes. */
const demoEmail = z.string().regex(/@[a-z0-9.-]+\.demo\.example$/, 'demo e-mail addresses end in .demo.example');

const demoOrganisationSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  shortName: z.string().min(1).nullable(),
  kind: z.enum(organisationKinds),
  land: z.enum(laender),
  areaAgs: z.array(z.string().regex(/^\d{2}(\d{3}(\d{3})?)?$/)),
  isNationwide: z.boolean(),
  email: demoEmail.nullable(),
  website: z.string().nullable(),
  /** The municipality of the office: postcode, name and AGS; the position is the postcode's centroid (seed/demo/SOURCES.md). */
  postcode: z.string().regex(/^\d{5}$/),
  locality: z.string().min(1),
  localityAgs: z.string().regex(/^\d{8}$/),
  latitude: z.number().min(47).max(55.1),
  longitude: z.number().min(5.8).max(15.1),
  languages: z.array(z.string()),
  description: z.object({ de: z.string(), en: z.string() }),
  contactChannels: z.array(contactChannelSchema).default([]),
  openingHours: z.array(openingHoursSchema).default([]),
  internalContact: z
    .strictObject({ name: z.string().min(1).optional(), email: demoEmail.optional(), phone: z.string().optional(), note: z.string().optional() })
    .nullable()
    .default(null),
  services: z.array(demoServiceSchema),
});

const demoUserSchema = z.strictObject({
  email: z.email(),
  name: z.string().min(1),
  roles: z.array(z.enum(roles)).min(1),
  organisation: z.string().nullable(),
  locale: z.enum(['de', 'en']),
});

export type DemoOrganisation = z.infer<typeof demoOrganisationSchema>;
export type DemoUser = z.infer<typeof demoUserSchema>;

/** The password of every demo account (../shared/CONTRACT.md). */
export const demoPassword = 'demo';

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw: unknown = JSON.parse(await readFile(`${seedDir}${file}`, 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`seed/demo/${file} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const loadDemoOrganisations = () => readJson('organisations.json', z.array(demoOrganisationSchema));
export const loadDemoUsers = () => readJson('users.json', z.array(demoUserSchema));
