// How the MinHash copy threshold was chosen: the estimated similarity of syndicated copies
// (generated variants of real articles: re-wrapped, datelined, other disclaimer, quotes changed,
// last paragraph cut, one word edited) against that of distinct documents that share an LSH bucket.
// Real article text comes from ../shared/eval when present (read for measurement only, nothing is
// written out) and from examples/ otherwise. Prints, per threshold, the share of copies joined and
// the number of distinct documents wrongly merged, with and without the substitution guard.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../src/context.js';
import { createDocument } from '../src/document.js';
import { substitutions } from '../src/dedupe/differences.js';
import { bands, minhash, shingles, similarity } from '../src/dedupe/minhash.js';
import { COPY_THRESHOLD } from '../src/dedupe/index.js';
import { runPipeline, stagesUntil } from '../src/pipeline.js';
import { EXAMPLES_DIR, ROOT } from '../src/paths.js';

const EVAL = join(ROOT, '..', 'shared', 'eval');
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function jsonlTexts(path: string, limit: number): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit)
    .map((l) => { try { return String(JSON.parse(l).text ?? ''); } catch { return ''; } })
    .filter((t) => t.length > 0);
}

async function clean(raw: string, contentType = 'application/json'): Promise<string> {
  const doc = createDocument('x', raw, { origin: 'bench', contentType });
  await runPipeline(doc, createContext(), stagesUntil('clean'));
  return doc.text;
}

function wrap(text: string, width: number): string {
  return text.split('\n').map((p) => {
    const out: string[] = [];
    let line = '';
    for (const w of p.split(' ')) {
      if (line && line.length + w.length + 1 > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
    return out.join('\n');
  }).join('\n\n');
}

/** A syndicated copy as another distributor would send it. */
function variant(text: string, i: number): string {
  let t = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const paragraphs = t.split(/\n+/);
  if (i % 3 === 0 && paragraphs.length > 2) paragraphs.pop();               // trimmed last paragraph
  t = paragraphs.join('\n');
  if (i % 2 === 0) t = `CITY (Other Wire) -- ${t}`;                           // dateline
  if (i % 4 === 1) t = t.replace(/\b(said|says)\b/, 'told reporters');        // one edit
  if (i % 5 === 2) t += '\nAbout Other Wire: Other Wire is a syndication service that distributes news from partner publishers in many countries to websites, apps and newsrooms around the world, every day of the year.'; // a trailer no pattern knows
  return `${wrap(t, 68 + (i % 10))}\n\nDisclaimer: Other Wire provides this content "as is" without warranty of any kind.`;
}

export async function main(): Promise<void> {
  const articles = [
    ...jsonlTexts(join(EVAL, 'raw', 'india-police-events.docs.jsonl'), 600),
    ...jsonlTexts(join(EVAL, 'geo', 'lgl.jsonl'), 300),
  ];
  const notes = [
    ...jsonlTexts(join(EVAL, 'acled', 'acled-global-2020.docs.jsonl'), 5070),
    ...jsonlTexts(join(EVAL, 'acled', 'acled-kenya.docs.jsonl'), 5722),
  ];
  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'));
  const bases = articles.length > 0 ? articles : examples;
  console.log(`dedupe threshold: ${bases.length} base articles (${articles.length ? 'eval raw/lgl' : 'examples'}), ${notes.length} short ACLED-style notes, current threshold ${COPY_THRESHOLD}`);

  // Copies.
  const copyScores: number[] = [];
  const copyBlocked: boolean[] = [];
  for (const [i, base] of bases.entries()) {
    const a = await clean(base);
    const b = await clean(variant(a, i), 'text/plain');
    if (!a || !b) continue;
    copyScores.push(similarity(minhash(shingles(a)), minhash(shingles(b))));
    copyBlocked.push(substitutions(a, b).length > 0);
  }

  // Distinct documents that become LSH candidates of one another.
  const distinct = [...new Set([...bases, ...notes])];
  const buckets = new Map<string, number[]>();
  const sigs: number[][] = [];
  const pairs: { score: number; blocked: boolean }[] = [];
  for (const [i, text] of distinct.entries()) {
    const sig = minhash(shingles(text));
    sigs.push(sig);
    const seen = new Set<number>();
    bands(sig).forEach((h, band) => {
      const key = `${band}:${h}`;
      for (const j of buckets.get(key) ?? []) seen.add(j);
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    });
    let best: { score: number; blocked: boolean } | null = null;
    for (const j of seen) {
      const score = similarity(sig, sigs[j]!);
      const blocked = substitutions(text, distinct[j]!).length > 0;
      const key = { score, blocked };
      if (!best || score > best.score || (score === best.score && !blocked)) best = key;
    }
    if (best) pairs.push(best);
  }

  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`  copies measured: ${copyScores.length}; distinct documents with an LSH candidate: ${pairs.length} of ${distinct.length}`);
  const sorted = [...copyScores].sort((x, y) => x - y);
  console.log(`  copy similarity: min ${sorted[0]?.toFixed(2)}, p5 ${sorted[Math.floor(sorted.length * 0.05)]?.toFixed(2)}, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)}`);
  console.log('  threshold | copies joined | distinct docs merged (no guard) | distinct docs merged (with guard)');
  for (const t of THRESHOLDS) {
    const joined = copyScores.filter((s, i) => s >= t && !copyBlocked[i]).length;
    const merged = pairs.filter((p) => p.score >= t).length;
    const mergedGuarded = pairs.filter((p) => p.score >= t && !p.blocked).length;
    console.log(`  ${t.toFixed(1).padStart(9)} | ${pct(joined, copyScores.length).padStart(13)} | ${String(merged).padStart(6)} (${pct(merged, distinct.length)}) | ${String(mergedGuarded).padStart(6)} (${pct(mergedGuarded, distinct.length)})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
