// `sitrep export events --format acled-csv|geojson|jsonl [--db sitrep.db] [--out file]`: every stored
// event, streamed through the writers of formats.ts (the HTTP API's /api/export uses the same ones).
import { createWriteStream } from 'node:fs';
import { dbLocation, parseCommandArgs } from '../cli/command.js';
import { openStore } from '../store/index.js';
import { EXPORT_FORMATS, type ExportEvent } from './formats.js';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' } });
  const format = EXPORT_FORMATS[values.format ?? 'jsonl'];
  if (!format) {
    console.error(`sitrep export events: --format must be ${Object.keys(EXPORT_FORMATS).join(', ')}`);
    return 2;
  }
  const store = await openStore(dbLocation(values.db));
  try {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const write = (s: string) => new Promise<void>((resolve) => (s === '' || out.write(s) ? resolve() : out.once('drain', resolve)));
    const writer = format.writer();
    await write(writer.head);
    for await (const e of store.events.iterate()) await write(writer.item(e as unknown as ExportEvent));
    await write(writer.tail);
    if (values.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  } finally {
    await store.close();
  }
  return 0;
}
