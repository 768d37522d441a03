// Fatalities and arrests of one event under ACLED's conventions: the people killed in THIS event
// (numbers tied to a kill word, several victim groups added up, ranges at their lowest), injured never
// counted, bare "casualties" → 0 flagged unknown, arrests counted apart. With no number, the grammar
// of the kill words tells one victim (1: "a trader was lynched") from several (ACLED's plural
// fatalities, coded like "several": "gunmen killed villagers"); deaths behind the event ("protest the
// killing of ...", "after an accident killed ...") are not its fatalities.
import type { Document, Evidence, Quantity } from '../document.js';
import { alternatives, knowledge } from './knowledge.js';
import { findAll, anyMatch, type Pattern } from './patterns.js';
import { CLAUSE_BREAK, tokenize, type Tok } from './tokens.js';
import { addedToll, breakdowns, dayShares, tollNoun, tollRegexes, PART_OF_TOLL, revisedToll, singleJoined, singlesBefore, splitToll, periodDays, type Num } from './tolls.js';
import { companions, notPeople, peopleWord, uncertainBefore, victimsOf } from './victims.js';

export interface Counts {
  fatalities: number;
  fatalitiesUnknown: boolean;
  arrests: number;
  evidence: Evidence[];
}

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
      // ("killed 8, abducted 3": a comma before the next cue ends the object)
      || ((/^\d/.test(next) || next in k.numberWords) && !cs.some((c) => c.from === killAt.to + 1 || (c.from === killAt.to + 2 && toks[killAt.to + 1].norm !== ','))));
    if (objectFollows && !between.some((w) => g.be_aux.has(w) || g.finite_verbs.has(w))) return true;
  }
  // "two militants were killed in the attack": the subject of a passive kill word is its victim.
  // A number opening the sentence counts its subject, however long ("Five suspects linked to the attacks have been shot dead").
  if (killAt && killAt.from >= n.to && (killAt.from - n.to <= 4 || n.from === 0) && k.victimGrammar.be_aux.has(toks[killAt.from - 1]?.norm ?? '')) return false;
  return findAll(k.perpetratorAfter, toks, n.to, Math.min(toks.length, n.to + 8)).some((m) => m.from === n.to);
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

/** "shot his wife before turning the gun on himself": the attacker's own death, one more of the event (ACLED counts all its deaths). */
let ownDeathRe: RegExp | null = null;
const OWN_DEATH = () => (ownDeathRe ??= new RegExp(`^(?:before|then) (?:${alternatives(knowledge().numbers.ownDeath)})`));

/**
 * The dead of a kill word with no number are more than the toll told before: marked "also", "another",
 * "other(s)" or "as well" in its clause, or the attackers ("one of the assailants was killed") after a
 * toll of others (`before`: the nouns of the tolls told so far). ACLED counts all deaths of the event.
 */
function moreDead(g: Record<string, Set<string>>, toks: Tok[], c: { from: number; to: number }, before: Set<string>): boolean {
  // The kill word's clause: back to the last punctuation or clause word, and up to six words on.
  const ends = (t: Tok) => /^[.;:,]$/.test(t.norm) || CLAUSE_BREAK.has(t.norm);
  let a = c.from;
  while (a > 0 && !ends(toks[a - 1])) a--;
  let b = c.to;
  while (b < toks.length && b < c.to + 6 && !ends(toks[b])) b++;
  const clause = toks.slice(a, b).map((t) => t.norm);
  // "Other reports claim that he was killed": another report of the same death, not more dead.
  if (toks.some((t) => g.claims.has(t.norm) || g.report_verbs?.has(t.norm) || /^(reports?|sources?|accounts?)$/.test(t.norm))) return false;
  if (clause.some((w) => /^(also|another|other|others)$/.test(w)) || (clause[c.to - a] === 'as' && clause[c.to - a + 1] === 'well')) return true;
  return before.size > 0 && ![...before].some((w) => g.attacker_nouns?.has(w)) && clause.some((w) => g.attacker_nouns?.has(w));
}

