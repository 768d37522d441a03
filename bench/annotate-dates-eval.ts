// Date-exact accuracy of resolveEventDate on ACLED exports (measuring only; reads the files, stores nothing).
// Usage: node --import tsx bench/annotate-dates-eval.ts <export.csv> <docs.jsonl> [--misses N]
// Each row's `notes` document (from docs.jsonl, with its published_at) is annotated, and the event date
// of the whole note is compared with the row's event_date.
import { readFileSync } from 'node:fs';
import { createDocument } from '../src/document.js';
import { createContext } from '../src/context.js';
import { sentencesStage } from '../src/annotate/sentences.js';
import { datesStage, resolveEventDate } from '../src/annotate/dates.js';
import { csvRecords } from '../src/eval/acled.js';


const [csvPath, docsPath, ...rest] = process.argv.slice(2);
if (!csvPath || !docsPath) {
  console.error('usage: bench/annotate-dates-eval.ts <export.csv> <docs.jsonl> [--misses N]');
  process.exit(2);
}
const showMisses = rest[0] === '--misses' ? Number(rest[1] ?? 20) : 0;

const docs = new Map<string, { text: string; published_at?: string }>();
for (const line of readFileSync(docsPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  docs.set(d.id, d);
}

const rows = csvRecords(readFileSync(csvPath, 'utf8'));
const header = rows.next().value as string[];
const col = (name: string) => header.indexOf(name);
const [iId, iDate, iPrec, iNotes] = [col('event_id_cnty'), col('event_date'), col('time_precision'), col('notes')];

const ctx = createContext();
let total = 0, exact = 0, precisionExact = 0, withExpression = 0, exactWithExpression = 0;
const misses: string[] = [];
const t0 = performance.now();
for (const r of rows) {
  if (r.length < header.length) continue;
  const gold = r[iDate];
  const d = docs.get(r[iId]);
  const text = d?.text ?? r[iNotes];
  const published = d?.published_at ?? gold; // the eval convention: event_date + 1 day when none; docs carry one
  const doc = createDocument(r[iId], text, { origin: 'eval', publishedAt: published });
  doc.text = text;
  sentencesStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  const got = resolveEventDate(doc, { start: 0, end: text.length }, ctx);
  total++;
  if (got.date === gold) exact++;
  if (String(got.precision) === r[iPrec]) precisionExact++;
  if (got.evidence) {
    withExpression++;
    if (got.date === gold) exactWithExpression++;
  }
  if (got.date !== gold && (got.evidence || process.env.ALL_MISSES) && misses.length < showMisses) misses.push(`${r[iId]} gold=${gold} got=${got.date} pub=${published} ev=${got.evidence?.text ?? '-'} :: ${text.slice(0, 160)}`);
}
const ms = performance.now() - t0;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-') + '%';
console.log(`${csvPath}: rows ${total}, date exact ${pct(exact, total)}, precision exact ${pct(precisionExact, total)}; rows with a date expression ${withExpression} (${pct(withExpression, total)}), exact among them ${pct(exactWithExpression, withExpression)}; ${(total / (ms / 1000)).toFixed(0)} notes/s (sentences+dates)`);
for (const m of misses) console.log('  miss', m);
