// Helpers of the store tests: a fresh store of each kind (SQLite in a temporary folder, PostgreSQL
// in a schema of its own in the database SITREP_TEST_PG names), and ingest of a small corpus.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { createContext } from '../../src/context.js';
import { ingest } from '../../src/ingest/run.js';
import { openStore, type Store } from '../../src/store/index.js';
import { toJsonl, type CorpusDocument } from '../scale/corpus.js';

export const LOCAL_PG = 'postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test';

let reachable: Promise<string | null> | null = null;

/**
 * The test database: SITREP_TEST_PG, else the local one .ci/run creates when it answers, else null
 * (the PostgreSQL tests are then skipped with a message). In CI (CI=true) a missing database is an error.
 */
export function testDatabase(): Promise<string | null> {
  reachable ??= (async () => {
    const url = process.env.SITREP_TEST_PG ?? LOCAL_PG;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
    try {
      await client.connect();
      // Extensions belong to the whole database, but CREATE EXTENSION puts one in the first schema of
      // the search path: the migration of a test schema would put unaccent in that schema, and
      // dropping the schema after its tests would take it from the others. So it is made once, in
      // public, as a database administrator would (sql/postgres/032-search-unaccent.sql then finds it).
      await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public').catch(() => {}); // a concurrent run made it, or no right to
      await client.end();
      return url;
    } catch (err) {
      if (process.env.SITREP_TEST_PG || process.env.CI) throw new Error(`PostgreSQL test database ${url} does not answer: ${(err as Error).message}`);
      return null;
    }
  })();
  return reachable;
}

export const SKIP_PG = 'PostgreSQL tests skipped: set SITREP_TEST_PG=postgres://… (or start the local cluster as .ci/run does)';

/** A fresh, empty schema in the test database; its URL makes every connection use it. Dropped after the tests. */
export async function freshSchema(url: string, prefix = 't'): Promise<{ url: string; schema: string }> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  after(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema},public`); // public: where extensions such as PostGIS live
  return { url: u.toString(), schema };
}

export function tempDir(prefix = 'sitrep-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type StoreKind = 'sqlite' | 'postgres';

/** A new empty store of a kind, or null when PostgreSQL is not available. Closed after the tests. */
export async function freshStore(kind: StoreKind): Promise<Store | null> {
  let location: string;
  if (kind === 'sqlite') location = join(tempDir(), 'sitrep.db');
  else {
    const db = await testDatabase();
    if (!db) return null;
    location = (await freshSchema(db)).url;
  }
  const store = await openStore(location);
  after(() => store.close());
  return store;
}

/** Ingest documents (as one JSONL file) into a store through the whole pipeline. */
export async function ingestDocs(store: Store, docs: CorpusDocument[], name = 'docs.jsonl', dir = tempDir()) {
  const file = join(dir, name);
  writeFileSync(file, toJsonl(docs));
  return ingest([file], { store, ctx: createContext(), batchSize: 50 });
}
