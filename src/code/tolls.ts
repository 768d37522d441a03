// The forms a toll takes in a sentence beyond "N killed": single victims joined to a number ("two
// gunmen and a police officer"), breakdowns ("eight including four children and four officers"),
// added tolls ("7 militants were also killed"), parts of a toll ("one of whom", "on each side"), mixed
// outcomes ("killed or wounded"), revised tolls ("the toll rose to six") and tolls split across events.
import { alternatives, knowledge } from './knowledge.js';
import type { Tok } from './tokens.js';
import { countEndingAt } from './victims.js';

/** A number in a sentence: its tokens, value, and the noun of its quantity. */
export interface Num { from: number; to: number; value: number; vague: boolean; noun: string | null }

/** A single victim joined by "and a|an" to the last number tied to the kill word at `at`. */
export function singleJoined(toks: Tok[], n: Num, at: number): boolean {
  const g = knowledge().numbers.victimGrammar;
  const [from, to] = at > n.from ? [n.to, at] : [n.to, Math.min(toks.length, n.to + 8)];
  for (let i = from; i < to - 1; i++) {
    const w = toks[i].norm;
    if (w === 'and' && /^(a|an)$/.test(toks[i + 1].norm)) return true;
    if (/^\d/.test(w) || (g.phrase_end.has(w) && w !== '-')) return false;
  }
  return false;
}

/** People joined before the first number tied to a kill word: "a driver and two passengers", "X was shot along with two guards". */
export function singlesBefore(g: Record<string, Set<string>>, toks: Tok[], n: Num, at: number): number {
  const j = n.from - 1;
  if (toks[j]?.norm === 'and') return countEndingAt(g, toks, j, true) ?? 0;
  if (toks[j]?.norm === 'with' && /^(along|together)$/.test(toks[j - 1]?.norm ?? '') && at < j - 1) {
    // The one killed along with them: the object right before "along", or the passive subject of the kill word.
    // "A prominent MP (...) was shot dead along with two guards": a singular auxiliary tells one subject.
    let b = at - 1;
    while (b > 0 && g.skip.has(toks[b].norm)) b--;
    return countEndingAt(g, toks, j - 1) ?? countEndingAt(g, toks, at) ?? (g.singular_aux.has(toks[b]?.norm ?? '') && toks[b].norm !== 'has' ? 1 : 0);
  }
  return 0;
}

/**
 * A toll marked as more dead than told before: "also", "other(s)" or "as well" about its first number and
 * its kill word ("7 militants were also killed", "two others died as well"); the wounded who died later
 * ("three of the injured died the next day"); or the attackers' dead after a toll of others ("one of the
 * assailants was killed": `before` holds the nouns of the tolls told before; ACLED counts all deaths of the event).
 */
export function addedToll(toks: Tok[], firstTied: Map<number, Num>, killedBy: Map<number, number>, before: Set<string>): boolean {
  const g = knowledge().numbers.victimGrammar;
  for (const at of killedBy.keys()) {
    const n = firstTied.get(at);
    if (!n) continue;
    const [a, b] = at > n.from ? [n.from, at + 1] : [Math.max(0, at - 3), n.to + 1];
    if (toks.slice(a, b).some((t) => /^(also|other|others|another)$/.test(t.norm))) return true;
    if (toks[at + 1]?.norm === 'as' && toks[at + 2]?.norm === 'well') return true;
    if (toks[n.to]?.norm === 'of' && /^(injured|wounded)$/.test(toks[n.to + 2]?.norm ?? '')) return true;
    const noun = tollNoun(toks, n);
    if (noun && g.attacker_nouns?.has(noun) && before.size && ![...before].some((w) => g.attacker_nouns.has(w))) return true;
  }
  return false;
}

/** The noun a number counts: "3 militants", "one of the assailants", "two suspected gunmen". */
export function tollNoun(toks: Tok[], n: Num): string | null {
  let i = n.to;
  if (toks[i]?.norm === 'of' && /^(the|them|those|these)$/.test(toks[i + 1]?.norm ?? '')) i += 2;
  for (let j = i; j < toks.length && j < i + 3; j++) {
    const w = toks[j].norm;
    if (!/^[a-z][a-z-]*$/.test(w)) return null;
    if (knowledge().numbers.victimGrammar.plural_nouns.has(w) || knowledge().numbers.victimGrammar.attacker_nouns?.has(w)) return w;
  }
  return null;
}

