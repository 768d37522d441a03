// A small seeded database for the API and browser tests: invented articles and events in several
// countries, written directly with SQL matching sql/sqlite/001-core.sql and 010-events.sql so the
// tests do not depend on the pipeline. One article is hostile (script tags, handlers, javascript: links).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/sqlite/open.js';
import { sqliteSearchStore } from '../../src/store/sqlite/search.js';
import { sqliteReviewStore } from '../../src/store/sqlite/reviews.js';
import { sqliteTokenStore } from '../../src/store/sqlite/tokens.js';
import type { ApiStore } from '../../src/server/api-store.js';

export const XSS_TEXT = 'Protesters gathered in Mombasa <script>window.__pwned = true</script> and '
  + 'carried a sign <img src=x onerror="window.__pwned = true"> reading <a href="javascript:window.__pwned=true">click</a>. '
  + 'Police dispersed the crowd.';

interface Article { id: string; title: string; text: string; source: string; url: string; published: string }
interface SeedEvent {
  event_id: string; doc: string; event_date: string; event_type: string; sub_event_type: string; disorder_type: string;
  actor1: string; inter1: number; actor2: string; inter2: number; interaction: number;
  country: string; iso: number; admin1: string; location: string; latitude: number; longitude: number;
  fatalities: number; notes: string;
  /** Evidence: field → words of the article's text (first occurrence). */
  evidence: Record<string, string>;
}

export const ARTICLES: Article[] = [
  { id: 'doc-lake', title: 'Clash near Lake Town', source: 'Example Wire', url: 'https://news.example/lake', published: '2024-03-03',
    text: 'Soldiers clashed with fighters of the Northern Front near Lake Town on Saturday. Three soldiers were killed in the fighting, officials said.' },
  { id: 'doc-market', title: 'Shelling hits market', source: 'Example Wire', url: 'https://news.example/market', published: '2024-03-06',
    text: 'Artillery shells struck the central market of Riverside on Tuesday, killing five civilians, according to local medics.' },
  { id: 'doc-march', title: 'Students march in capital', source: 'Daily Example', url: 'https://daily.example/march', published: '2024-03-10',
    text: 'Hundreds of students marched peacefully through Capital City on Sunday demanding lower fees.' },
  { id: 'doc-xss', title: 'Mombasa <b>protest</b> <script>window.__pwned=1</script>', source: 'Hostile Example', url: 'javascript:alert(1)', published: '2024-03-12',
    text: XSS_TEXT },
  { id: 'doc-raid', title: 'Gunmen raid village', source: 'Example Wire', url: 'https://news.example/raid', published: '2024-03-15',
    text: 'Gunmen attacked the village of Eastfield overnight, killing two farmers, residents said.' },
];

export const EVENTS: SeedEvent[] = [
  { event_id: 'KEN-0001', doc: 'doc-lake', event_date: '2024-03-02', event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence',
    actor1: 'Military Forces of Kenya (2022-)', inter1: 1, actor2: 'Northern Front', inter2: 2, interaction: 12,
    country: 'Kenya', iso: 404, admin1: 'Turkana', location: 'Lake Town', latitude: 3.1, longitude: 35.6, fatalities: 3,
    notes: 'Soldiers clashed with fighters of the Northern Front near Lake Town.',
    evidence: { event_type: 'clashed', actor1: 'Soldiers', actor2: 'fighters of the Northern Front', location: 'Lake Town', fatalities: 'Three soldiers were killed', event_date: 'Saturday' } },
  { event_id: 'SYR-0001', doc: 'doc-market', event_date: '2024-03-05', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', disorder_type: 'Political violence',
    actor1: 'Unidentified Armed Group (Syria)', inter1: 3, actor2: 'Civilians (Syria)', inter2: 7, interaction: 37,
    country: 'Syria', iso: 760, admin1: 'Idlib', location: 'Riverside', latitude: 35.9, longitude: 36.6, fatalities: 5,
    notes: 'Artillery shells struck the central market of Riverside, killing five civilians.',
    evidence: { event_type: 'Artillery shells struck', location: 'Riverside', fatalities: 'killing five civilians', event_date: 'Tuesday' } },
  { event_id: 'COL-0001', doc: 'doc-march', event_date: '2024-03-10', event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations',
    actor1: 'Protesters (Colombia)', inter1: 6, actor2: '', inter2: 0, interaction: 60,
    country: 'Colombia', iso: 170, admin1: 'Bogota', location: 'Capital City', latitude: 4.6, longitude: -74.1, fatalities: 0,
    notes: 'Hundreds of students marched peacefully demanding lower fees.',
    evidence: { event_type: 'marched peacefully', actor1: 'students', location: 'Capital City', event_date: 'Sunday' } },
  { event_id: 'KEN-0002', doc: 'doc-xss', event_date: '2024-03-12', event_type: 'Protests', sub_event_type: 'Protest with intervention', disorder_type: 'Demonstrations',
    actor1: 'Protesters (Kenya)', inter1: 6, actor2: 'Police Forces of Kenya (2022-)', inter2: 1, interaction: 16,
    country: 'Kenya', iso: 404, admin1: 'Mombasa', location: 'Mombasa', latitude: -4.05, longitude: 39.67, fatalities: 0,
    notes: 'Protesters <script>window.__pwned=1</script> gathered in Mombasa; police dispersed them.',
    evidence: { event_type: 'Protesters gathered', location: 'Mombasa', actor2: 'Police', notes: '<script>window.__pwned = true</script>' } },
  { event_id: 'NGA-0001', doc: 'doc-raid', event_date: '2024-03-14', event_type: 'Violence against civilians', sub_event_type: 'Attack', disorder_type: 'Political violence',
    actor1: 'Unidentified Armed Group (Nigeria)', inter1: 3, actor2: 'Civilians (Nigeria)', inter2: 7, interaction: 37,
    country: 'Nigeria', iso: 566, admin1: 'Zamfara', location: 'Eastfield', latitude: 12.1, longitude: 6.2, fatalities: 2,
    notes: 'Gunmen attacked the village of Eastfield, killing two farmers.',
    evidence: { event_type: 'attacked', actor1: 'Gunmen', location: 'Eastfield', fatalities: 'killing two farmers', event_date: 'overnight' } },
  { event_id: 'NGA-0002', doc: 'doc-raid', event_date: '2024-02-20', event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence',
    actor1: 'Military Forces of Nigeria (2023-)', inter1: 1, actor2: 'Unidentified Armed Group (Nigeria)', inter2: 3, interaction: 13,
    country: 'Nigeria', iso: 566, admin1: 'Zamfara', location: 'Eastfield', latitude: 12.15, longitude: 6.25, fatalities: 4,
    notes: 'Troops fought gunmen near Eastfield.', evidence: {} },
];

