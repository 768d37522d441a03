// Geoparser speed: gazetteer open time, short documents (~60 words) and articles (~800 words) per
// second on one core, and resident memory. Synthetic text: news-like sentences around place names
// drawn at random from the gazetteer itself (seeded, so runs compare), plus capitalised non-places.
// Run: node --import tsx bench/geo.bench.ts [--short N] [--articles N]
import Database from 'better-sqlite3';
import { DEFAULT_GAZETTEER, openGazetteer } from '../src/gazetteer/open.js';
import { geoparse } from '../src/geo/geoparse.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SHORT = arg('--short', 4000);
const ARTICLES = arg('--articles', 400);

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

// Place names: a seeded sample of towns and areas (read straight from the file, outside the timing).
const raw = new Database(DEFAULT_GAZETTEER, { readonly: true });
const names = (raw.prepare("SELECT name FROM places WHERE feature_class IN ('P','A') AND name GLOB '[A-Z]*' ORDER BY (geonameid * 2654435761) % 1000003 LIMIT 6000").pluck().all() as string[]);
raw.close();

const FILLER = 'the a of and to in that was for on with as by at from said police forces were killed people two several officials reported after during attack clashes protest near village town district government army security men women children on Monday on Tuesday late on night early morning according witnesses local sources'.split(' ');
const NONPLACES = ['Reuters', 'Ministry', 'President', 'Ahmed', 'John', 'Council', 'Friday', 'March', 'Red Cross', 'United Nations', 'Smith', 'Omar'];
const CUES = ['in', 'near', 'outside', 'in the village of', 'in the town of', 'around'];

function sentence(words: number): string {
  const out: string[] = [];
  while (out.length < words) {
    const r = rand();
    if (r < 0.035) out.push(pick(CUES), pick(names) + (rand() < 0.3 ? `, ${pick(names)}` : ''));
    else if (r < 0.09) out.push(pick(NONPLACES));
    else out.push(pick(FILLER));
  }
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
const doc = (words: number) => {
  const parts: string[] = [];
  let n = 0;
  while (n < words) { const w = 12 + Math.floor(rand() * 14); parts.push(sentence(w)); n += w; }
  return parts.join(' ');
};

const t0 = performance.now();
const gaz = openGazetteer();
const openMs = performance.now() - t0;

const shorts = Array.from({ length: SHORT }, () => doc(60));
const articles = Array.from({ length: ARTICLES }, () => doc(800));

function rate(texts: string[]): { perSecond: number; seconds: number; toponyms: number } {
  let toponyms = 0;
  const start = performance.now();
  for (const t of texts) toponyms += geoparse(t, gaz).length;
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: Math.round(texts.length / seconds), seconds: Math.round(seconds * 100) / 100, toponyms };
}

// A short warm-up (JIT, SQLite page cache) on other documents; the measured ones still meet new names.
rate(Array.from({ length: 300 }, () => doc(60)));
const short = rate(shorts);
const article = rate(articles);
const rssMb = Math.round(process.memoryUsage().rss / 1e6);
const figures = {
  bench: 'geo',
  gazetteerOpenMs: Math.round(openMs * 10) / 10,
  shortDocsPerSecond: short.perSecond,
  shortDocs: SHORT,
  articlesPerSecond: article.perSecond,
  articles: ARTICLES,
  toponymsPerShortDoc: Math.round((short.toponyms / SHORT) * 10) / 10,
  toponymsPerArticle: Math.round((article.toponyms / ARTICLES) * 10) / 10,
  rssMb,
  bars: { shortDocsPerSecond: 2000, articlesPerSecond: 200, gazetteerOpenMs: 1000, rssMb: 300 },
};
console.log(JSON.stringify(figures, null, 2));