/** The toll regexes whose words are numbers.json victim_grammar lists (built once). */
let built: { eachSide: RegExp; mixedOutcome: RegExp } | null = null;
export function tollRegexes(): { eachSide: RegExp; mixedOutcome: RegExp } {
  if (built) return built;
  const g = knowledge().numbers.victimGrammar;
  return (built = {
    /** "one (person) from each side": a count per side of two (side_nouns). */
    eachSide: new RegExp(String.raw`^(?:[a-z]+ )?(?:from|on|of) (?:each|either) (?:${alternatives(g.side_nouns)})\b`),
    /** The words after a kill word that make its number a count of mixed outcomes ("killed, injured or captured", "killed or wounded"). */
    mixedOutcome: new RegExp(String.raw`^(?:, (?:${alternatives(g.listed_outcomes)}) )?(?:or|and\/or) (?:${alternatives(g.or_outcomes)})\b`),
  });
}

/** The words after a number that make it a part of a toll told before it ("one of whom", "two on each side"). */
export const PART_OF_TOLL = /^(?:of (?:whom|them|which|those|these)|(?:on )?(?:each|either|both) sides?|per side|apiece)\b/;

/**
 * Breakdowns of a number told right after it: "eight people including four children and four officers",
 * "19 (10 policemen and 9 civilians)", "six (or seven) officers". Their numbers are parts of the head,
 * not more victims; the head binds to a cue after the breakdown. A parenthesis with a later revision
 * ("five (later determined to be seven)") gives the head its revised value.
 */
export function breakdowns(toks: Tok[], nums: Num[], cueAt: Set<number>): { parts: Set<Num>; resume: Map<Num, number>; revised: Map<Num, number> } {
  const parts = new Set<Num>(), resume = new Map<Num, number>(), revised = new Map<Num, number>();
  for (const h of nums) {
    if (parts.has(h)) continue;
    let p = h.to;
    const g = knowledge().numbers.victimGrammar;
    const nounWord = (i: number) => /^[a-z][a-z'-]*$/.test(toks[i].norm) && !cueAt.has(i) && !g.be_aux.has(toks[i].norm) && !g.perfect_aux.has(toks[i].norm);
    // The head's own noun phrase only ("eight people including ...", not "8 killed including ...").
    while (p < toks.length && p < h.to + 4 && nounWord(p) && toks[p].norm !== 'including') p++;
    const w = toks[p]?.norm;
    if (w === '(') {
      let q = p + 1;
      while (q < toks.length && q < p + 16 && toks[q].norm !== ')') q++;
      if (toks[q]?.norm !== ')') continue;
      const inside = nums.filter((n) => n.from > p && n.to <= q);
      if (!inside.length) { resume.set(h, q + 1); continue; }
      for (const n of inside) parts.add(n);
      resume.set(h, q + 1);
      if (toks.slice(p + 1, q).some((t) => /^(later|revised|updated|subsequently)$/.test(t.norm))) revised.set(h, inside[inside.length - 1].value);
    } else if (w === 'including') {
      const chain: Num[] = [];
      let at = p + 1;
      for (const n of nums) {
        if (n.from < at) continue;
        if (n.from - at > 3 || toks.slice(at, n.from).some((t) => !/^(and|,|a|an|the|of|whom|them)$/.test(t.norm))) break;
        chain.push(n);
        at = n.to;
        // the part's noun phrase: words up to "and", a verb or a cue ("four police officers were killed")
        while (at < toks.length && at < n.to + 4 && nounWord(at) && toks[at].norm !== 'and') at++;
      }
      if (!chain.length) continue;
      const sum = chain.reduce((a, n) => a + n.value, 0);
      // "eight including four children and four officers": the parts add up to the head; otherwise
      // only the first is a part ("21 militants including 2 commanders and 4 soldiers").
      if (sum === h.value) for (const n of chain) parts.add(n);
      else parts.add(chain[0]);
      resume.set(h, at);
    }
  }
  return { parts, resume, revised };
}

/** A revised toll of the same event ("the death toll rose to six", "was raised from 1 to 4"): its number, or null. */
export function revisedToll(g: Record<string, Set<string>>, toks: Tok[]): number | null {
  // A running total over a period ("since January", "so far") is no revision of one event.
  if (toks.some((t, i) => t.norm === 'since' || (t.norm === 'so' && toks[i + 1]?.norm === 'far'))) return null;
  let out: number | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!g.toll_nouns?.has(toks[i].norm)) continue;
    // "bringing/raising the toll to 12": the total of a series, not a revision.
    if (/^(bringing|brings|brought|raising|raises|taking|takes|took)$/.test(toks[i - 1]?.norm ?? '') || /^(bringing|brings|brought|raising|raises|taking|takes|took)$/.test(toks[i - 2]?.norm ?? '')) continue;
    for (let j = i + 1; j < toks.length && j <= i + 6; j++) {
      if (/^[.;:,]$/.test(toks[j].norm)) break;
      if (!g.revision_verbs?.has(toks[j].norm)) continue;
      // "... to six", "... from 1 to 4": the number after the last "to" within reach.
      for (let t = j + 1; t < toks.length && t <= j + 5; t++) {
        if (toks[t].norm !== 'to') continue;
        // "to 4" (a range "from 1 to 4" is one quantity, its lowest), "to six"
        const w = toks[t + 1]?.norm ?? '';
        const v = /^\d+$/.test(w) ? Number(w) : knowledge().numbers.numberWords[w];
        if (v !== undefined) out = v;
      }
      break;
    }
  }
  return out;
}

