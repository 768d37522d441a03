// Fatalities and arrests of one event under ACLED's conventions: the people killed in THIS event
// (numbers tied to a kill word, several victim groups added up, ranges at their lowest), injured never
// counted, bare "casualties" → 0 flagged unknown, arrests counted apart. With no number, the grammar
// of the kill words tells one victim (1: "a trader was lynched") from several (ACLED's plural
// fatalities, coded like "several": "gunmen killed villagers"); deaths behind the event ("protest the
// killing of ...", "after an accident killed ...") are not its fatalities.
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

interface Num { from: number; to: number; value: number; vague: boolean; noun: string | null }

const NOT_PEOPLE = new Set(['km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'mm', 'am', 'pm', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'percent', '%', 'kg', 'h', 'times', 'cm', 'shillings', 'dollars', 'rounds', 'shells', 'bullets', 'houses', 'homes', 'vehicles', 'cars', 'mortars', 'rockets', 'projectiles', 'o\'clock', 'ksh', 'usd', 'acres', 'cattle', 'goats', 'animals', 'cows', 'donkeys', 'chickens', 'bags', 'tonnes', 'litres', 'heads', 'camels', 'sheep', 'livestock', 'minutes']);

function fromQuantities(qs: Quantity[], toks: Tok[]): Num[] {
  const out: Num[] = [];
  for (const q of qs) {
    const from = toks.findIndex((t) => t.start >= q.start);
    if (from < 0 || toks[from].start >= q.end) continue;
    let to = from;
    while (to < toks.length && toks[to].end <= q.end) to++;
    out.push({ from, to: Math.max(to, from + 1), value: q.value, vague: q.vague, noun: q.noun ?? null });
  }
  return out;
}

type Kind = 'killed' | 'injured' | 'arrested' | 'abducted' | 'other';

function cues(toks: Tok[]): { kind: Kind; from: number; to: number }[] {
  const n = knowledge().numbers;
  const lists: [Kind, Pattern[]][] = [['killed', n.killed], ['injured', n.injured], ['arrested', n.arrested], ['abducted', n.abducted], ['other', n.other]];
  const out: { kind: Kind; from: number; to: number }[] = [];
  // "kill seven kidnappers": a noun for the doers ("kidnappers", "killers") tells no outcome.
  const agents = n.victimGrammar.agent_nouns;
  for (const [kind, ps] of lists) for (const m of findAll(ps, toks)) if (!(m.to - m.from === 1 && agents?.has(toks[m.from].norm))) out.push({ kind, from: m.from, to: m.to });
  return out;
}

