// The event export formats, each written as a stream: a head, one piece per event, a tail. The CLI
// (`sitrep export events`) and the HTTP API (`/api/export`) both write through these, so a large
// export never has to be held in memory as one string.
import type { CodedEvent } from '../document.js';

export type ExportEvent = Partial<CodedEvent> & Record<string, unknown>;

/** ACLED export columns (2024 codebook order) followed by sitrep's own. */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp', 'fatalities_unknown', 'arrests', 'confidence'];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function acledRow(e: ExportEvent): string {
  const updated = typeof e.updated_at === 'string' ? Math.floor(Date.parse(e.updated_at) / 1000) : '';
  const values: Record<string, unknown> = {
    ...e,
    event_id_cnty: e.event_id,
    year: e.event_date ? String(e.event_date).slice(0, 4) : '',
    latitude: typeof e.latitude === 'number' ? e.latitude.toFixed(4) : '',
    longitude: typeof e.longitude === 'number' ? e.longitude.toFixed(4) : '',
    region: '', source_scale: '', tags: '', timestamp: updated,
  };
  return `${ACLED_COLUMNS.map((c) => csvCell(values[c])).join(',')}\n`;
}

/** A GeoJSON feature, or null for an event without coordinates (GeoJSON has no place for it). */
function feature(e: ExportEvent): object | null {
  if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') return null;
  const { evidence: _evidence, latitude, longitude, ...properties } = e;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties };
}

/** Writes one export: `head`, then `item(e)` per event (may be ''), then `tail`. */
export interface ExportWriter { head: string; item(e: ExportEvent): string; tail: string }

export interface ExportFormat { contentType: string; extension: string; writer(): ExportWriter }

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'acled-csv': {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    writer: () => ({ head: `${ACLED_COLUMNS.join(',')}\n`, item: acledRow, tail: '' }),
  },
  'geojson': {
    contentType: 'application/geo+json',
    extension: 'geojson',
    writer: () => {
      let first = true;
      return {
        head: '{"type":"FeatureCollection","features":[',
        item: (e) => {
          const f = feature(e);
          if (!f) return '';
          const piece = `${first ? '' : ','}\n${JSON.stringify(f)}`;
          first = false;
          return piece;
        },
        tail: '\n]}\n',
      };
    },
  },
  'jsonl': {
    contentType: 'application/x-ndjson',
    extension: 'jsonl',
    writer: () => ({ head: '', item: (e) => `${JSON.stringify(e)}\n`, tail: '' }),
  },
};

/** The whole export of `events` as one string (small exports and tests). */
export function exportText(format: string, events: Iterable<ExportEvent>): string {
  const w = EXPORT_FORMATS[format]!.writer();
  let out = w.head;
  for (const e of events) out += w.item(e);
  return out + w.tail;
}
