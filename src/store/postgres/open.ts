// Open a sitrep PostgreSQL store: a connection pool, the schema brought up to date, and one
// implementation per area (the PostgreSQL twin of ../sqlite/open.ts + ../index.ts).
import type { Store } from '../index.js';
import { postgresAlertStore } from './alerts.js';
import { postgresDocumentStore, type PostgresDocumentStore } from './documents.js';
import { postgresEventStore } from './events.js';
import { postgresFeedStore } from './feeds.js';
import { migratePostgres } from './migrate.js';
import { createPool, one, type Pool } from './pool.js';
import { postgresReviewStore } from './reviews.js';
import { postgresSearchStore } from './search.js';
import { postgresTokenStore } from './tokens.js';

export interface PostgresStore extends Store {
  kind: 'postgres';
  /** The pool, for code that needs PostgreSQL itself (the migrate command, tests). */
  pool: Pool;
  documents: PostgresDocumentStore;
  /** Whether map queries use a PostGIS point (else latitude/longitude). */
  postgis: boolean;
}

export async function openPostgresStore(url: string, options: { poolSize?: number } = {}): Promise<PostgresStore> {
  const pool = createPool(url, options.poolSize);
  try {
    await migratePostgres(pool);
    const postgis = !!(await one(pool, `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
      AND table_name = 'events' AND column_name = 'geom'`));
    return {
      kind: 'postgres',
      location: url,
      pool,
      postgis,
      documents: postgresDocumentStore(pool),
      events: postgresEventStore(pool),
      feeds: postgresFeedStore(pool),
      alerts: postgresAlertStore(pool),
      search: postgresSearchStore(pool, { postgis }),
      reviews: postgresReviewStore(pool),
      tokens: postgresTokenStore(pool),
      async close() { await pool.end(); },
    };
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
}
