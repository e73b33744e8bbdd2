/**
 * The offers the responsibility finder reads, kept in memory per database. Every read first asks
 * the database for a fingerprint of organisations and services (one small statement, see
 * `offersStamp`); only when it changed are the offers read again. So an answer is never stale —
 * a change by an administrator, another instance or the seed shows at once — while a request
 * costs one cheap statement instead of two wide joins.
 */
import type { Database } from '../db/client';
import { findActiveOffers, findNationwideOrganisations, offersStamp, type ServiceOfferRow } from '../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';

export type ActiveOffers = {
  /** Active services of active organisations, by service id (organisations by name). */
  byService: ReadonlyMap<string, readonly ServiceOfferRow[]>;
  /** Active nationwide organisations, by name. */
  nationwide: readonly OrganisationRow[];
  /** Answers built from these offers, by question (lives as long as the offers do). */
  answers: Map<string, unknown>;
};

type Cached = { stamp: string; offers: ActiveOffers };
const cache = new WeakMap<Database, Cached>();
/** One load at a time per database and stamp: concurrent requests after a change share it. */
const loading = new WeakMap<Database, { stamp: string; promise: Promise<Cached> }>();

async function load(db: Database, stamp: string): Promise<Cached> {
  const [rows, nationwide] = [await findActiveOffers(db), await findNationwideOrganisations(db)];
  const byService = new Map<string, ServiceOfferRow[]>();
  for (const row of rows) {
    const list = byService.get(row.service.serviceId);
    if (list) list.push(row);
    else byService.set(row.service.serviceId, [row]);
  }
  return { stamp, offers: { byService, nationwide, answers: new Map() } };
}

/** The active offers of a database, read again only when organisations or services changed. */
export async function activeOffersFor(db: Database): Promise<ActiveOffers> {
  const stamp = await offersStamp(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.offers;
  let pending = loading.get(db);
  if (!pending || pending.stamp !== stamp) {
    const promise = load(db, stamp).finally(() => {
      if (loading.get(db)?.promise === promise) loading.delete(db);
    });
    pending = { stamp, promise };
    loading.set(db, pending);
  }
  const fresh = await pending.promise;
  cache.set(db, fresh);
  return fresh.offers;
}
