// The PostgreSQL connection pool of a store, and the two helpers every area uses: a query that
// returns rows, and a transaction that runs a function on one client (BEGIN … COMMIT / ROLLBACK).
import pg from 'pg';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** Anything that runs a query: the pool itself or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

// BIGINT (count(*), ids, hashes) and NUMERIC (sum()) arrive as strings by default; every such value
// in the schema fits a JavaScript number, so they are parsed as numbers (per pool, not globally).
const INT8 = 20, NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function createPool(url: string, max = Number(process.env.SITREP_PG_POOL ?? 10)): Pool {
  const pool = new pg.Pool({ connectionString: url, max, types } as pg.PoolConfig);
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Rows of a query. */
export async function rows<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

/** The first row of a query, or null. */
export async function one<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | null> {
  return ((await db.query(sql, params)).rows[0] as T | undefined) ?? null;
}

/** Number of rows a statement changed. */
export async function changes(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.query(sql, params)).rowCount ?? 0;
}

/** Run `fn` in one transaction on one client; rolled back when it throws. */
export async function transaction<T>(pool: Pool, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** A parameter list for building WHERE clauses: `p(value)` adds a value and returns its placeholder. */
export function params(): { values: unknown[]; p: (v: unknown) => string } {
  const values: unknown[] = [];
  return { values, p: (v) => { values.push(v); return `$${values.length}`; } };
}
