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

// BENCH_ROUNDS=R runs the notes R times (the first round includes the JIT's warm-up; later rounds
// are the steady state of a long-running process). Per stage: wall time and process CPU time (the
// figure to read on a loaded machine; it includes the garbage collector's helper threads).
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let docs: Document[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  let events = 0;
  docs = [];
  const perStage = new Map<string, { wall: number; cpu: number }>(stages.map((s) => [s.name, { wall: 0, cpu: 0 }]));
  const cpu0 = cpuNow();
  const t0 = performance.now();
  for (const n of input) {
    const doc = createDocument(n.id, n.text, { origin: 'bench', contentType: 'application/json', publishedAt: n.published });
    // runPipeline's loop, with timers per stage (each stage is a plain function of the document).
    for (const s of stages) {
      const a = performance.now(), c = cpuNow();
      const r = s.run(doc, ctx);
      if (r) await r;
      const t = perStage.get(s.name)!;
      t.wall += performance.now() - a;
      t.cpu += cpuNow() - c;
    }
    events += doc.events.length;
    docs.push(doc);
  }
  const ms = performance.now() - t0;
  const cpuMs = cpuNow() - cpu0;
  const label = ROUNDS > 1 ? `round ${round}/${ROUNDS}, ` : '';
  console.log(`${label}end to end: ${N} notes in ${(ms / 1000).toFixed(2)} s = ${Math.round((N * 1000) / ms)} notes/s (${events} events); CPU ${(cpuMs / 1000).toFixed(2)} s = ${Math.round((N * 1000) / cpuMs)} notes per CPU-second (the figure to read on a loaded machine)`);
  console.log('per stage:            wall share   wall ms/note   CPU ms/note');
  for (const [name, t] of perStage) console.log(`  ${name.padEnd(12)} ${((100 * t.wall) / ms).toFixed(1).padStart(12)} %   ${(t.wall / N).toFixed(3).padStart(12)}   ${(t.cpu / N).toFixed(3).padStart(11)}`);
}

// The coder alone (code + merge) re-run over the annotated documents, in CPU time.
const coder = stages.filter((s) => s.name === 'code' || s.name === 'merge');
const c0 = process.cpuUsage();
for (const doc of docs) for (const s of coder) { const r = s.run(doc, ctx); if (r) await r; }
const c = process.cpuUsage(c0);
console.log(`code + merge alone: ${((c.user + c.system) / 1000 / N).toFixed(3)} CPU ms/note`);