/**
 * A toll split across events (numbers.json about_split_toll): "fatalities split between 3 events",
 * "spread across two locations (8)". The tokens of its count of events, the count, and a share told
 * right after it (in brackets, or "with 5 coded to each").
 */
export function splitToll(g: Record<string, Set<string>>, toks: Tok[]): { from: number; to: number; divisor: number; share: number | null } | null {
  if (!g.split_verbs) return null;
  const value = (w: string | undefined) => (w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : knowledge().numbers.numberWords[w]);
  for (let i = 0; i < toks.length; i++) {
    if (!g.split_verbs.has(toks[i].norm)) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 3 && /^(up|equally|evenly)$/.test(toks[j].norm)) j++;
    if (!g.split_prepositions.has(toks[j]?.norm ?? '')) continue;
    j++;
    if (toks[j]?.norm === 'the') j++;
    const divisor = value(toks[j]?.norm);
    if (divisor === undefined || divisor < 2 || !g.split_units.has(toks[j + 1]?.norm ?? '')) continue;
    let to = j + 2, share: number | null = null;
    // "(8)": this event's share.
    if (toks[to]?.norm === '(' && value(toks[to + 1]?.norm) !== undefined && toks[to + 2]?.norm === ')') { share = value(toks[to + 1].norm)!; to += 3; }
    // "with 5 coded to each"
    else if (toks[to]?.norm === 'with' && value(toks[to + 1]?.norm) !== undefined && toks.slice(to + 2, to + 6).some((t) => t.norm === 'each')) { share = value(toks[to + 1].norm)!; to += 2; }
    return { from: j, to, divisor, share };
  }
  return null;
}

const numberValue = (w: string | undefined) => (w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : knowledge().numbers.numberWords[w]);

/**
 * The days a toll was told over ("over the course of ten days", "during a two-day battle", "over a
 * 36 hour period"): victim_grammar period_prepositions, then a number of period_units. ACLED divides
 * a summary total evenly per day, odd remainders to the first. Null for one day or less.
 */
export function periodDays(g: Record<string, Set<string>>, toks: Tok[]): number | null {
  if (!g.period_prepositions) return null;
  for (let i = 0; i < toks.length; i++) {
    if (!g.period_prepositions.has(toks[i].norm)) continue;
    let j = i + 1;
    // "over the course of", "over a period of"
    if (/^(course|period)$/.test(toks[j + 1]?.norm ?? '') && toks[j + 2]?.norm === 'of') j += 3;
    if (/^(a|an|the)$/.test(toks[j]?.norm ?? '')) j++;
    let w = toks[j]?.norm ?? '', unit = toks[j + 1]?.norm ?? '';
    const joined = /^([a-z]+)-([a-z]+)$/.exec(w); // "two-day"
    if (joined) [w, unit] = [joined[1], joined[2]];
    else if (unit === '-') unit = toks[j + 2]?.norm ?? ''; // "36-hour"
    const n = numberValue(w);
    if (n === undefined || !g.period_units?.has(unit)) continue;
    const days = /^hours?$/.test(unit) ? Math.ceil(n / 24) : n;
    if (days >= 2) return days;
  }
  return null;
}

/** Words that name a day right after a share of a toll: "on 11/04", "on Monday", "the first day", "the second". */
const DAY_AFTER = /^(?:[a-z]+ ){0,3}?(?:on (?:\d{1,2} \/|\d{1,2}(?:st|nd|rd|th)?\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:first|second|third|fourth|next|following|last) day)|the (?:first|second|third|fourth|next|following|last)\b)/;

/**
 * A toll told day by day ("one on 11/04, four on 12/04", "two were killed on Monday and three on
 * Tuesday", "one death the first day, two the second"): the shares in the order told, or null.
 */
export function dayShares(toks: Tok[], nums: Num[]): number[] | null {
  const shares: number[] = [];
  for (const n of nums) {
    const after = toks.slice(n.to, n.to + 7).map((t) => t.norm);
    const stop = after.findIndex((w) => /^[.;:,]$/.test(w));
    if (DAY_AFTER.test((stop >= 0 ? after.slice(0, stop) : after).join(' '))) shares.push(n.value);
  }
  return shares.length >= 2 ? shares : null;
}
