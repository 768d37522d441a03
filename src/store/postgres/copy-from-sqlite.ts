// Move an embedded SQLite database up to PostgreSQL: every table the two schemas share, in the order
// the tables were created (so that foreign keys are satisfied), in batches, each batch one INSERT …
// ON CONFLICT DO NOTHING. Running it again (after an interruption, or twice) adds nothing twice.
// Ids are copied as they are; identity sequences are moved past them at the end. The target should
// be empty or hold an earlier copy of the same source (rows whose keys are taken are left out).
import type { Db } from '../sqlite/open.js';
import type { Pool } from './pool.js';
import { rows } from './pool.js';

export interface CopyProgress { table: string; copied: number; skipped: number }

/** Tables not to copy: the migration bookkeeping of each store. */
const NOT_COPIED = new Set(['schema_migrations']);

/** Columns of a PostgreSQL table that take values (not generated). */
async function targetColumns(pool: Pool, table: string): Promise<string[]> {
  return (await rows<{ column_name: string }>(pool, `SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND coalesce(identity_generation, '') <> 'ALWAYS'
    ORDER BY ordinal_position`, [table])).map((r) => r.column_name);
}

export async function copySqliteToPostgres(db: Db, pool: Pool, options: { batchSize?: number; onTable?: (p: CopyProgress) => void } = {}): Promise<CopyProgress[]> {
  const batchSize = options.batchSize ?? 500;
  const targetTables = new Set((await rows<{ table_name: string }>(pool,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).map((r) => r.table_name));
  // Creation order (sqlite_master's rowid); virtual tables and their shadow tables have no PostgreSQL twin.
  const tables = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid").all() as { name: string; sql: string }[])
    .filter((t) => targetTables.has(t.name) && !NOT_COPIED.has(t.name));
  const out: CopyProgress[] = [];
  for (const { name, sql } of tables) {
    const sourceColumns = new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]));
    const columns = (await targetColumns(pool, name)).filter((c) => sourceColumns.has(c));
    const quoted = columns.map((c) => `"${c}"`).join(', ');
    const hasRowid = !/WITHOUT\s+ROWID\s*$/i.test(sql.trim());
    const progress: CopyProgress = { table: name, copied: 0, skipped: 0 };
    // A table without any unique key (evidence) cannot lean on ON CONFLICT: rows already in the
    // target when its copy starts (an earlier run) are recognised by their values and left out.
    const keyless = !(await rows(pool, `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND i.indisunique LIMIT 1`, [name])).length;
    const existing = new Set<string>();
    if (keyless) {
      const res = await pool.query({ text: `SELECT ${quoted} FROM "${name}"`, rowMode: 'array' });
      for (const r of res.rows as unknown[][]) existing.add(JSON.stringify(r));
    }
    const insert = async (read: unknown[][]) => {
      const batch = existing.size ? read.filter((r) => !existing.has(JSON.stringify(r.map((v) => (typeof v === 'bigint' ? Number(v) : v))))) : read;
      progress.skipped += read.length - batch.length;
      if (!batch.length) return;
      const values: unknown[] = [];
      const tuples = batch.map((row) => `(${row.map((v) => { values.push(typeof v === 'bigint' ? Number(v) : v); return `$${values.length}`; }).join(', ')})`);
      const res = await pool.query(`INSERT INTO "${name}" (${quoted}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, values);
      progress.copied += res.rowCount ?? 0;
      progress.skipped += batch.length - (res.rowCount ?? 0);
    };
    // Pages read from SQLite (synchronous) and written to PostgreSQL one at a time: by rowid where the
    // table has one, else by position (tables without rowid are keyed, small per row, and read in key order).
    if (hasRowid) {
      const page = db.prepare(`SELECT rowid, ${quoted} FROM "${name}" WHERE rowid > ? ORDER BY rowid LIMIT ?`).raw();
      for (let last: number | bigint = 0; ;) {
        const read = page.all(last, batchSize) as unknown[][];
        if (!read.length) break;
        last = read[read.length - 1]![0] as number;
        await insert(read.map((r) => r.slice(1)));
      }
    } else {
      const page = db.prepare(`SELECT ${quoted} FROM "${name}" LIMIT ? OFFSET ?`).raw();
      for (let offset = 0; ; offset += batchSize) {
        const read = page.all(batchSize, offset) as unknown[][];
        if (!read.length) break;
        await insert(read);
      }
    }
    // Identity columns: the next generated id must come after the copied ones.
    for (const { column_name: c } of await rows<{ column_name: string }>(pool, `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'`, [name])) {
      await pool.query(`SELECT setval(pg_get_serial_sequence($1, $2), greatest((SELECT max("${c}") FROM "${name}"), 1))`, [name, c]);
    }
    options.onTable?.(progress);
    out.push(progress);
  }
  return out;
}
