// Throughput of findActors on generated ~60-word ACLED-style notes (no eval data), with a country
// and a date as context, after the dictionary is loaded. Also reports the one-off load time. Run:
//   node --import tsx bench/actors.bench.ts [seconds]
import { findActors, loadActorDictionary } from '../src/actors/index.js';

const seconds = Number(process.argv[2] ?? 3);

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const subjects = ['Unidentified gunmen', 'Kenyan police', 'Syrian government forces', 'Al-Shabaab militants', 'Students', 'A mob of irate youths',
  'Pokot raiders', 'Soldiers of the army', 'Suspected ISWAP fighters', 'Turkish-backed factions', 'Protesters', 'Security forces', 'Villagers'];
const verbs = ['attacked', 'clashed with', 'abducted', 'shelled', 'protested against', 'ambushed', 'detained', 'torched the houses of'];
const objects = ['a police post', 'villagers', 'a convoy of the KDF', 'traders at the market', 'a group of farmers', 'an army patrol', 'demonstrators', 'two journalists'];
const places = ['Alpha district', 'Beta town', 'the Gamma area', 'Delta village', 'the outskirts of Epsilon'];
const tails = ['Two people were killed and several others injured.', 'The police later arrested three suspects.', 'Residents said the attackers fled on motorcycles.',
  'Fatalities are unknown.', 'The military said it had restored order in the area.'];

function note(): string {
  return `On ${1 + Math.floor(rand() * 28)} May 2020, ${pick(subjects)} ${pick(verbs)} ${pick(objects)} in ${pick(places)}. ` +
    `${pick(subjects)} ${pick(verbs)} ${pick(objects)} nearby. ${pick(subjects)} ${pick(verbs)} ${pick(objects)} in ${pick(places)} the next day. ` +
    `${pick(tails)} ${pick(tails)} ${pick(tails)}`;
}

const t0 = performance.now();
loadActorDictionary();
const loadMs = performance.now() - t0;

const notes = Array.from({ length: 2000 }, note);
const words = notes.reduce((n, s) => n + s.split(/\s+/).length, 0) / notes.length;
const countries = ['KE', 'SY', 'NG', 'SO', 'IQ', null];
let n = 0;
let mentions = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (let i = 0; i < 200; i++, n++) {
    mentions += findActors(notes[n % notes.length], 0, { countryCode: countries[n % countries.length], date: '2020-05-04' }).length;
  }
}
const elapsed = (performance.now() - start) / 1000;
console.log(`actors: dictionary load ${loadMs.toFixed(0)} ms; findActors on ${words.toFixed(0)}-word notes: ${(n / elapsed).toFixed(0)} notes/s on one core (${(mentions / n).toFixed(1)} mentions/note)`);
