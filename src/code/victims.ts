// How many victims a phrase names when no number is told, read from English grammar (numbers.json
// victim_grammar): one ("a man was killed", "trader lynched"), several ("they were killed", "kill
// civilians"), or a count of coordinated singular people ("a young mother and her child" → 2). Also the
// words for things, not people, that a number must not count ("88 goats", "5 km").
import { knowledge } from './knowledge.js';
import { CLAUSE_BREAK, type Tok } from './tokens.js';

/** "nearly killed", "whether anyone was killed", "escaped death": no death told. */
export function uncertainBefore(toks: Tok[], from: number): boolean {
  const g = knowledge().numbers.victimGrammar;
  for (let j = Math.max(0, from - 3); j < from; j++) if (g.uncertain.has(toks[j].norm)) return true;
  return false;
}

/** One victim, a count of named singular victims ("a man and his son" → 2), several, or nothing told. */
export type Victims = number | 'plural' | null;

/** A word for things or measures, not people ("camels", "km"): numbers.json victim_grammar counted_things and not_people. */
export const notPeople = (g: Record<string, Set<string>>, w: string) => g.counted_things.has(w) || (g.not_people?.has(w) ?? false);

/** A known word for people after a word for things ("cattle rustlers", "gang member"): the pair counts people. */
export const peopleWord = (g: Record<string, Set<string>>, w: string) => g.plural_nouns.has(w) || g.plural_nouns.has(`${w}s`) || (g.person_nouns?.has(w) ?? false);

/** An age inside a noun phrase ("his 12-year-old son", "her three-year old child"): tokens to step over. */
function ageAt(toks: Tok[], j: number): number {
  const w = toks[j]?.norm ?? '';
  if (/^\d+$/.test(w) || w in knowledge().numbers.numberWords) {
    // "12-year-old", "7 year old", "12 years old"
    const k = toks[j + 1]?.norm === '-' ? j + 2 : j + 1;
    if (/^(year|month|week)s?(-old)?$/.test(toks[k]?.norm ?? '')) return k + 1 - j + (toks[k + 1]?.norm === 'old' ? 1 : 0);
  }
  if (/-(year|month|week)s?(-old)?$/.test(w)) return toks[j + 1]?.norm === 'old' ? 2 : 1;
  return 0;
}

/** A word for one person: numbers.json person_nouns, the singular of a plural_nouns word, or an agent-like ending (officer, chemist, civilian, resident). */
function personNoun(g: Record<string, Set<string>>, w: string): boolean {
  return (g.person_nouns?.has(w) ?? false) || g.plural_nouns.has(`${w}s`) || /..(er|or|ist|ian|ant|ent|man|woman|person|ee)$/.test(w);
}

/**
 * Singular people joined by "and" or commas, each with its own determiner or possessive: "a young
 * mother and her child" → 2, "a police officer, a driver and a trader" → 3. Returns the count and the
 * token after the phrase, or null when toks[i] starts no such phrase (a bare plural, a number).
 */
function coordinated(g: Record<string, Set<string>>, toks: Tok[], i: number): { count: number; end: number } | null {
  let count = 0, j = i, anded = false, firstEnd = i;
  for (;;) {
    const det = toks[j]?.norm ?? '';
    if (!(g.singular_determiners.has(det) || g.possessives.has(det)) || /^(this|that|these|those)$/.test(det)) break;
    let k = j + 1, head = '';
    while (k < toks.length && k < j + 7) {
      const skip = ageAt(toks, k);
      if (skip) { k += skip; continue; }
      const w = toks[k].norm;
      if (g.phrase_end.has(w) || /^\d/.test(w) || g.be_aux.has(w) || g.intransitive.has(w)) break;
      // "a civilian died", "a man shot by police": a verb after the noun ends the phrase.
      if (head && /(ing|ed)$/.test(w) && !/ly$/.test(head)) break;
      head = w;
      k++;
    }
    if (!head || nounVictims(g, head) !== 1 || !personNoun(g, head)) break;
    count++;
    j = k;
    if (count === 1) firstEnd = k;
    // ", a driver and a trader": a comma or "and" before the next determiner joins one more.
    const next = toks[j]?.norm, after = toks[j + 1]?.norm ?? '';
    if ((next === 'and' || next === ',') && (g.singular_determiners.has(after) || g.possessives.has(after) || after === 'and')) {
      if (next === 'and' || after === 'and') anded = true;
      j += after === 'and' ? 2 : 1;
    } else break;
  }
  if (!count) return null;
  // "the man, a 32-year-old chemist, was killed": commas without an "and" set one person beside another name of him.
  if (count > 1 && !anded) return { count: 1, end: firstEnd };
  // A phrase that stopped on a dangling "and"/"," ended before it.
  while (j > i && /^(and|,)$/.test(toks[j - 1].norm)) j--;
  return { count, end: j };
}

