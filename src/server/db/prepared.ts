import type { Database } from './client';

/**
 * A query prepared once per database handle: Drizzle builds its SQL once and PostgreSQL plans
 * it once per connection (named statement). For the hot reads (session, case page). A transaction
 * handle is a new object each time, so hot paths pass the root database, not a transaction.
 */
export function preparedPerDatabase<Query>(build: (db: Database) => Query): (db: Database) => Query {
  const cache = new WeakMap<Database, Query>();
  return (db) => {
    let query = cache.get(db);
    if (!query) {
      query = build(db);
      cache.set(db, query);
    }
    return query;
  };
}
