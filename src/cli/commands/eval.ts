// `sitrep eval geo|acled ...`: score the geoparser or the coder on annotated data.
import type { Command } from '../command.js';

const KINDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  geo: () => import('../../eval/geo.js'),
  acled: () => import('../../eval/acled.js'),
};

export const command: Command = {
  summary: 'score the geoparser (geo) or the event coder (acled) on annotated data',
  usage: `usage:
  sitrep eval geo <toponyms.jsonl> [--gazetteer <db>] [--no-demonyms] [--json] [--limit N]
      recognition precision/recall/F1, Acc@161 km with gold spans and end to end, median error
  sitrep eval acled <export.csv> [--docs <docs.jsonl>] [--gazetteer <db>] [--json] [--limit N] [--rows <out.jsonl>]
      per-field scores of the coder against an ACLED export`,
  async run(argv) {
    const [kind, ...rest] = argv;
    const load = kind ? KINDS[kind] : undefined;
    if (!load) {
      console.error(`sitrep eval: say what to score: ${Object.keys(KINDS).join(' or ')}\n\n${this.usage}`);
      return 2;
    }
    return (await load()).run(rest);
  },
};
