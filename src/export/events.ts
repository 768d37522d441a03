// `sitrep export events --format acled-csv|geojson|jsonl [--db sitrep.db] [--out file]`, and the pure
// writers the HTTP API reuses: toAcledCsv, toGeoJson, toJsonl (events in, text out).
import { createWriteStream } from 'node:fs';
import type { CodedEvent } from '../document.js';
import { dbLocation, parseCommandArgs } from '../cli/command.js';
import { openStore } from '../store/index.js';

type ExportEvent = Partial<CodedEvent> & Record<string, unknown>;

/** ACLED export columns (2024 codebook order) followed by sitrep's own. */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp', 'fatalities_unknown', 'arrests', 'confidence'];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function acledRow(e: ExportEvent): unknown[] {
  const updated = typeof e.updated_at === 'string' ? Math.floor(Date.parse(e.updated_at) / 1000) : '';
  const values: Record<string, unknown> = {
    ...e,
    event_id_cnty: e.event_id,
    year: e.event_date ? String(e.event_date).slice(0, 4) : '',
    latitude: typeof e.latitude === 'number' ? e.latitude.toFixed(4) : '',
    longitude: typeof e.longitude === 'number' ? e.longitude.toFixed(4) : '',
    region: '', source_scale: '', tags: '', timestamp: updated,
  };
  return ACLED_COLUMNS.map((c) => values[c]);
}

export function toAcledCsv(events: Iterable<ExportEvent>): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const e of events) lines.push(acledRow(e).map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

function feature(e: ExportEvent): object | null {
  if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') return null;
  const { evidence: _evidence, latitude, longitude, ...properties } = e;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties };
}

export function toGeoJson(events: Iterable<ExportEvent>): { type: 'FeatureCollection'; features: object[] } {
  const features: object[] = [];
  for (const e of events) { const f = feature(e); if (f) features.push(f); }
  return { type: 'FeatureCollection', features };
}

export function toJsonl(events: Iterable<ExportEvent>): string {
  let out = '';
  for (const e of events) out += `${JSON.stringify(e)}\n`;
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' } });
  const format = values.format ?? 'jsonl';
  if (!['acled-csv', 'geojson', 'jsonl'].includes(format)) {
    console.error('sitrep export events: --format must be acled-csv, geojson or jsonl');
    return 2;
  }
  const store = await openStore(dbLocation(values.db));
  try {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
    if (format === 'geojson') {
      // Streamed feature by feature: exports may be large.
      await write('{"type":"FeatureCollection","features":[');
      let first = true;
      for await (const e of store.events.iterate()) {
        const f = feature(e as unknown as ExportEvent);
        if (!f) continue;
        await write(`${first ? '' : ','}\n${JSON.stringify(f)}`);
        first = false;
      }
      await write('\n]}\n');
    } else {
      if (format === 'acled-csv') await write(`${ACLED_COLUMNS.join(',')}\n`);
      for await (const e of store.events.iterate()) {
        await write(format === 'jsonl' ? toJsonl([e as unknown as ExportEvent]) : `${acledRow(e as unknown as ExportEvent).map(csvCell).join(',')}\n`);
      }
    }
    if (values.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  } finally {
    await store.close();
  }
  return 0;
}