/** Coordinated singular people that end right before toks[at] (adverbs and auxiliaries between): "a man and his son were killed". */
export function countEndingAt(g: Record<string, Set<string>>, toks: Tok[], at: number, strict = false): number | null {
  let best: number | null = null; // the longest phrase: "a man and his son", not "his son"
  for (let s = at - 1; s >= 0 && at - s <= 14; s--) {
    const w = toks[s].norm;
    if (/^[.;:!?]$/.test(w) || CLAUSE_BREAK.has(w)) break;
    const c = coordinated(g, toks, s);
    if (!c) continue;
    let e = c.end;
    // Between the phrase and the word: adverbs, auxiliaries, and the verb of "shot dead".
    while (!strict && e < at && (g.skip.has(toks[e].norm) || g.be_aux.has(toks[e].norm) || g.perfect_aux.has(toks[e].norm) || g.transitive.has(toks[e].norm))) e++;
    if (e === at && (s === 0 || !g.possessives.has(toks[s - 1].norm))) best = c.count;
  }
  return best;
}

/** One victim or several in the noun phrase starting at toks[i] ("a goat herder", "civilians", "him"). */
function phraseVictims(g: Record<string, Set<string>>, toks: Tok[], i: number): Victims {
  const first = toks[i]?.norm;
  if (!first || g.phrase_end.has(first)) return null;
  if (g.singular_pronouns.has(first)) return 1;
  if (g.plural_pronouns.has(first)) return 'plural';
  // "killed both men", "killed both of them"
  if (first === 'both') return phraseVictims(g, toks, toks[i + 1]?.norm === 'of' ? i + 2 : i + 1) === 'plural' ? 2 : null;
  const words: string[] = [];
  for (let j = i; j < toks.length && j < i + 6; j++) {
    const w = toks[j].norm;
    if (g.phrase_end.has(w) || /^\d/.test(w)) break;
    // "a civilian distributing exam papers", "a man suspected to be": a clause after the noun.
    if (j > i && /(ing|ed)$/.test(w) && !g.singular_determiners.has(words[words.length - 1]) && !g.possessives.has(words[words.length - 1]) && !/ly$/.test(words[words.length - 1])) break;
    words.push(w);
  }
  if (!words.length) return null;
  let head = words[words.length - 1];
  if (words.length > 1 && /ed$/.test(head)) head = words[words.length - 2];
  if (notPeople(g, head)) return null;
  if (g.singular_determiners.has(first)) return 1;
  return nounVictims(g, head);
}

