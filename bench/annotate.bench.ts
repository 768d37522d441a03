// Throughput of the annotate stages (sentences + tokens, dates, quantities) on generated text:
// ~60-word ACLED-style notes and ~800-word news articles. Run:
//   node --import tsx bench/annotate.bench.ts [seconds-per-case]
import { createContext } from '../src/context.js';
import { createDocument, type Document } from '../src/document.js';
import { sentencesStage } from '../src/annotate/sentences.js';
import { datesStage } from '../src/annotate/dates.js';
import { quantitiesStage } from '../src/annotate/quantities.js';

const seconds = Number(process.argv[2] ?? 3);

// A small deterministic generator (no eval data): sentences built from word lists.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const actors = ['unidentified gunmen', 'police forces', 'military forces', 'militants', 'protesters', 'a vigilante mob', 'rebel fighters'];
const verbs = ['attacked', 'clashed with', 'abducted', 'shelled', 'dispersed', 'ambushed', 'detained'];
const targets = ['a police post', 'a village', 'a convoy', 'a market', 'a group of farmers', 'an army patrol', 'demonstrators'];
const places = ['Alpha district', 'Beta town', 'the Gamma area', 'Delta village', 'the outskirts of Epsilon'];
const counts = ['two', 'at least 4', 'dozens of', 'several', '12', 'more than 1,300', 'between 3 and 5', 'one'];
const nouns = ['people', 'soldiers', 'civilians', 'protesters', 'militants'];
const outcomes = ['were killed', 'were injured', 'were arrested', 'died', 'were wounded'];
const when = () => pick([`On ${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} 2020,`, 'On Tuesday,', 'Overnight,', 'Last week,', 'Yesterday,', 'Earlier this month,']);

function sentence(): string {
  return `${pick(actors)[0].toUpperCase()}${pick(actors).slice(1)} ${pick(verbs)} ${pick(targets)} in ${pick(places)}, and ${pick(counts)} ${pick(nouns)} ${pick(outcomes)}.`;
}

function note(): string {
  const parts = [`${when()} ${pick(actors)} ${pick(verbs)} ${pick(targets)} in ${pick(places)}.`];
  while (parts.join(' ').split(/\s+/).length < 60) parts.push(sentence());
  return parts.join(' ');
}

function article(): string {
  const paragraphs: string[] = [`${pick(actors)} ${pick(verbs)} ${pick(targets)}`];
  let words = 0;
  while (words < 800) {
    const p = [`${when()} ${sentence()}`, sentence(), `Officials said the violence began in ${pick(MONTHS)} 2019.`, sentence()].join(' ');
    words += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  return paragraphs.join('\n');
}

function run(name: string, texts: string[]): void {
  const ctx = createContext({ defaultPublishedAt: '2020-05-06' });
  const stages = [sentencesStage, datesStage, quantitiesStage];
  const per: Record<string, number> = { sentences: 0, dates: 0, quantities: 0 };
  let n = 0;
  let words = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const text = texts[n % texts.length];
    const doc: Document = createDocument(`b${n}`, text, { origin: 'bench' });
    doc.text = text;
    for (const s of stages) {
      const a = performance.now();
      s.run(doc, ctx);
      per[s.name] += performance.now() - a;
    }
    words += text.split(/\s+/).length;
    n++;
  }
  const ms = performance.now() - t0;
  const split = Object.entries(per).map(([k, v]) => `${k} ${((1000 * v) / n).toFixed(0)} µs`).join(', ');
  console.log(`${name}: ${n} docs in ${(ms / 1000).toFixed(1)} s → ${((n * 1000) / ms).toFixed(0)} docs/s, ${((words * 1000) / ms / 1000).toFixed(0)}k words/s (per doc: ${split})`);
}

// warm up (model load, regex compilation)
run('warm-up', [note()]);
run('notes (~60 words)', Array.from({ length: 200 }, note));
run('articles (~800 words)', Array.from({ length: 20 }, article));