/** Insert the fixtures into an open, migrated database. */
export function seed(db: Db): void {
  const now = '2024-03-16T00:00:00.000Z';
  const story = db.prepare('INSERT INTO stories (id, title, first_seen, published_at) VALUES (?, ?, ?, ?)');
  const doc = db.prepare(`INSERT INTO documents (id, content_hash, story_id, origin, source, url, title, text, published_at, content_type, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'text/plain', ?)`);
  const source = db.prepare('INSERT INTO sources (story_id, document_id, origin, source, url, published_at, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const event = db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type,
    actor1, inter1, actor2, inter2, interaction, iso, country, admin1, location, latitude, longitude, geo_precision, fatalities, notes, source,
    confidence, created_at, updated_at)
    VALUES (@event_id, @merge_key, @event_date, 1, @disorder_type, @event_type, @sub_event_type, @actor1, @inter1, @actor2, @inter2, @interaction,
    @iso, @country, @admin1, @location, @latitude, @longitude, 1, @fatalities, @notes, @source, 0.8, @now, @now)`);
  const eventSource = db.prepare('INSERT INTO event_sources (event_id, document_id) VALUES (?, ?)');
  const evidence = db.prepare('INSERT INTO evidence (event_id, document_id, field, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const a of ARTICLES) {
      story.run(a.id, a.title, now, a.published);
      doc.run(a.id, `hash-${a.id}`, a.id, `${a.url}`, a.source, a.url, a.title, a.text, a.published, now);
      source.run(a.id, a.id, a.url, a.source, a.url, a.published, now);
      source.run(a.id, a.id, `${a.url}#syndicated`, 'Second Distributor', null, a.published, now);
    }
    for (const e of EVENTS) {
      const article = ARTICLES.find((a) => a.id === e.doc)!;
      const { evidence: spans, doc: docId, ...fields } = e;
      event.run({ ...fields, merge_key: e.event_id, source: article.source, now });
      eventSource.run(e.event_id, docId);
      for (const [field, words] of Object.entries(spans)) {
        const start = article.text.indexOf(words);
        if (start < 0) throw new Error(`seed: "${words}" is not in ${docId}`);
        evidence.run(e.event_id, docId, field, start, start + words.length, words);
      }
    }
  })();
}

export interface Seeded {
  dir: string;
  path: string;
  db: Db;
  store: ApiStore;
  cleanup(): void;
}

/** A temporary database with the fixtures, and the store areas the API needs over it. */
export function seededStore(): Seeded {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const path = join(dir, 'test.db');
  const db = openDb(path);
  seed(db);
  const store: ApiStore = { search: sqliteSearchStore(db), reviews: sqliteReviewStore(db), tokens: sqliteTokenStore(db) };
  return { dir, path, db, store, cleanup() { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
