// `sitrep demo`: ingest the bundled example articles and show what was stored.
// Idempotent: a second run adds nothing and says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../../context.js';
import { ingest, type IngestSummary } from '../../ingest/run.js';
import { EXAMPLES_DIR } from '../../paths.js';
import { openStore, type SqliteStore } from '../../store/index.js';
import { dbLocation, parseCommandArgs, type Command } from '../command.js';

interface Manifest { files: Record<string, { source?: string; published_at?: string }> }

function readManifest(): Manifest {
  const path = join(EXAMPLES_DIR, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : { files: {} };
}

/** The events table, when the coder has stored any (read-only, tolerant of a missing or empty table). */
function events(store: SqliteStore): Record<string, unknown>[] {
  try {
    return store.db.prepare(`SELECT event_date, event_type, sub_event_type, location, admin1, country, actor1, actor2,
      fatalities, fatalities_unknown FROM events ORDER BY event_date, id LIMIT 50`).all() as Record<string, unknown>[];
  } catch {
    return [];
  }
}

export const command: Command = {
  summary: 'ingest the bundled example articles into ./sitrep.db and show what was stored',
  usage: `usage: sitrep demo [--db <path>] [--gazetteer <path>]
  Ingests examples/ (the reference article, a syndicated copy of it, an HTML page, invented briefs)
  and prints the stories with their sources and, once the coder stores them, the events.`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {});
    const location = dbLocation(values.db);
    const store = (await openStore(location)) as SqliteStore;
    try {
      const manifest = readManifest();
      // The manifest's order first (the reference article before its syndicated copy), then the rest.
      const order = Object.keys(manifest.files);
      const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
      const files = readdirSync(EXAMPLES_DIR).filter((f) => !f.startsWith('.') && f !== 'manifest.json')
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      const total: Omit<IngestSummary, 'rejectedByReason' | 'deadLetters'> = { read: 0, ingested: 0, newStories: 0, copiesJoined: 0, duplicates: 0, unchanged: 0, rejected: 0 };
      for (const file of files) {
        const meta = manifest.files[file] ?? {};
        const ctx = createContext({
          defaultSource: meta.source ?? null,
          defaultPublishedAt: meta.published_at ?? null,
          ...(values.gazetteer ? { gazetteerPath: values.gazetteer } : {}),
        });
        const s = await ingest([join(EXAMPLES_DIR, file)], { store, ctx });
        for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
        for (const l of s.deadLetters) console.log(`rejected ${l.origin}: ${l.reason} — ${l.detail ?? ''}`);
      }

      console.log(`sitrep demo → ${location}`);
      if (total.ingested === 0 && total.duplicates === 0 && total.rejected === 0) {
        console.log(`nothing new: all ${total.unchanged} example documents were already stored.`);
      } else {
        console.log(`stored ${total.ingested} documents (${total.newStories} new stories, ${total.copiesJoined} syndicated copies joined), ${total.duplicates} exact copies, ${total.unchanged} already stored, ${total.rejected} rejected.`);
      }

      const stories = store.db.prepare('SELECT id, title, published_at FROM stories ORDER BY published_at, id').all() as { id: string; title: string | null; published_at: string | null }[];
      console.log(`\n${stories.length} stories:`);
      for (const st of stories) {
        const sources = await store.documents.sources(st.id);
        console.log(`• ${st.title ?? '(untitled)'}  [${st.published_at?.slice(0, 10) ?? 'no date'}]`);
        for (const s of sources) console.log(`    ${s.source ?? '(no source)'} — ${s.url ?? s.origin.replace(`${EXAMPLES_DIR}/`, 'examples/')}`);
      }

      const rows = events(store);
      if (rows.length > 0) {
        console.log(`\n${rows.length} events:`);
        for (const e of rows) {
          const place = [e.location, e.admin1, e.country].filter(Boolean).join(', ');
          const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
          const deaths = e.fatalities_unknown ? `${e.fatalities} (unknown)` : String(e.fatalities);
          console.log(`• ${e.event_date}  ${e.event_type} / ${e.sub_event_type}  @ ${place || '?'}  ${actors}  fatalities ${deaths}`);
        }
      } else {
        console.log('\nno events coded yet.');
      }
      const here = dirname(fileURLToPath(import.meta.url));
      if (['serve.js', 'serve.ts'].some((f) => existsSync(join(here, f)))) {
        console.log(`\nBrowse them: npx sitrep serve --db ${location}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
