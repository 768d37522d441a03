// `sitrep code [in.jsonl] > out.jsonl`: documents in, events out, nothing stored. Runs every stage of
// the pipeline with an in-memory dedupe index (a syndicated copy of an earlier line yields no events
// of its own). A line that cannot be read or coded is reported on stderr; the rest go on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';
import { createContext } from '../../context.js';
import { runPipeline, STAGES } from '../../pipeline.js';
import { readJsonl } from '../../ingest/jsonl.js';
import { documentFromItem } from '../../ingest/run.js';
import { createMemoryDedupeIndex } from '../../dedupe/memory-index.js';
import { isFatal } from '../../document.js';

export const command: Command = {
  summary: 'code JSONL documents into JSONL events (stateless; stdin → stdout)',
  usage: `usage: sitrep code [in.jsonl] [--published-at YYYY-MM-DD] [--source NAME] [--mentions] > events.jsonl
  Reads documents {"id","text","title"?,"published_at"?,"url"?,"source"?}, one per line (stdin when no file),
  and prints one event per line in the event format of DESIGN.md. --mentions also prints rejected
  mentions (background, negated, threatened ...) to stderr for review.`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      'published-at': { type: 'string' },
      source: { type: 'string' },
      mentions: { type: 'boolean' },
    });
    const ctx = createContext({
      defaultPublishedAt: values['published-at'] ?? null,
      defaultSource: values.source ?? null,
      gazetteerPath: values.gazetteer ?? process.env.SITREP_GAZETTEER ?? null,
      dedupeIndex: createMemoryDedupeIndex(),
    });
    const input = positionals[0] && positionals[0] !== '-' ? createReadStream(positionals[0]) : process.stdin;
    const lines = createInterface({ input, crlfDelay: Infinity });
    let n = 0, failed = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const origin = `${positionals[0] ?? 'stdin'}:${n}`;
      for (const r of readJsonl(line, origin)) {
        if (r.kind === 'dead') { failed++; console.error(`sitrep code: line ${n}: ${r.letter.reason}: ${r.letter.detail ?? ''}`); continue; }
        try {
          const doc = documentFromItem(r.item, ctx);
          if (!doc.id) doc.id = `line-${n}`;
          await runPipeline(doc, ctx, STAGES, { stopOnDuplicate: true });
          for (const m of doc.messages) if (m.level === 'error') console.error(`sitrep code: line ${n}: ${m.stage}: ${m.reason}`);
          if (isFatal(doc)) { failed++; continue; }
          if (values.mentions) for (const m of doc.mentions) if (m.rejected) console.error(JSON.stringify({ doc_id: doc.id, rejected: m.rejected, sub_event_type: m.sub_event_type, text: m.text }));
          for (const e of doc.events) process.stdout.write(`${JSON.stringify(e)}\n`);
        } catch (err) {
          failed++;
          console.error(`sitrep code: line ${n}: ${(err as Error).message}`);
        }
      }
    }
    return failed && failed === n ? 1 : 0;
  },
};
