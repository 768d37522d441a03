// The store: where documents, stories, events and everything else are kept.
// It is split into areas, one per group of tables; each area has an interface (src/store/<area>.ts)
// and one implementation per kind of database (src/store/sqlite/<area>.ts). Every method is async so
// that the embedded SQLite store and the PostgreSQL store are used the same way.
import { openDb, type Db } from './sqlite/open.js';
import type { DocumentStore } from './documents.js';
import { sqliteDocumentStore } from './sqlite/documents.js';
import type { FeedStore } from './feeds.js';
import { sqliteFeedStore } from './sqlite/feeds.js';
import type { AlertStore } from './alerts.js';
import { sqliteAlertStore } from './sqlite/alerts.js';
import type { SearchStore } from './search.js';
import { sqliteSearchStore } from './sqlite/search.js';
import type { ReviewStore } from './reviews.js';
import { sqliteReviewStore } from './sqlite/reviews.js';
import type { TokenStore } from './tokens.js';
import type { EventStore } from './events.js';
import { sqliteEventStore } from './sqlite/events.js';
import { sqliteTokenStore } from './sqlite/tokens.js';

export interface Store {
  kind: 'sqlite' | 'postgres';
  /** The path or URL the store was opened from. */
  location: string;
  documents: DocumentStore;
  /** Coded events with their evidence and sources. */
  events: EventStore;
  feeds: FeedStore;
  alerts: AlertStore;
  /** Event queries for the HTTP API and the web map. */
  search: SearchStore;
  /** Review history and analysts' edits of events. */
  reviews: ReviewStore;
  /** Bearer tokens of the HTTP API (stored hashed). */
  tokens: TokenStore;
  close(): Promise<void>;
}

export interface SqliteStore extends Store {
  kind: 'sqlite';
  /** The open better-sqlite3 handle, for the SQLite implementations of each area. */
  db: Db;
}

/** Open the store at `location`: a SQLite file path (created when missing) or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { openPostgresStore } = await import('./postgres/open.js');
    return openPostgresStore(location);
  }
  const db = openDb(location);
  const store: SqliteStore = {
    kind: 'sqlite',
    location,
    db,
    documents: sqliteDocumentStore(db),
    events: sqliteEventStore(db),
    feeds: sqliteFeedStore(db),
    alerts: sqliteAlertStore(db),
    search: sqliteSearchStore(db),
    reviews: sqliteReviewStore(db),
    tokens: sqliteTokenStore(db),
    async close() { db.close(); },
  };
  return store;
}
