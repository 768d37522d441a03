// Bring a PostgreSQL database's schema up to date: for each version, the SQLite migration translated
// (./translate-ddl.ts) followed by sql/postgres/NNN-*.sql of the same version, in one transaction,
// recorded in schema_migrations. An advisory lock makes concurrent starters (several workers) wait
// for one another instead of applying a version twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SQL_DIR } from '../../paths.js';
import { listMigrations } from '../sqlite/open.js';
import type { Pool } from './pool.js';
import { translateMigration } from './translate-ddl.js';

const MIGRATION_LOCK = 7_302_519; // any constant; one per application using the database

export interface PostgresMigration {
  version: number;
  name: string;
  /** Statements, in order: translated SQLite ones, then the hand-written PostgreSQL file. */
  statements: string[];
}

/** The migrations for PostgreSQL, by version. */
export function postgresMigrations(sqliteDir = join(SQL_DIR, 'sqlite'), postgresDir = join(SQL_DIR, 'postgres')): PostgresMigration[] {
  const byVersion = new Map<number, PostgresMigration>();
  for (const m of listMigrations(sqliteDir)) {
    byVersion.set(m.version, { version: m.version, name: m.name, statements: translateMigration(m.sql).statements });
  }
  for (const f of readdirSync(postgresDir).filter((f) => /^\d{3}-.+\.sql$/.test(f)).sort()) {
    const version = Number(f.slice(0, 3));
    const m = byVersion.get(version) ?? { version, name: f, statements: [] };
    m.statements.push(readFileSync(join(postgresDir, f), 'utf8'));
    byVersion.set(version, m);
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}

/** Apply every migration the database has not seen; resolves to how many were applied. */
export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    let count = 0;
    for (const m of postgresMigrations()) {
      if (applied.has(m.version)) continue;
      try {
        await client.query('BEGIN');
        for (const stmt of m.statements) await client.query(stmt);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw new Error(`migration ${m.name} failed on PostgreSQL: ${(err as Error).message}`);
      }
      count++;
    }
    return count;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
