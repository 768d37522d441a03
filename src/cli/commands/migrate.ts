// `sitrep migrate --from sqlite:./sitrep.db --to postgres://…`: move an embedded database up to
// PostgreSQL (every table, in batches; running it again adds nothing twice). Also
// `sitrep migrate --to postgres://…` alone brings a PostgreSQL schema up to date.
import { existsSync } from 'node:fs';
import { openDb } from '../../store/sqlite/open.js';
import { copySqliteToPostgres } from '../../store/postgres/copy-from-sqlite.js';
import { openPostgresStore } from '../../store/postgres/open.js';
import { parseCommandArgs, type Command } from '../command.js';

export const command: Command = {
  summary: 'move a SQLite database up to PostgreSQL, or bring a PostgreSQL schema up to date',
  usage: `usage: sitrep migrate [--from sqlite:./sitrep.db] --to postgres://user:pass@host/db
  --from <sqlite:path>   the SQLite database to copy (it is migrated to the latest schema first)
  --to <url>             the PostgreSQL database (schema created or updated)
  --batch-size <n>       rows per INSERT (default 500)
  --quiet                print nothing but errors`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean' },
    });
    const to = values.to;
    if (!to || !/^postgres(ql)?:\/\//.test(to)) {
      console.error('sitrep migrate: --to wants a postgres:// URL');
      return 2;
    }
    const from = values.from?.replace(/^sqlite:/, '');
    if (values.from !== undefined && (!from || !existsSync(from))) {
      console.error(`sitrep migrate: no SQLite database at "${from ?? ''}"`);
      return 2;
    }
    const batchSize = values['batch-size'] ? Number(values['batch-size']) : 500;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      console.error('sitrep migrate: --batch-size wants a positive integer');
      return 2;
    }
    const store = await openPostgresStore(to);
    try {
      if (!values.quiet) console.log(`PostgreSQL schema up to date${store.postgis ? ' (PostGIS)' : ' (no PostGIS: latitude/longitude index)'}`);
      if (!from) return 0;
      const db = openDb(from);
      try {
        await copySqliteToPostgres(db, store.pool, {
          batchSize,
          onTable: (p) => { if (!values.quiet) console.log(`${p.table}: ${p.copied} copied${p.skipped ? `, ${p.skipped} already there` : ''}`); },
        });
      } finally {
        db.close();
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
