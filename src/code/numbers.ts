// Fatalities and arrests of one event under ACLED's conventions: the people killed in THIS event
// (numbers tied to a kill word, several victim groups added up, ranges at their lowest), injured never
// counted, bare "casualties" → 0 flagged unknown, a singular victim → 1, arrests counted apart.
import type { Document, Evidence, Quantity } from '../document.js';
import { knowledge } from './knowledge.js';
import { findAll, anyMatch, type Pattern } from './patterns.js';
import { CLAUSE_BREAK, type Tok } from './tokens.js';

export interface Counts {
  fatalities: number;
  fatalitiesUnknown: boolean;
  arrests: number;
  evidence: Evidence[];
}

interface Num { from: number; to: number; value: number; vague: boolean }

const MONTHS = new Set(['january', 'february', '#march', 'march', 'april', '#may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const NOT_PEOPLE = new Set(['km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'mm', 'am', 'pm', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'percent', '%', 'kg', 'h', 'times', 'cm', 'shillings', 'dollars', 'rounds', 'shells', 'bullets', 'houses', 'homes', 'vehicles', 'cars', 'mortars', 'rockets', 'projectiles', 'o\'clock', 'ksh', 'usd', 'acres', 'cattle', 'goats', 'animals', 'cows', 'donkeys', 'chickens', 'bags', 'tonnes', 'litres', 'heads', 'camels', 'sheep', 'livestock', 'minutes']);

function wordValue(norm: string, words: Record<string, number>): number | null {
  if (norm in words) return words[norm];
  if (norm.includes('-')) {
    const parts = norm.split('-');
    if (parts.every((p) => p in words)) return parts.reduce((s, p) => s + words[p], 0);
  }
  return null;
}

/** Numbers of people in toks (TEMPORARY reader used while doc.quantities is not filled by annotate). */
function readNumbers(toks: Tok[]): Num[] {
  const { numberWords, vagueWords } = knowledge().numbers;
  const out: Num[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].norm;
    let value: number | null = null;
    let vague = false;
    if (/^\d+(?:,\d{3})*$/.test(t)) value = Number(t.replace(/,/g, ''));
    else if ((value = wordValue(t, numberWords)) !== null) { /* a word */ }
    else if (t in vagueWords) { value = vagueWords[t]; vague = true; }
    if (value === null) continue;
    const prev = toks[i - 1]?.norm, next = toks[i + 1]?.norm;
    if (MONTHS.has(prev ?? '') || MONTHS.has(next ?? '')) continue;
    if (/^\d+$/.test(t) && value >= 1900 && value <= 2100 && !/^(people|persons|civilians|soldiers)$/.test(toks[i + 1]?.norm ?? '')) continue;
    if (next && NOT_PEOPLE.has(next)) continue;
    if (next === ':' || prev === ':' || next === '.' && /^\d/.test(toks[i + 2]?.norm ?? '')) continue;
    let to = i + 1;
    // Ranges: "1-2", "5 to 7", "between 5 and 7" → the lowest.
    if ((toks[to]?.norm === '-' || toks[to]?.norm === 'to' || toks[to]?.norm === 'or') && /^\d+$/.test(toks[to + 1]?.norm ?? '')) to += 2;
    if (vague && toks[to]?.norm === 'of') to++;
    out.push({ from: i, to, value, vague });
    i = to - 1;
  }
  return out;
}

function fromQuantities(qs: Quantity[], toks: Tok[]): Num[] {
  const out: Num[] = [];
  for (const q of qs) {
    const from = toks.findIndex((t) => t.start >= q.start);
    if (from < 0 || toks[from].start >= q.end) continue;
    let to = from;
    while (to < toks.length && toks[to].end <= q.end) to++;
    out.push({ from, to: Math.max(to, from + 1), value: q.value, vague: q.vague });
  }
  return out;
}

type Kind = 'killed' | 'injured' | 'arrested' | 'abducted' | 'other';

function cues(toks: Tok[]): { kind: Kind; from: number; to: number }[] {
  const n = knowledge().numbers;
  const lists: [Kind, Pattern[]][] = [['killed', n.killed], ['injured', n.injured], ['arrested', n.arrested], ['abducted', n.abducted], ['other', n.other]];
  const out: { kind: Kind; from: number; to: number }[] = [];
  for (const [kind, ps] of lists) for (const m of findAll(ps, toks)) out.push({ kind, from: m.from, to: m.to });
  return out;
}