/** Counts for an event reported by the given sentences (each with its tokens). */
export function countPeople(doc: Document, parts: { toks: Tok[]; start: number; end: number }[]): Counts {
  const k = knowledge().numbers;
  let fatalities = 0, arrests = 0;
  let claimed: number | null = null, revised: number | null = null, noDeaths = false;
  let split: ReturnType<typeof splitToll> = null, ownDeath = false;
  let shares: number[] | null = null;
  const tollNouns = new Set<string>(); // the nouns of the tolls told so far ("soldiers", "militants")
  let named = 0, sawKill = false, killNumbered = false, singular = false, plural = false, unknown = false, casualties = false;
  const evidence: Evidence[] = [];
  const ev = (field: string, toks: Tok[], from: number, to: number) => {
    const start = toks[from].start, end = toks[to - 1].end;
    evidence.push({ field, start, end, text: doc.text.slice(start, end) });
  };
  let laterDead = 0; // deaths with no number told in a later sentence as more of the event's dead
  for (const [pi, { toks, start, end }] of parts.entries()) {
    const qs = doc.quantities.filter((q) => q.start >= start && q.end <= end);
    // Numbers of things, not people ("88 goats", "5 km"), are never counts of the dead.
    const numbers = fromQuantities(qs, toks).filter((n) => !(notPeople(k.victimGrammar, toks[n.to]?.norm ?? '') && !peopleWord(k.victimGrammar, toks[n.to + 1]?.norm ?? '')) && !(toks[n.to]?.norm === 'of' && k.victimGrammar.counted_things.has(toks[n.to + 1]?.norm ?? ''))
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
    const mixed = (c: { to: number }) => tollRegexes().mixedOutcome.test(toks.slice(c.to, c.to + 5).map((t) => t.norm).join(' '));
    if (cs.some((c) => c.kind === 'killed' && mixed(c))) casualties = true;
    const kills = cs.filter((c) => c.kind === 'killed' && !negatedBefore(toks, c.from) && !adjective(toks, c.from) && !uncertainBefore(toks, c.from)
      && !(toks[c.from - 1]?.norm === 'to' && toks[c.from].norm !== 'death') && !mixed(c));
    if (kills.length) sawKill = true;
    if (anyMatch(k.unknown, toks)) unknown = true;
    if (toks.some((t, i) => /^(before|then)$/.test(t.norm) && OWN_DEATH().test(toks.slice(i, i + 8).map((x) => x.norm).join(' ')))) ownDeath = true;
    if (anyMatch(k.noDeaths, toks)) noDeaths = true;
    if (anyMatch(k.casualtiesOnly, toks)) casualties = true;
    const killedBy = new Map<number, number>(); // victims per kill cue: groups joined by "and" add up
    let total = 0; // a toll told as a total ("a total of 12")
    const lastTied = new Map<number, Num>(), firstTied = new Map<number, Num>();
    if (kills.length || fatalities) shares ??= dayShares(toks, nums);
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
        // "three of the injured died": the group the number is part of, not its outcome.
        if (c.kind === 'injured' && c.from === nt + 2 && toks[nt]?.norm === 'of' && toks[nt + 1]?.norm === 'the') continue;
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
        // A number opening the sentence counts the subject of its passive kill word, however long the
        // subject ("Four men wanted over the robbery in X were killed").
        if (d > 8 && !(n0.from === 0 && c.from >= n.to && d <= 12 && g0.be_aux.has(toks[c.from - 1]?.norm ?? ''))) continue;
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
    for (const [at, n] of firstTied) if (n.value === 1 && tollRegexes().eachSide.test(toks.slice(n.to, n.to + 5).map((t) => t.norm).join(' '))) killedBy.set(at, killedBy.get(at)! + 1);
    // Sentences of one report restate its toll ("killed six civilians. Six fatalities reported"):
    // the largest toll of a sentence, not their sum.
    // A claim or a conflicting report counts only when no plain toll is told, and then its lowest.
    let partSum = 0;
    for (const v of killedBy.values()) partSum += v;
    partSum = Math.max(partSum, total);
    const added = fatalities && partSum && !total && addedToll(toks, firstTied, killedBy, tollNouns);
    for (const n of firstTied.values()) { const w = tollNoun(toks, n); if (w) tollNouns.add(w); }
    if ((killedBy.size || total) && toks.some((t) => k.victimGrammar.claims.has(t.norm) || (!added && k.victimGrammar.report_verbs?.has(t.norm)))) claimed = Math.min(claimed ?? partSum, partSum);
    // "7 militants were also killed", "2 other policemen were killed": more dead, added to the toll before.
    else if (added) fatalities += partSum;
    else fatalities = Math.max(fatalities, partSum);
    // "One of the assailants was killed.", "Another officer died in hospital.": a later sentence of the
    // paragraph that tells, with no number, the dead of the event's other side or more dead.
    const told = fatalities > 0 || singular || plural || named > 0;
    if (pi > 0 && told && kills.length && !killedBy.size && !total && !/\n\s*\n/.test(doc.text.slice(parts[0].end, start))) {
      const v = victimsOf(toks, kills[0].from, kills[0].to);
      if (typeof v === 'number' && moreDead(k.victimGrammar, toks, kills[0], tollNouns)) laterDead += v;
    }
    if (kills.length && !killedBy.size && !total && !singular && !plural && !named) {
      // No number: one victim or several, from the grammar of the kill words ("a man was killed").
      for (const c of kills) {
        const v = victimsOf(toks, c.from, c.to);
        if (v === null) continue;
        // "was killed along with his driver": the one victim and the people killed with him.
        const more = v === 1 ? companions(toks, c.to) : 0;
        if (more) named = 1 + more;
        else if (v === 1) singular = true;
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
  // A toll told over several days: the first day's (ACLED codes one event a day, dividing a total
  // evenly, odd remainders to the first day), or its own share when told day by day.
  else if (shares && revised === null && shares.reduce((a, b) => a + b, 0) === fatalities) fatalities = shares[0];
  else if (revised === null && fatalities > 1) {
    // The period may be told anywhere in the story ("The clashes have gone on over ten days").
    const days = periodDays(k.victimGrammar, tokenize(doc.text));
    if (days && fatalities >= days) fatalities = Math.floor(fatalities / days) + (fatalities % days); // the remainder to the first day
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
  if (unknown && !killNumbered && !fatalities) fatalitiesUnknown = true;
  if (laterDead && fatalities > 0 && revised === null && !split) fatalities += laterDead;
  if (ownDeath) { fatalities += 1; fatalitiesUnknown = false; }
  return { fatalities, fatalitiesUnknown, arrests, evidence };
}
