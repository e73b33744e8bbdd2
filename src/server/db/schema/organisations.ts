import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

type Bilingual = { de: string; en: string };

/** A way to reach an organisation or a service. */
export type ContactChannel = { kind: 'email' | 'phone' | 'website' | 'visit' | 'video'; value: string; note?: Bilingual | undefined };
/** Regular opening hours: ISO weekday (1 = Monday … 7 = Sunday), opens and closes as "HH:MM". */
export type OpeningHours = { weekday: number; opens: string; closes: string }[];
/** Contact details only staff of the network see. */
export type InternalContact = { name?: string | undefined; email?: string | undefined; phone?: string | undefined; note?: string | undefined };

/** A member organisation of the network (kinds: see docs and the glossary). */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  land: text('land').notNull(),
  /** AGS prefixes of the area served: 2 (Land), 5 (district) or 8 digits (municipality). */
  areaAgs: text('area_ags').array().notNull().default([]),
  isNationwide: boolean('is_nationwide').notNull().default(false),
  email: text('email'),
  website: text('website'),
  phone: text('phone'),
  languages: text('languages').array().notNull().default([]),
  description: jsonb('description').$type<Bilingual>(),
  /** Postal address; the municipality as AGS. */
  street: text('street'),
  postcode: text('postcode'),
  locality: text('locality'),
  localityAgs: text('locality_ags'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  contactChannels: jsonb('contact_channels').$type<ContactChannel[]>().notNull().default([]),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull().default([]),
  internalContact: jsonb('internal_contact').$type<InternalContact>(),
  /** Referral rule: answers are due within this many working days (PRODUCT.md: 2). */
  referralDueWorkingDays: integer('referral_due_working_days').notNull().default(2),
  /** Who is told when a referral to this organisation is overdue. */
  escalationEmails: text('escalation_emails').array().notNull().default([]),
  /** Deactivated organisations stay (cases and the audit refer to them) but are no longer offered. */
  isActive: boolean('is_active').notNull().default(true),
  /** Set once an administrator changed the organisation; the demo seed then leaves it alone. */
  editedAt: timestamp('edited_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One service of the catalogue (domain/network/services.ts) as an organisation offers it. */
export const organisationServices = pgTable(
  'organisation_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    serviceId: text('service_id').notNull(),
    description: jsonb('description').$type<Bilingual>(),
    eligibility: jsonb('eligibility').$type<Bilingual>(),
    howToReach: jsonb('how_to_reach').$type<Bilingual>(),
    languages: text('languages').array().notNull().default([]),
    /** AGS prefixes where this service is offered; null = the organisation's whole area. */
    areaAgs: text('area_ags').array(),
    capacity: text('capacity').notNull().default('open'),
    capacityUpdatedOn: date('capacity_updated_on', { mode: 'string' }),
    isActive: boolean('is_active').notNull().default(true),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('organisation_services_org_service_key').on(table.organisationId, table.serviceId),
    index('organisation_services_service_idx').on(table.serviceId),
  ],
);

/** A declared cooperation agreement between two or more organisations. */
export const cooperationAgreements = pgTable(
  'cooperation_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Natural key of seeded agreements; null for those entered by people. */
    slug: text('slug').unique(),
    title: text('title').notNull(),
    topic: text('topic').notNull(),
    partnerIds: uuid('partner_ids').array().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** A link to the signed document (or its place in the document store). */
    documentUrl: text('document_url'),
    isActive: boolean('is_active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('cooperation_agreements_partners_idx').using('gin', table.partnerIds)],
);

/** One-time links: invitations to a new account and password resets (only the SHA-256 is kept). */
export const accountLinks = pgTable(
  'account_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose').notNull(),
    /** The invited or resetting account (an invitation creates it inactive, without password). */
    userId: uuid('user_id').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('account_links_user_idx').on(table.userId), index('account_links_open_idx').on(table.expiresAt).where(sql`used_at IS NULL`)],
);