function negatedBefore(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (/^(no|not|none|nobody|without|never|n't)$/.test(toks[j].norm)) return true;
  return false;
}

/** "a gang of 100 ...", "100 raiders attacked ...": the number counts the perpetrators. */
function countsPerpetrators(k: ReturnType<typeof knowledge>['numbers'], toks: Tok[], n: { from: number; to: number }): boolean {
  if (findAll(k.groupOf, toks, Math.max(0, n.from - 4), n.from).some((m) => m.to === n.from)) return true;
  return findAll(k.perpetratorAfter, toks, n.to, Math.min(toks.length, n.to + 8)).some((m) => m.from === n.to);
}

/** Counts for an event reported by the given sentences (each with its tokens). */
export function countPeople(doc: Document, parts: { toks: Tok[]; start: number; end: number }[]): Counts {
  const k = knowledge().numbers;
  let fatalities = 0, arrests = 0;
  let sawKill = false, killNumbered = false, singular = false, unknown = false, casualties = false;
  const evidence: Evidence[] = [];
  const ev = (field: string, toks: Tok[], from: number, to: number) => {
    const start = toks[from].start, end = toks[to - 1].end;
    evidence.push({ field, start, end, text: doc.text.slice(start, end) });
  };
  for (const { toks, start, end } of parts) {
    const qs = doc.quantities.filter((q) => q.start >= start && q.end <= end);
    // Numbers of things, not people ("88 goats", "5 km"), are never counts of the dead.
    const nums = (qs.length ? fromQuantities(qs, toks) : readNumbers(toks)).filter((n) => !NOT_PEOPLE.has(toks[n.to]?.norm ?? ''));
    const cs = cues(toks);
    const kills = cs.filter((c) => c.kind === 'killed' && !negatedBefore(toks, c.from));
    if (kills.length) sawKill = true;
    if (anyMatch(k.unknown, toks)) unknown = true;
    if (anyMatch(k.casualtiesOnly, toks)) casualties = true;
    const killedBy = new Map<number, number>(); // victims per kill cue: groups joined by "and" add up
    for (const n of nums) {
      // "3 others were seriously injured": a cue that follows the number in its own phrase wins;
      // otherwise the nearest cue in the same clause, within 8 tokens.
      let best: { kind: Kind; from: number; d: number } | null = null;
      for (const c of cs) {
        if (c.from < n.to || c.from - n.to > 5) continue;
        let broken = false;
        for (let i = n.to; i < c.from; i++) if (/^(and|,|;|but|while|\.)$/.test(toks[i].norm)) broken = true;
        if (!broken && (!best || c.from - n.to < best.d)) best = { kind: c.kind, from: c.from, d: c.from - n.to };
      }
      if (!best) for (const c of cs) {
        const d = c.from >= n.to ? c.from - n.to : n.from >= c.to ? n.from - c.to + 0.5 : 0;
        if (d > 8) continue;
        const lo = Math.min(c.from, n.from), hi = Math.max(c.to, n.to);
        let crosses = false;
        for (let i = lo; i < hi; i++) if (CLAUSE_BREAK.has(toks[i].norm) || toks[i].norm === '.') crosses = true;
        if (crosses) continue;
        if (!best || d < best.d) best = { kind: c.kind, from: c.from, d };
      }
      if (!best) continue;
      // "including 3 children", "bringing the toll to 12": part of a number already counted.
      const before = Math.max(0, n.from - 3);
      if (findAll(k.excludeBefore, toks, before, n.from).length) continue;
      if (countsPerpetrators(k, toks, n)) continue;
      if (best.kind === 'killed') {
        if (negatedBefore(toks, best.from)) continue;
        killNumbered = true;
        killedBy.set(best.from, (killedBy.get(best.from) ?? 0) + n.value);
        ev('fatalities', toks, n.from, n.to);
      } else if (best.kind === 'arrested') {
        arrests += n.value;
        ev('arrests', toks, n.from, n.to);
      }
    }
    for (const v of killedBy.values()) fatalities += v;
    if (kills.length && !killedBy.size && !singular && anyMatch(k.singularVictims, toks)) {
      singular = true;
      ev('fatalities', toks, kills[0].from, kills[0].to);
    }
    if (!nums.length) {
      // "arrested a suspect": one arrest.
      const arrest = cs.find((c) => c.kind === 'arrested');
      if (arrest && /^(a|an|one)$/.test(toks[arrest.to]?.norm ?? '')) arrests = Math.max(arrests, 1);
    }
  }
  let fatalitiesUnknown = false;
  if (!killNumbered && sawKill) {
    if (singular) fatalities = 1;
    else fatalitiesUnknown = true;
  }
  if (!sawKill && casualties) fatalitiesUnknown = true;
  if (unknown && !killNumbered) fatalitiesUnknown = true;
  return { fatalities, fatalitiesUnknown, arrests, evidence };
}
