// Ingest throughput: documents/s and MB/s for ≥ 5,000 plain-text documents and ≥ 500 HTML pages of
// ~50 KB, generated synthetically in a temp directory, ingested into a fresh SQLite store; peak RSS.
// By default the core stages (extract, clean, dedupe) and the store are measured; `--full` runs every
// stage of the pipeline (the annotate/geo/code stages that other areas own).
//   node --import tsx bench/ingest.bench.ts [--full] [--text N] [--html N]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createContext } from '../src/context.js';
import { ingest } from '../src/ingest/run.js';
import { STAGES, stagesUntil } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';

const { values } = parseArgs({ options: { full: { type: 'boolean' }, text: { type: 'string' }, html: { type: 'string' } }, strict: false }) as { values: { full?: boolean; text?: string; html?: string } };
const TEXT_DOCS = Number(values.text ?? 5000);
const HTML_PAGES = Number(values.html ?? 500);
const stages = values.full ? STAGES : stagesUntil('dedupe');

// Deterministic generator: news-like paragraphs from word lists (no real articles).
let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const SUBJECTS = ['Police', 'Protesters', 'Gunmen', 'Soldiers', 'Residents', 'Students', 'Farmers', 'Officials', 'Witnesses', 'Traders'];
const VERBS = ['gathered outside', 'clashed near', 'attacked', 'blocked the road to', 'marched through', 'fired tear gas in', 'raided', 'said they left'];
const PLACES = Array.from({ length: 300 }, (_, i) => `${pick(['North', 'South', 'East', 'West', 'Upper', 'Lower', 'New', 'Old'])} ${pick(['Kar', 'Bel', 'Tam', 'Ros', 'Vil', 'Mar', 'Ost', 'Dun'])}${pick(['ova', 'ton', 'abad', 'ville', 'burg', 'pur', 'ia', 'ek'])}${i}`);
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TAILS = ['according to local officials', 'witnesses told reporters', 'a spokesman said', 'in the early hours', 'after weeks of tension', 'over rising prices', 'despite a ban on gatherings'];
const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PLACES)} on ${pick(DAYS)}, ${pick(TAILS)}, and ${1 + Math.floor(rand() * 40)} people were ${pick(['hurt', 'detained', 'killed', 'evacuated'])}.`;
const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');

export function textDoc(i: number): string {
  const body = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => paragraph(3)).join('\n\n');
  return `Unrest reported in ${pick(PLACES)} (${i})\n\n${body}\n\nLegal Disclaimer:\nExample Wire provides this news content "as is" without warranty of any kind.\n`;
}

export function htmlPage(i: number): string {
  const nav = Array.from({ length: 80 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  const article = Array.from({ length: 8 }, () => `<p>${paragraph(3)}</p>`).join('\n');
  const related = Array.from({ length: 130 }, (_, k) => `<li><a href="/story/${i}-${k}">${sentence()}</a></li>`).join('');
  const script = `<script>window.__DATA__=${JSON.stringify({ items: Array.from({ length: 200 }, (_, k) => ({ id: k, t: 'x'.repeat(60) })) })}</script>`;
  const footer = Array.from({ length: 45 }, () => `<p class="legal">${paragraph(1)}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Clashes in ${pick(PLACES)} ${i} | Example News</title>
<meta property="og:title" content="Clashes in town ${i}"><meta property="article:published_time" content="2025-10-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z">
<meta property="og:site_name" content="Example News">${script}<style>${'.c{color:red}'.repeat(300)}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Clashes in town ${i}</h1><p class="byline">By Staff Writer</p>
${article}<div class="share">Share this article: Facebook | X | Email</div></article>
<aside><h2>Related</h2><ul>${related}</ul></aside></main><footer>${footer}<p>© 2025 Example News. All rights reserved.</p></footer></body></html>`;
}

async function measure(label: string, dir: string, count: number, bytes: number): Promise<void> {
  const dbDir = mkdtempSync(join(tmpdir(), 'sitrep-bench-db-'));
  const store = await openStore(join(dbDir, 'bench.db'));
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const summary = await ingest([dir], { store, ctx: createContext(), stages, batchSize: 500 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await store.close();
  rmSync(dbDir, { recursive: true, force: true });
  console.log(`${label.padEnd(34)} ${count} docs, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(0)} docs/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s` +
    `; per CPU-second ${(count / cpuSeconds).toFixed(0)} docs, ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB (stored ${summary.ingested}, rejected ${summary.rejected})`);
}

async function main(): Promise<void> {
const root = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
try {
  const textDir = join(root, 'text');
  const htmlDir = join(root, 'html');
  mkdirSync(textDir);
  mkdirSync(htmlDir);
  let textBytes = 0;
  for (let i = 0; i < TEXT_DOCS; i++) {
    const t = textDoc(i);
    textBytes += Buffer.byteLength(t);
    writeFileSync(join(textDir, `doc-${String(i).padStart(5, '0')}.txt`), t);
  }
  let htmlBytes = 0;
  for (let i = 0; i < HTML_PAGES; i++) {
    const h = htmlPage(i);
    htmlBytes += Buffer.byteLength(h);
    writeFileSync(join(htmlDir, `page-${String(i).padStart(4, '0')}.html`), h);
  }
  console.log(`stages: ${stages.map((s) => s.name).join(', ')}${values.full ? '' : ' (core only; --full for the whole pipeline)'}`);
  console.log(`html pages average ${(htmlBytes / HTML_PAGES / 1024).toFixed(1)} KB; text documents average ${(textBytes / TEXT_DOCS / 1024).toFixed(1)} KB`);
  await measure('plain text files', textDir, TEXT_DOCS, textBytes);
  await measure('HTML pages', htmlDir, HTML_PAGES, htmlBytes);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
