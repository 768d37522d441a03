// `sitrep geoparse [in.jsonl] > out.jsonl`: place names in documents → gazetteer places.
// Reads document JSONL ({"id","text",...}); writes {"doc_id","toponyms":[...]} per line. When a line
// carries `toponyms` spans, those spans are resolved instead of recognised.
// The text is geoparsed AS GIVEN — no extraction or cleaning — so offsets refer to the input's `text`
// (the cleaning stage may move offsets, and gold spans must stay valid). Run `sitrep code` for the
// full pipeline.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';
import { createContext } from '../../context.js';
import { createDocument, type Toponym } from '../../document.js';
import { openGazetteer } from '../../gazetteer/open.js';
import { toponymsStage } from '../../geo/toponyms-stage.js';

export const command: Command = {
  summary: 'find and resolve place names in JSONL documents (stdin or a file) → JSONL toponyms',
  usage: `usage: sitrep geoparse [in.jsonl] [--gazetteer <db>] [--admin2] > out.jsonl
  input lines:  {"id", "text", "toponyms"?: [{"start","end"}...]}  (given spans are resolved, not recognised)
  output lines: {"doc_id", "toponyms": [{start, end, text, name, geonameid, latitude, longitude,
                 country_code, admin1, feature_code, confidence}]}   (with --admin2, also admin2)
  Offsets refer to the input text as given: geoparse does not clean the text.
  A line that cannot be read gives {"doc_id", "error"} and the rest goes on.`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { admin2: { type: 'boolean' } });
    const ctx = createContext({ gazetteerPath: values.gazetteer ?? process.env.SITREP_GAZETTEER ?? null });
    openGazetteer(ctx.gazetteerPath); // fail early, with a clear message, when there is no gazetteer
    const input = positionals[0] && positionals[0] !== '-' ? createReadStream(positionals[0], 'utf8') : process.stdin;
    let n = 0, bad = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      n++;
      let id: string = `line-${n}`;
      try {
        const obj = JSON.parse(line) as { id?: unknown; text?: unknown; toponyms?: { start: number; end: number }[] };
        id = obj.id != null ? String(obj.id) : id;
        if (typeof obj.text !== 'string') throw new Error('no "text" string');
        const doc = createDocument(id, line, { origin: positionals[0] ?? 'stdin' });
        doc.text = obj.text;
        if (Array.isArray(obj.toponyms)) {
          doc.toponyms = obj.toponyms.filter((t) => Number.isInteger(t?.start) && Number.isInteger(t?.end) && t.start >= 0 && t.end <= obj.text!.toString().length && t.start < t.end)
            .map((t) => ({ start: t.start, end: t.end, text: (obj.text as string).slice(t.start, t.end) } as Toponym));
        }
        await toponymsStage.run(doc, ctx);
        const toponyms = doc.toponyms.map(({ admin2, ...t }) => (values.admin2 ? { ...t, admin2 } : t));
        process.stdout.write(JSON.stringify({ doc_id: id, toponyms }) + '\n');
      } catch (err) {
        bad++;
        process.stdout.write(JSON.stringify({ doc_id: id, error: (err as Error).message }) + '\n');
      }
    }
    if (bad) console.error(`geoparse: ${bad} of ${n} line(s) could not be read`);
    return 0;
  },
};
