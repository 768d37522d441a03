// `sitrep export documents --format jsonl`: the cleaned documents, in the input document format of
// DESIGN.md (so they can be fed to `sitrep code`) plus their story, content hash and origin.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { dbLocation, parseCommandArgs } from '../cli/command.js';
import { openStore } from '../store/index.js';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' } });
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl') {
    console.error(`sitrep export documents: unknown format "${format}" (only jsonl)`);
    return 2;
  }
  const store = await openStore(dbLocation(values.db));
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  // `sitrep export documents | head`: a closed pipe ends the export quietly.
  if (out === process.stdout) process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); else throw err; });
  try {
    for await (const d of store.documents.iterate()) {
      const line = JSON.stringify({
        id: d.id, title: d.title, text: d.text, published_at: d.publishedAt, url: d.url, source: d.source,
        story_id: d.storyId, content_hash: d.contentHash, origin: d.origin,
      }) + '\n';
      if (!out.write(line)) await once(out, 'drain');
    }
  } finally {
    if (out !== process.stdout) { (out as NodeJS.WritableStream).end(); await once(out, 'finish'); }
    await store.close();
  }
  return 0;
}
