// `sitrep export documents|events --format ...`: write stored data out.
import type { Command } from '../command.js';

const KINDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  documents: () => import('../../export/documents.js'),
  events: () => import('../../export/events.js'),
};

export const command: Command = {
  summary: 'write stored documents or events out (JSONL, ACLED CSV, GeoJSON)',
  usage: `usage:
  sitrep export documents [--format jsonl] [--db sitrep.db] [--out file]
  sitrep export events [--format acled-csv|geojson|jsonl] [--db sitrep.db] [--out file]`,
  async run(argv) {
    const [kind, ...rest] = argv;
    const load = kind ? KINDS[kind] : undefined;
    if (!load) {
      console.error(`sitrep export: say what to export: ${Object.keys(KINDS).join(' or ')}\n\n${this.usage}`);
      return 2;
    }
    return (await load()).run(rest);
  },
};
