// Event coder throughput, end to end (every stage but dedupe, as `sitrep eval acled` runs them) on
// synthetic ACLED-style notes generated here from templates. Also times the code + merge stages
// alone over the annotated documents. Bar: ≥ 1,000 notes/s per core end to end.
import { createContext } from '../src/context.js';
import { createDocument, type Document } from '../src/document.js';
import { runPipeline, STAGES } from '../src/pipeline.js';

const N = Number(process.env.BENCH_NOTES ?? 3000);
const DAYS = ['3 May 2021', '4 May 2021', '5 May 2021'];
const PLACES = ['Kelvo', 'Marata', 'Sundi', 'Oba', 'Tirin'];
const TEMPLATES = [
  (d: string, p: string, n: number) => `On ${d}, soldiers clashed with rebel fighters near ${p}, killing ${n} rebels. Troops arrested 2 suspects.`,
  (d: string, p: string, n: number) => `On ${d}, unidentified gunmen shot dead ${n} villagers in ${p}. The attackers fled.`,
  (d: string, p: string) => `On ${d}, hundreds of teachers held a protest in ${p} to demand unpaid salaries.`,
  (d: string, p: string) => `On ${d}, police dispersed students protesting in ${p} with tear gas and arrested 5 of them.`,
  (d: string, p: string, n: number) => `On ${d}, a roadside bomb hit a military convoy near ${p}, killing ${n} soldiers and wounding 3.`,
  (d: string, p: string) => `On ${d}, youths burned tyres and pelted police with stones in ${p} over power cuts.`,
  (d: string, p: string, n: number) => `On ${d}, rebels shelled positions of the army in ${p} with mortars. ${n} soldiers died.`,
  (d: string, p: string) => `On ${d}, gunmen kidnapped 4 traders on the road to ${p}. Past attacks on the road killed more than 40 people.`,
];

function notes(): { id: string; text: string; published: string }[] {
  const out = [];
  for (let i = 0; i < N; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    out.push({ id: `n${i}`, text: t(DAYS[i % 3], PLACES[i % 5], (i % 9) + 1), published: '2021-05-06' });
  }
  return out;
}

const ctx = createContext({ dedupeIndex: null });
const stages = STAGES.filter((s) => s.name !== 'dedupe');
const input = notes();
// Warm up (loads lexicons, gazetteer, models).
for (const n of input.slice(0, 50)) await runPipeline(createDocument(n.id, n.text, { origin: 'bench', contentType: 'application/json', publishedAt: n.published }), ctx, stages);

let events = 0;
const docs: Document[] = [];
const t0 = performance.now();
for (const n of input) {
  const doc = createDocument(n.id, n.text, { origin: 'bench', contentType: 'application/json', publishedAt: n.published });
  await runPipeline(doc, ctx, stages);
  events += doc.events.length;
  docs.push(doc);
}
const seconds = (performance.now() - t0) / 1000;
console.log(`end to end: ${N} notes in ${seconds.toFixed(2)} s = ${Math.round(N / seconds)} notes/s (${events} events)`);

const code = STAGES.filter((s) => s.name === 'code' || s.name === 'merge');
const t1 = performance.now();
for (const doc of docs) for (const s of code) await s.run(doc, ctx);
const s2 = (performance.now() - t1) / 1000;
console.log(`code + merge stages alone: ${Math.round(N / s2)} notes/s`);
