// Measures the actor dictionary against ACLED exports (measuring only: prints aggregate figures,
// never rows or names). For each row, findActors runs on the `notes` with the row's country and
// date as context, and we count how often some found actor has inter == inter1, how often the
// first found actor does, and how often the best actor name reaches token-F1 >= 0.8 against actor1.
//   node --import tsx bench/actors-recall.ts ../shared/eval/acled/acled-kenya.csv [...more.csv]
import { readFileSync } from 'node:fs';
import { findActors, loadActorDictionary } from '../src/actors/index.js';
import { countryTable } from '../src/actors/countries.js';
import { csvRecords } from '../src/eval/acled.js';


const tokens = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
function tokenF1(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let common = 0;
  for (const t of x) {
    const i = pool.indexOf(t);
    if (i >= 0) common++, pool.splice(i, 1);
  }
  if (!common) return 0;
  const p = common / x.length;
  const r = common / y.length;
  return (2 * p * r) / (p + r);
}

const codeByName = new Map<string, string>();
for (const [code, name] of countryTable().names) codeByName.set(name.toLowerCase(), code);

loadActorDictionary();
for (const file of process.argv.slice(2)) {
  const [header, ...rows] = [...csvRecords(readFileSync(file, 'utf8'))].filter((r) => r.length > 1);
  const col = (name: string) => header.indexOf(name);
  const [cNotes, cInter, cActor, cCountry, cDate] = ['notes', 'inter1', 'actor1', 'country', 'event_date'].map(col);
  let n = 0, anyInter = 0, firstInter = 0, f1High = 0, f1Sum = 0, none = 0, noCountry = 0;
  const perInter = new Map<string, { n: number; hit: number }>();
  const t0 = performance.now();
  for (const r of rows) {
    n++;
    const code = codeByName.get(r[cCountry].toLowerCase()) ?? null;
    if (!code) noCountry++;
    const found = findActors(r[cNotes], 0, { countryCode: code, date: r[cDate] });
    const inter = Number(r[cInter]);
    const hit = found.some((m) => m.inter === inter);
    if (!found.length) none++;
    if (hit) anyInter++;
    if (found[0]?.inter === inter) firstInter++;
    const best = Math.max(0, ...found.map((m) => tokenF1(m.actor, r[cActor])));
    f1Sum += best;
    if (best >= 0.8) f1High++;
    const p = perInter.get(r[cInter]) ?? { n: 0, hit: 0 };
    p.n++;
    if (hit) p.hit++;
    perInter.set(r[cInter], p);
  }
  const ms = performance.now() - t0;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  console.log(`${file}: ${n} rows (${noCountry} without a known country), ${(n / (ms / 1000)).toFixed(0)} notes/s`);
  console.log(`  some actor with inter == inter1: ${pct(anyInter)}; first actor's inter == inter1: ${pct(firstInter)}; no actor found: ${pct(none)}`);
  console.log(`  best actor name token-F1 vs actor1: mean ${(f1Sum / n).toFixed(3)}, >= 0.8 in ${pct(f1High)}`);
  console.log(`  recall of inter1 by class: ${[...perInter].sort().map(([k, v]) => `${k}: ${((100 * v.hit) / v.n).toFixed(0)}% of ${v.n}`).join(', ')}`);
}
