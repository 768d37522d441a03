// `sitrep import acled <export.csv>`: ACLED export rows → reviewed events (status 'confirmed').
// Each row gets a placeholder document holding its note, so the note can be the event's evidence and
// the event panel has a text to show. Rows that cannot be read are reported with their row number and
// the rest goes on. Re-importing updates the events in place (analysts' edits are re-applied by the
// review triggers, sql/sqlite/020-reviews.sql).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, type Document } from '../document.js';
import { DATA_DIR } from '../paths.js';
import type { DocumentStore } from '../store/documents.js';
import type { EventStore, ImportedEvent } from '../store/events.js';
import { sha256 } from '../util/hash.js';
import { parseCsvRecords } from './csv.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Taxonomy {
  inter_codes: Record<string, string>;
  event_types: { name: string; disorder_type: string }[];
}
let taxonomy: Taxonomy | null = null;
function loadTaxonomy(): Taxonomy {
  taxonomy ??= JSON.parse(readFileSync(join(DATA_DIR, 'taxonomy', 'acled.json'), 'utf8')) as Taxonomy;
  return taxonomy;
}

/** An ACLED date: ISO "2020-05-02" or the older "02 May 2020" / "2-May-20" forms. */
export function acledDate(value: string): string | null {
  const v = value.trim();
  let m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return v;
  m = v.match(/^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{2,4})$/);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    if (month < 0) return null;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const d = new Date(Date.UTC(year, month, Number(m[1])));
    return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[1]) ? null : d.toISOString().slice(0, 10);
  }
  return null;
}

/** An inter code from a number ("1") or the newer text labels ("State forces", "Rebel group"). */
export function interCode(value: string): number | null {
  const v = value.trim();
  if (v === '') return 0;
  if (/^\d$/.test(v)) return Number(v);
  const label = v.toLowerCase().replace(/s$/, '');
  for (const [code, name] of Object.entries(loadTaxonomy().inter_codes)) {
    if (name.toLowerCase().replace(/s$/, '') === label) return Number(code);
  }
  return null;
}

export type { ImportedEvent };

/** One CSV record → an event, or the reason it cannot be one. */
export function toEvent(r: Record<string, string>): ImportedEvent | { problem: string } {
  const get = (k: string) => (r[k] ?? '').trim();
  const id = get('event_id_cnty') || get('event_id');
  if (!id) return { problem: 'no event_id_cnty' };
  const date = acledDate(get('event_date'));
  if (!date) return { problem: `event_date "${get('event_date').slice(0, 30)}" is not a date` };
  const eventType = get('event_type');
  if (!eventType || !get('sub_event_type')) return { problem: 'no event_type or sub_event_type' };
  const inter1 = interCode(get('inter1'));
  const inter2 = interCode(get('inter2'));
  if (inter1 === null || inter2 === null) return { problem: `unknown inter code "${get('inter1')}"/"${get('inter2')}"` };
  const num = (k: string) => { const v = get(k); return v === '' || !Number.isFinite(Number(v)) ? null : Number(v); };
  const lat = num('latitude'), lon = num('longitude');
  const coords = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const interaction = num('interaction');
  return {
    event_id: id,
    event_date: date,
    time_precision: Math.min(3, Math.max(1, num('time_precision') ?? 1)),
    disorder_type: get('disorder_type') || loadTaxonomy().event_types.find((t) => t.name === eventType)?.disorder_type || '',
    event_type: eventType,
    sub_event_type: get('sub_event_type'),
    actor1: get('actor1'), assoc_actor_1: get('assoc_actor_1'), inter1,
    actor2: get('actor2'), assoc_actor_2: get('assoc_actor_2'), inter2,
    // ACLED's interaction code: the two inter codes, lower first ("12", "37"), or a single one.
    interaction: interaction ?? Number([inter1, inter2].filter((x) => x > 0).sort().join('') || 0),
    civilian_targeting: get('civilian_targeting'),
    iso: num('iso'),
    country: get('country'), admin1: get('admin1'), admin2: get('admin2'), admin3: get('admin3'), location: get('location'),
    latitude: coords ? lat : null, longitude: coords ? lon : null,
    geo_precision: Math.min(3, Math.max(1, num('geo_precision') ?? 1)),
    fatalities: Math.max(0, Math.trunc(num('fatalities') ?? 0)),
    notes: get('notes'),
    source: get('source'),
  };
}

/** The placeholder document of an imported event: its note as the text. */
export function placeholderDocument(e: ImportedEvent, origin: string): Document {
  const doc = createDocument(`acled-${e.event_id}`, e.notes, { origin: `${origin}#${e.event_id}`, source: e.source || 'ACLED', publishedAt: e.event_date, contentType: 'text/plain' });
  doc.title = `ACLED ${e.event_id}: ${e.sub_event_type} in ${e.location || e.country}`;
  doc.text = e.notes || `${e.sub_event_type} (${e.event_id}); the export has no note.`;
  doc.contentHash = sha256(`acled\n${e.event_id}\n${doc.text}`);
  doc.storyId = doc.id;
  return doc;
}

export interface ImportSummary { rows: number; imported: number; updated: number; skipped: { row: number; problem: string }[] }

/** Import an ACLED export's text into the store (either kind). */
export async function importAcled(store: { documents: DocumentStore; events: EventStore }, csv: string, origin: string, options: { reviewer?: string; batchSize?: number } = {}): Promise<ImportSummary> {
  const review = { reviewer: options.reviewer ?? 'acled-import', comment: `imported from ${origin}` };
  const batchSize = options.batchSize ?? 500;
  const summary: ImportSummary = { rows: 0, imported: 0, updated: 0, skipped: [] };

  let pending: ImportedEvent[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const docs = pending.map((e) => placeholderDocument(e, origin));
    const outcomes = await store.documents.saveBatch(docs);
    // saveBatch answers in order; an identical note already stored answers with the existing document
    const texts = new Map(docs.map((d) => [d.contentHash, d.text]));
    const counts = await store.events.importReviewed(
      pending.map((e, k) => ({ event: e, documentId: outcomes[k]!.documentId, text: texts.get(docs[k]!.contentHash)! })), review);
    summary.imported += counts.imported;
    summary.updated += counts.updated;
    pending = [];
  };

  for (const { row, record } of parseCsvRecords(csv)) {
    summary.rows++;
    const e = toEvent(record);
    if ('problem' in e) { summary.skipped.push({ row, problem: e.problem }); continue; }
    pending.push(e);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