function negatedBefore(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (/^(no|not|none|nobody|without|never|n't)$/.test(toks[j].norm)) return true;
  return false;
}

/** "of slain cleric", "the killed man": a kill word used as an adjective tells no death in this event. */
function adjective(toks: Tok[], i: number): boolean {
  // "a lynch mob", "the kill zone": a verb's bare form after an article is a noun's modifier.
  return (/ed$|^slain$/.test(toks[i].norm) || (/^(kill|lynch)$/.test(toks[i].norm) && /^(a|an|the)$/.test(toks[i - 1]?.norm ?? '')))
    && knowledge().numbers.victimGrammar.adjective_before.has(toks[i - 1]?.norm ?? '');
}

/**
 * The number counts the perpetrators: "a gang of 100 ...", "a group of youths", "100 raiders
 * attacked ...", "by two gunmen", or the subject of an active kill verb with its own object
 * ("two gunmen shot and killed a trader"). `killAt` is the kill word the number was tied to, if any.
 */
function countsPerpetrators(k: ReturnType<typeof knowledge>['numbers'], toks: Tok[], n: { from: number; to: number }, killAt: { from: number; to: number } | null, cs: { from: number }[]): boolean {
  if (toks[n.from - 1]?.norm === 'by') return true;
  if (killAt && killAt.from < n.from && n.from - killAt.from <= 2) return false; // "police killed two bandits after they attacked": the object
  if (findAll(k.groupOf, toks, n.from, n.to).length) return true;
  if (findAll(k.groupOf, toks, Math.max(0, n.from - 4), n.from).some((m) => m.to === n.from)) return true;
  if (killAt && killAt.from >= n.to && k.victimGrammar.transitive.has(toks[killAt.from].norm)) {
    const g = k.victimGrammar;
    const between = toks.slice(n.to, killAt.from).map((t) => t.norm);
    const next = toks[killAt.to]?.norm;
    // An object of its own: "a trader", "the driver", "him", "2 people" (not "2 injured").
    const objectFollows = next !== undefined && (g.singular_determiners.has(next) || g.possessives.has(next) || g.singular_pronouns.has(next) || g.plural_pronouns.has(next)
      || ((/^\d/.test(next) || next in k.numberWords) && !cs.some((c) => c.from === killAt.to + 1 || c.from === killAt.to + 2)));
    if (objectFollows && !between.some((w) => g.be_aux.has(w) || g.finite_verbs.has(w))) return true;
  }
  // "two militants were killed in the attack": the subject of a passive kill word is its victim.
  if (killAt && killAt.from >= n.to && killAt.from - n.to <= 4 && k.victimGrammar.be_aux.has(toks[killAt.from - 1]?.norm ?? '')) return false;
  return findAll(k.perpetratorAfter, toks, n.to, Math.min(toks.length, n.to + 8)).some((m) => m.from === n.to);
}

/** "nearly killed", "whether anyone was killed", "escaped death": no death told. */
function uncertainBefore(toks: Tok[], from: number): boolean {
  const g = knowledge().numbers.victimGrammar;
  for (let j = Math.max(0, from - 3); j < from; j++) if (g.uncertain.has(toks[j].norm)) return true;
  return false;
}

/** Token ranges of a sentence that tell deaths behind the event, not in it (numbers.json background_death). */
function backgroundSpans(k: ReturnType<typeof knowledge>['numbers'], toks: Tok[]): [number, number][] {
  const spans: [number, number][] = [];
  const crosses = (from: number, to: number) => toks.slice(from, to).some((t) => t.norm === ',' || t.norm === '.' || CLAUSE_BREAK.has(t.norm));
  const add = (from: number, to: number, untilVerb: boolean) => {
    if (crosses(from, to)) return;
    if (untilVerb && toks.slice(from, to).some((t, i) => k.victimGrammar.finite_verbs.has(t.norm) && toks[from + i - 1]?.norm !== 'to')) return;
    // "stoned to death" is a verb phrase, not the noun "death" of a background clause.
    if (toks[to - 1].norm === 'death' && toks[to - 2]?.norm === 'to') return;
    // "shortly after, police ...", "after which": not a clause of its own.
    if (/^(after|following)$/.test(toks[to - 1].norm) && /^(,|which|that|this|midnight|dawn|dusk)$/.test(toks[to]?.norm ?? '')) return;
    // The span runs to the end of the clause: sentence punctuation, or a comma before a new clause
    // (", killing two", ", and police ...").
    // A clause put first ("After heavy fighting, ...") ends at its comma.
    // "In retaliation for the killing of ..., herders killed 2 men": a preposition first is fronted too.
    const fronted = from === 0 || /^[.,;:!?"']$/.test(toks[from - 1].norm) || (from <= 3 && /^(in|as|after|following|for)$/.test(toks[0].norm) && !toks.slice(0, from).some((t) => /^[.,;:!?]$/.test(t.norm)));
    let end = to;
    for (; end < toks.length; end++) {
      const w = toks[end].norm;
      if (/^[.;:!?]$/.test(w) || (CLAUSE_BREAK.has(w) && w !== '(')) break;
      if (w === ',' && (fronted || /ing$|^(and|but|while|whereas)$/.test(toks[end + 1]?.norm ?? ''))) break;
      if (untilVerb && k.victimGrammar.finite_verbs?.has(w)) break;
    }
    spans.push([from, end]);
  };
  for (const m of findAll(k.backgroundDeath, toks)) add(m.from, m.to, false);
  for (const m of findAll(k.backgroundDeathUntilVerb, toks)) add(m.from, m.to, true);
  return spans;
}

/** One victim, a count of named singular victims ("a man and his son" → 2), several, or nothing told. */
type Victims = number | 'plural' | null;

/** A word for things or measures, not people ("camels", "km"): numbers.ts's own list and numbers.json victim_grammar.not_people. */
const notPeople = (g: Record<string, Set<string>>, w: string) => NOT_PEOPLE.has(w) || (g.not_people?.has(w) ?? false);

/** A known word for people after a word for things ("cattle rustlers", "gang member"): the pair counts people. */
const peopleWord = (g: Record<string, Set<string>>, w: string) => g.plural_nouns.has(w) || g.plural_nouns.has(`${w}s`) || (g.person_nouns?.has(w) ?? false);

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
function countEndingAt(g: Record<string, Set<string>>, toks: Tok[], at: number, strict = false): number | null {
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
function victimsOf(toks: Tok[], from: number, to: number): Victims {
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

/** A single victim joined by "and a|an" to the last number tied to the kill word at `at`. */
function singleJoined(toks: Tok[], n: Num, at: number): boolean {
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
function singlesBefore(g: Record<string, Set<string>>, toks: Tok[], n: Num, at: number): number {
  const j = n.from - 1;
  if (toks[j]?.norm === 'and') return countEndingAt(g, toks, j, true) ?? 0;
  if (toks[j]?.norm === 'with' && /^(along|together)$/.test(toks[j - 1]?.norm ?? '') && at < j - 1) {
    // The one killed along with them: the object right before "along", or the passive subject of the kill word.
    return countEndingAt(g, toks, j - 1) ?? countEndingAt(g, toks, at) ?? 0;
  }
  return 0;
}

/** A toll marked as more dead than told before: "also" or "other" between its first number and its kill word ("7 militants were also killed"). */
function addedToll(toks: Tok[], firstTied: Map<number, Num>, killedBy: Map<number, number>): boolean {
  for (const at of killedBy.keys()) {
    const n = firstTied.get(at);
    if (!n) continue;
    const [a, b] = at > n.from ? [n.from, at + 1] : [Math.max(0, at - 3), n.to + 1];
    if (toks.slice(a, b).some((t) => /^(also|other|another)$/.test(t.norm))) return true;
  }
  return false;
}

/** "one (person) from each side": a count per side of two. */
const EACH_SIDE = /^(?:[a-z]+ )?(?:from|on|of) (?:each|either) (?:side|group|party|camp|community|clan|tribe)\b/;

/** "shot his wife before turning the gun on himself": the attacker's own death, one more of the event (ACLED counts all its deaths). */
const OWN_DEATH = /^(?:before|then) (?:committing|committed|commits|committed) suicide|^(?:before|then) (?:killing|killed|kills) (?:himself|herself)|^(?:before|then) (?:turning|turned|turns) (?:the|his|her) (?:gun|weapon|rifle|firearm) on (?:himself|herself)|^(?:before|then) (?:taking|took|takes) (?:his|her) own life/;

/** The words after a kill word that make its number a count of mixed outcomes ("killed, injured or captured", "killed or wounded"). */
const MIXED_OUTCOME = /^(?:, (?:injured|wounded|captured|arrested|abducted) )?(?:or|and\/or) (?:injured|wounded|captured|arrested|missing|abducted|kidnapped|displaced)\b/;

/** The words after a number that make it a part of a toll told before it ("one of whom", "two on each side"). */
const PART_OF_TOLL = /^(?:of (?:whom|them|which|those|these)|(?:on )?(?:each|either|both) sides?|per side|apiece)\b/;

/**
 * Breakdowns of a number told right after it: "eight people including four children and four officers",
 * "19 (10 policemen and 9 civilians)", "six (or seven) officers". Their numbers are parts of the head,
 * not more victims; the head binds to a cue after the breakdown. A parenthesis with a later revision
 * ("five (later determined to be seven)") gives the head its revised value.
 */
function breakdowns(toks: Tok[], nums: Num[], cueAt: Set<number>): { parts: Set<Num>; resume: Map<Num, number>; revised: Map<Num, number> } {
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
function revisedToll(g: Record<string, Set<string>>, toks: Tok[]): number | null {
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
function splitToll(g: Record<string, Set<string>>, toks: Tok[]): { from: number; to: number; divisor: number; share: number | null } | null {
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

/** Counts for an event reported by the given sentences (each with its tokens). */
export function countPeople(doc: Document, parts: { toks: Tok[]; start: number; end: number }[]): Counts {
  const k = knowledge().numbers;
  let fatalities = 0, arrests = 0;
  let claimed: number | null = null, revised: number | null = null, noDeaths = false;
  let split: ReturnType<typeof splitToll> = null, ownDeath = false;
  let named = 0, sawKill = false, killNumbered = false, singular = false, plural = false, unknown = false, casualties = false;
  const evidence: Evidence[] = [];
  const ev = (field: string, toks: Tok[], from: number, to: number) => {
    const start = toks[from].start, end = toks[to - 1].end;
    evidence.push({ field, start, end, text: doc.text.slice(start, end) });
  };
  for (const { toks, start, end } of parts) {
    const qs = doc.quantities.filter((q) => q.start >= start && q.end <= end);
    // Numbers of things, not people ("88 goats", "5 km"), are never counts of the dead.
    const numbers = fromQuantities(qs, toks).filter((n) => !(notPeople(k.victimGrammar, toks[n.to]?.norm ?? '') && !peopleWord(k.victimGrammar, toks[n.to + 1]?.norm ?? '')) && !(toks[n.to]?.norm === 'of' && NOT_PEOPLE.has(toks[n.to + 1]?.norm ?? ''))
      && !(k.victimGrammar.label_before?.has(toks[n.from - 1]?.norm ?? '') ?? false)
      // "clashes between 2 families": "between" with one number and a noun counts sides, not a range of dead.
      && !(toks[n.from].norm === 'between' && n.to - n.from === 2 && /^[a-z]/.test(toks[n.to]?.norm ?? '')));
    const r = revisedToll(k.victimGrammar, toks);
    if (r !== null) revised = r;
    // Deaths behind the event ("protest the killing of a trader") are not its fatalities.
    const background = backgroundSpans(k, toks);
    const inBackground = (i: number) => background.some(([a, b]) => i >= a && i < b);
    const cs = cues(toks).filter((c) => c.kind !== 'killed' || !inBackground(c.from));
    // "split between 3 events (8)": counts of events and a share, not more dead.
    const sp = splitToll(k.victimGrammar, toks);
    if (sp) split ??= sp;
    const cueAt = new Set(cs.map((c) => c.from));
    const nums = numbers.filter((n) => !inBackground(n.from) && !(sp && n.to > sp.from && n.from < sp.to)
      // "Zona 12", "an AK 47": a number after a capitalised word inside a sentence, before no people or
      // outcome word, is part of a name.
      && !(n.from > 1 && /^\d/.test(toks[n.from].norm) && /^[A-Z]/.test(doc.text.slice(toks[n.from - 1].start, toks[n.from - 1].end))
        && !/^[.,;:!?"'(\[-]$/.test(toks[n.from - 2].norm) && !peopleWord(k.victimGrammar, toks[n.to]?.norm ?? '') && !cueAt.has(n.to)));
    const mixed = (c: { to: number }) => MIXED_OUTCOME.test(toks.slice(c.to, c.to + 5).map((t) => t.norm).join(' '));
    if (cs.some((c) => c.kind === 'killed' && mixed(c))) casualties = true;
    const kills = cs.filter((c) => c.kind === 'killed' && !negatedBefore(toks, c.from) && !adjective(toks, c.from) && !uncertainBefore(toks, c.from)
      && !(toks[c.from - 1]?.norm === 'to' && toks[c.from].norm !== 'death') && !mixed(c));
    if (kills.length) sawKill = true;
    if (anyMatch(k.unknown, toks)) unknown = true;
    if (toks.some((t, i) => /^(before|then)$/.test(t.norm) && OWN_DEATH.test(toks.slice(i, i + 8).map((x) => x.norm).join(' ')))) ownDeath = true;
    if (anyMatch(k.noDeaths, toks)) noDeaths = true;
    if (anyMatch(k.casualtiesOnly, toks)) casualties = true;
    const killedBy = new Map<number, number>(); // victims per kill cue: groups joined by "and" add up
    let total = 0; // a toll told as a total ("a total of 12")
    const lastTied = new Map<number, Num>(), firstTied = new Map<number, Num>();
    const bd = breakdowns(toks, nums, new Set(cs.map((c) => c.from)));
    const g0 = k.victimGrammar;
    for (const n0 of nums) {
      if (bd.parts.has(n0)) continue;
      // A head with a breakdown binds from the end of it; a revised head counts its revised value.
      const nt = bd.resume.get(n0) ?? n0.to;
      const resumed = nt !== n0.to;
      const n = resumed ? { ...n0, value: bd.revised.get(n0) ?? n0.value, to: nt } : n0;
      // "3 others were seriously injured": a cue that follows the number in its own phrase wins;
      // otherwise the nearest cue in the same clause, within 8 tokens.
      let best: { kind: Kind; from: number; d: number } | null = null;
      for (const c of cs) {
        if (c.from < nt || c.from - nt > (resumed ? 7 : 5)) continue;
        // After a breakdown, the rest of the head's own phrase and its verb ("six (or seven) officers were
        // killed"), not another clause ("500 residents (...) blocked police from taking the body").
        if (resumed && toks.slice(nt, c.from).some((t) => !(g0.be_aux.has(t.norm) || g0.perfect_aux.has(t.norm))
          && (/(ed|ing)$/.test(t.norm) || (g0.phrase_end.has(t.norm) && !/^(and|as|,)$/.test(t.norm))))) continue;
        let broken = false;
        // "the bodies of three men who had been abducted": a relative clause tells what happened before.
        for (let i = nt; i < c.from; i++) if (/^(and|,|;|but|while|who|\.)$/.test(toks[i].norm) 
          && !(resumed && toks[i].norm === 'and' && (/^(\d|an?$)/.test(toks[i + 1]?.norm ?? '') || (toks[i + 1]?.norm ?? '') in k.numberWords))) broken = true;
        if (!broken && (!best || c.from - nt < best.d)) best = { kind: c.kind, from: c.from, d: c.from - nt };
      }
      if (!best) for (const c of cs) {
        if (resumed && c.from >= n0.to) continue; // after a breakdown: only a cue before the head ("killing five (later seven) officers")
        const d = c.from >= n.to ? c.from - n.to : n.from >= c.to ? n.from - c.to + 0.5 : 0;
        if (d > 8) continue;
        const lo = Math.min(c.from, n0.from), hi = Math.max(c.to, n0.to);
        let crosses = false;
        for (let i = lo; i < hi; i++) if (CLAUSE_BREAK.has(toks[i].norm) || toks[i].norm === '.') crosses = true;
        if (crosses) continue;
        if (!best || d < best.d) best = { kind: c.kind, from: c.from, d };
      }
      if (!best) continue;
      // "including 3 children", "bringing the toll to 12": part of a number already counted.
      const before = Math.max(0, n.from - 3);
      // "a total of 13 dead" is the toll itself, not a part of one.
      if (findAll(k.excludeBefore, toks, before, n.from).some((m) => !(/^(total|toll)$/.test(toks[m.from].norm) && toks[m.to]?.norm === 'of'))) continue;
      const cue = best.kind === 'killed' ? cs.find((c) => c.from === best!.from) ?? null : null;
      if (countsPerpetrators(k, toks, n, cue, cs)) continue;
      if (best.kind === 'killed') {
        if (negatedBefore(toks, best.from) || uncertainBefore(toks, best.from)) continue;
        // "killed two traders, one of whom ...", "four killed, two on each side": a part of the toll already counted.
        if (killedBy.has(best.from) && PART_OF_TOLL.test(toks.slice(n.to, n.to + 3).map((t) => t.norm).join(' '))) continue;
        // "5 militants were killed, injured or captured": a count of mixed outcomes, not of the dead.
        if (mixed(cue!)) continue;
        // "(total of 12 fatalities)", "leave total of 13 dead": the toll of the sentence, not one more group.
        if (toks.slice(Math.max(0, n.from - 2), n.to).some((t, i, a) => /^(total|toll)$/.test(t.norm) && a[i + 1]?.norm === 'of')) {
          killNumbered = true;
          total = Math.max(total, n.value);
          ev('fatalities', toks, n.from, n.to);
          continue;
        }
        killNumbered = true;
        killedBy.set(best.from, (killedBy.get(best.from) ?? 0) + n.value);
        lastTied.set(best.from, n);
        if (!firstTied.has(best.from)) firstTied.set(best.from, n);
        ev('fatalities', toks, n.from, n.to);
      } else if (best.kind === 'arrested') {
        arrests += n.value;
        ev('arrests', toks, n.from, n.to);
      }
    }
    // "two gunmen and a police officer were killed", "killing 3 soldiers and a civilian": one more.
    for (const [at, n] of lastTied) if (singleJoined(toks, n, at)) killedBy.set(at, killedBy.get(at)! + 1);
    // "a police officer and two youths were killed", "an MP was shot dead along with two guards": the named ones before.
    for (const [at, n] of firstTied) {
      const before = singlesBefore(k.victimGrammar, toks, n, at);
      if (before) killedBy.set(at, killedBy.get(at)! + before);
    }
    // "one person from each group was killed": one per side.
    for (const [at, n] of firstTied) if (n.value === 1 && EACH_SIDE.test(toks.slice(n.to, n.to + 5).map((t) => t.norm).join(' '))) killedBy.set(at, killedBy.get(at)! + 1);
    // Sentences of one report restate its toll ("killed six civilians. Six fatalities reported"):
    // the largest toll of a sentence, not their sum.
    // A claim or a conflicting report counts only when no plain toll is told, and then its lowest.
    let partSum = 0;
    for (const v of killedBy.values()) partSum += v;
    partSum = Math.max(partSum, total);
    if ((killedBy.size || total) && toks.some((t) => k.victimGrammar.claims.has(t.norm))) claimed = Math.min(claimed ?? partSum, partSum);
    // "7 militants were also killed", "2 other policemen were killed": more dead, added to the toll before.
    else if (fatalities && partSum && !total && addedToll(toks, firstTied, killedBy)) fatalities += partSum;
    else fatalities = Math.max(fatalities, partSum);
    if (kills.length && !killedBy.size && !total && !singular && !plural && !named) {
      // No number: one victim or several, from the grammar of the kill words ("a man was killed").
      for (const c of kills) {
        const v = victimsOf(toks, c.from, c.to);
        if (v === null) continue;
        if (v === 1) singular = true;
        else if (typeof v === 'number') named = v;
        else plural = true;
        ev('fatalities', toks, c.from, c.to);
        break;
      }
      if (!singular && !plural && !named && anyMatch(k.singularVictims, toks)) {
        singular = true;
        ev('fatalities', toks, kills[0].from, kills[0].to);
      }
    }
    if (!nums.length) {
      // "arrested a suspect": one arrest.
      const arrest = cs.find((c) => c.kind === 'arrested');
      if (arrest && /^(a|an|one)$/.test(toks[arrest.to]?.norm ?? '')) arrests = Math.max(arrests, 1);
    }
  }
  if (claimed !== null && fatalities === 0) fatalities = claimed;
  // A later report's revised toll replaces the first toll of the event.
  if (revised !== null) {
    fatalities = revised;
    killNumbered = true;
  }
  // A toll split across events: this event's share, told or even (ACLED gives remainders to the first).
  if (split) {
    if (split.share !== null) { fatalities = split.share; killNumbered = true; }
    else fatalities = Math.round(fatalities / split.divisor);
  }
  let fatalitiesUnknown = false;
  // "a man was lynched ... no fatalities reported": the report's own word that no one died.
  if (noDeaths && !killNumbered) return { fatalities: 0, fatalitiesUnknown: false, arrests, evidence: evidence.filter((e) => e.field !== 'fatalities') };
  if (!killNumbered && sawKill) {
    if (named) fatalities = named;
    else if (singular) fatalities = 1;
    else if (plural) fatalities = k.vagueWords.several ?? 3;
    else fatalitiesUnknown = true;
  }
  if (!sawKill && casualties) fatalitiesUnknown = true;
  if (unknown && !killNumbered) fatalitiesUnknown = true;
  if (ownDeath) { fatalities += 1; fatalitiesUnknown = false; }
  return { fatalities, fatalitiesUnknown, arrests, evidence };
}