function nounVictims(g: Record<string, Set<string>>, w: string): Victims {
  if (g.singular_pronouns.has(w)) return 1;
  if (g.plural_pronouns.has(w) || g.plural_nouns.has(w)) return 'plural';
  if (notPeople(g, w)) return null;
  if (g.possessives.has(w) || g.phrase_end.has(w) || g.singular_determiners.has(w) || !/^[a-z]/.test(w)) return null;
  // A plural that is not a known word for people ("trees", "cars") tells nothing.
  if (/[^su']s$/.test(w) && !g.singular_s.has(w)) return null;
  return 1;
}

/** "both men", "both of them", "both young men": two victims. */
function both(toks: Tok[], j: number): boolean {
  return toks[j - 1]?.norm === 'both' || toks[j - 2]?.norm === 'both' || (toks[j - 1]?.norm === 'of' && toks[j - 2]?.norm === 'both');
}

/** "one of the injured men": one victim, whatever the noun's number. */
function oneOf(toks: Tok[], j: number): boolean {
  for (let m = j - 1; m >= Math.max(0, j - 5); m--) if (toks[m].norm === 'of' && toks[m - 1]?.norm === 'one') return true;
  return false;
}

/** The subject before toks[i]: "a man was abducted by four men and stabbed to death", "trader lynched". */
function subjectVictims(g: Record<string, Set<string>>, toks: Tok[], i: number): Victims {
  const joined = countEndingAt(g, toks, i);
  if (joined !== null && joined > 1) return joined;
  // The auxiliary of a passive or perfect agrees with the subject.
  for (let j = i - 1; j >= 0 && i - j <= 10; j--) {
    const w = toks[j].norm;
    if (/^[.,;:()!?]$|^\d/.test(w) || CLAUSE_BREAK.has(w) || g.relative.has(w)) break;
    if (g.singular_aux.has(w) || g.plural_aux.has(w)) {
      // "100 camels have been killed": the subject is not people.
      const subject = toks[j - 1]?.norm ?? '';
      if (notPeople(g, subject)) return null;
      return g.singular_aux.has(w) || oneOf(toks, j - 1) ? 1 : both(toks, j - 1) ? 2 : 'plural';
    }
  }
  // No auxiliary ("trader lynched", "a man died"): the noun before the verb.
  for (let j = i - 1, n = 0; j >= 0 && n < 7; j--, n++) {
    const w = toks[j].norm;
    if (/^[.;:()!?]$/.test(w) || CLAUSE_BREAK.has(w)) return null;
    if (g.skip.has(w) || w === 'had' || (/ed$/.test(w) && n < 4)) continue;
    if (g.phrase_end.has(w)) return null;
    const v = nounVictims(g, w);
    return v === 'plural' && oneOf(toks, j) ? 1 : v === 'plural' && both(toks, j) ? 2 : v;
  }
  return null;
}

/**
 * One victim or several for a kill word with no number (numbers.json victim_grammar): "a man was
 * killed", "kill a herder", "trader lynched" → 1; "they were killed", "kill civilians" → several.
 */
export function victimsOf(toks: Tok[], from: number, to: number): Victims {
  const g = knowledge().numbers.victimGrammar;
  const word = toks[from].norm, next = toks[to]?.norm;
  // "whether anyone was killed", "nearly killed": no death told.
  if (uncertainBefore(toks, from)) return null;
  // "storm a hospital to kill a patient": an aim, not a death.
  if (toks[from - 1]?.norm === 'to' && word !== 'death') return null;
  if (g.body_nouns.has(toks[to - 1].norm)) {
    const w = toks[to - 1].norm, before = toks[from - 1]?.norm;
    if (before && (g.singular_pronouns.has(before) || g.singular_determiners.has(before))) return 1;
    if (before && g.plural_pronouns.has(before)) return 'plural';
    // "a man's body is found", "the student's body", "a burnt mans body" (the apostrophe dropped): one body, one death.
    const owner = /^([a-z]+)(?:'s|s)$/.exec(w === 'body' ? before ?? '' : '')?.[1];
    if (owner && nounVictims(g, owner) === 1 && personNoun(g, owner)) return 1;
    if (next === 'of' && before && g.possessives.has(before)) return phraseVictims(g, toks, to + 1);
    return null;
  }
  if (g.death_nouns.has(word) && next === 'of') return phraseVictims(g, toks, to + 1);
  // "stoned to death": the victim is the object before "to", or the passive subject.
  if (toks[to - 1].norm === 'death' && toks[to - 2]?.norm === 'to' && to - from <= 2) {
    let v = to - 3;
    while (v >= 0 && !/ed$|^shot$|^stone|^burn|^beat|^hack/.test(toks[v].norm) && to - v < 8) v--;
    if (v >= 0 && v < to - 3) return phraseVictims(g, toks, v + 1);
    return v >= 0 ? subjectVictims(g, toks, v) : null;
  }
  if (g.intransitive.has(word)) return subjectVictims(g, toks, from);
  if (g.plural_death_nouns.has(word)) return 'plural';
  if (g.not_victim_words.has(word)) return null;
  // "the killing", "a lynching" are nouns; "killing a man" is a verb with its object.
  if (g.death_nouns.has(word) && !(/ing$/.test(word) && !g.possessives.has(toks[from - 1]?.norm ?? '') && !g.singular_determiners.has(toks[from - 1]?.norm ?? ''))) return null;
  // A verb: passive ("was killed") → its subject; active ("kill a herder") → its object.
  const passive = subjectVictims(g, toks, from);
  const prev = toks[from - 1]?.norm;
  // "killing and robbing him": the object shared by two joined verbs.
  const second = toks[to + 1]?.norm ?? '';
  const obj = next === 'and' && /(ing|ed)$/.test(second) && !/^(injur|wound|hurt|maim)/.test(second) && /(ing|ed)$/.test(word) ? to + 2 : to;
  const objNext = toks[obj]?.norm;
  const joined = objNext !== undefined ? coordinated(g, toks, obj) : null;
  const active = joined && joined.count > 1 ? joined.count : objNext !== undefined && !g.phrase_end.has(objNext) ? phraseVictims(g, toks, obj) : null;
  if (active !== null && !(prev && g.be_aux.has(prev))) return active;
  if (/ed$|^slain$|^shot$/.test(toks[to - 1].norm) || /ed$/.test(word)) return passive;
  return null;
}

/**
 * People killed with the one victim of a kill word, told after it: "was killed along with his driver",
 * "died on the spot together with his passenger", "shot dead alongside another man" → 1. Returns how
 * many singular people the companion phrase names (0 when none).
 */
export function companions(toks: Tok[], to: number): number {
  const g = knowledge().numbers.victimGrammar;
  for (let i = to; i < toks.length && i < to + 8; i++) {
    const w = toks[i].norm;
    if (/^[.;:!?,]$/.test(w) || CLAUSE_BREAK.has(w) || g.relative.has(w)) return 0;
    const at = w === 'alongside' ? i + 1 : /^(along|together)$/.test(w) && toks[i + 1]?.norm === 'with' ? i + 2 : -1;
    if (at < 0) continue;
    const c = coordinated(g, toks, at);
    return c ? c.count : 0;
  }
  return 0;
}

