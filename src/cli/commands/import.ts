// `sitrep import acled <export.csv>`: load an ACLED export as reviewed (confirmed) events.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from '../command.js';
import { dbLocation, parseCommandArgs } from '../command.js';
import { openStore } from '../../store/index.js';
import { importAcled } from '../../import/acled.js';

export const command: Command = {
  summary: 'import an ACLED export (CSV) as reviewed events',
  usage: `usage: sitrep import acled <export.csv> [--db sitrep.db | postgres://...] [--reviewer name]

  Each row becomes a confirmed event with a placeholder document holding its note (the evidence).
  Importing the same export again updates the events; analysts' edits are kept.`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { reviewer: { type: 'string' } });
    const [kind, file] = positionals;
    if (kind !== 'acled' || !file) {
      console.error(`sitrep import: say what to import\n\n${this.usage}`);
      return 2;
    }
    let csv: string;
    try {
      csv = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`sitrep import: cannot read ${file}: ${(err as Error).message}`);
      return 1;
    }
    const store = await openStore(dbLocation(values.db));
    try {
      const summary = await importAcled(store, csv, basename(file), { reviewer: values.reviewer });
      for (const s of summary.skipped.slice(0, 20)) console.error(`sitrep import: row ${s.row} skipped: ${s.problem}`);
      if (summary.skipped.length > 20) console.error(`sitrep import: ... and ${summary.skipped.length - 20} more skipped rows`);
      console.log(`${summary.rows} rows: ${summary.imported} events imported, ${summary.updated} updated, ${summary.skipped.length} skipped`);
      return summary.rows > 0 && summary.skipped.length === summary.rows ? 1 : 0;
    } catch (err) {
      console.error(`sitrep import: ${(err as Error).message}`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
