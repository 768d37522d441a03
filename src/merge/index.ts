// The merge stage: a document's events become one event per actor pair, place and day under ACLED's
// rules — for the same actors, place and day a higher type absorbs a lower one (a battle with arrests
// stays one battle with its arrests; abducted then killed is an attack; a protest that turns violent
// is a riot: its protesters are the rioters). Events of the same place and day between different
// actors stay apart. Reports of the same
// event in other documents are merged later, in the store, by merge key (src/store/sqlite/events.ts).
import type { Stage } from '../pipeline.js';
import type { CodedEvent, Document } from '../document.js';
import { knowledge, interactionCode } from '../code/knowledge.js';
import { mergeKey, eventId } from './key.js';
import { anyMatch, findAll } from '../code/patterns.js';
import { tokenize, type Tok } from '../code/tokens.js';

/** Does `a` take precedence over `b` (ACLED's hierarchy of event types, then sub-event types)? */
export function outranks(a: CodedEvent, b: CodedEvent): boolean {
  const t = knowledge().taxonomy.subEventTypes;
  const sa = t.get(a.sub_event_type)!, sb = t.get(b.sub_event_type)!;
  if (sa.mergeRank !== sb.mergeRank) return sa.mergeRank < sb.mergeRank;
  return sa.rank < sb.rank;
}

/**
 * A riot against state forces and those forces' violence against people in the same story, place and
 * day: the forces' response is part of the riot (ACLED codes rioters facing the forces as the event),
 * not an attack on civilians that absorbs it.
 */
function forcesAnswerRiot(riot: CodedEvent, other: CodedEvent): boolean {
  return riot.event_type === 'Riots' && riot.inter2 === 1 && other.event_type === 'Violence against civilians' && other.inter1 === 1;
}

/**
 * What every fold of two reports of one story shares: the largest death count the story states (one
 * story repeating itself), unknown only when it states none, both notes, a little more confidence.
 */
function folded(a: CodedEvent, b: CodedEvent): Pick<CodedEvent, 'fatalities' | 'fatalities_unknown' | 'notes' | 'confidence'> {
  const fatalities = Math.max(a.fatalities, b.fatalities);
  return {
    fatalities,
    fatalities_unknown: fatalities === 0 && (a.fatalities_unknown || b.fatalities_unknown),
    notes: a.notes === b.notes ? a.notes : [a.notes, b.notes].filter(Boolean).join(' '),
    confidence: Math.min(1, Math.round((Math.max(a.confidence, b.confidence) + 0.05) * 100) / 100),
  };
}

/** Fold `b` into `a` (both reports of the same event in one story). */
export function absorb(a: CodedEvent, b: CodedEvent): CodedEvent {
  const [hi, lo] = forcesAnswerRiot(a, b) ? [a, b] : forcesAnswerRiot(b, a) ? [b, a] : outranks(b, a) ? [b, a] : [a, b];
  const merged: CodedEvent = { ...hi, ...folded(a, b) };
  merged.arrests = Math.max(a.arrests, b.arrests);
  if (!merged.actor2 && lo.actor2 && lo.actor2 !== merged.actor1 && hi.event_type === lo.event_type) {
    merged.actor2 = lo.actor2; merged.inter2 = lo.inter2;
  }
  const seen = new Set<string>();
  merged.evidence = [...hi.evidence, ...lo.evidence.filter((e) => e.field === 'fatalities' || e.field === 'arrests')].filter((e) => {
    const k = `${e.field}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return merged;
}

function placeDay(e: CodedEvent): string {
  return `${e.location}|${e.country}|${e.event_date}`;
}

/** The sides of an event, normalised: a crowd is one side whether it protests or riots. */
function sides(e: CodedEvent): Set<string> {
  const out = new Set<string>();
  for (const a of [e.actor1, e.actor2]) if (a) out.add(side(a));
  return out;
}

function side(actor: string): string {
  return actor.toLowerCase().replace(/\s*\(\d{4}-?\d{0,4}\)/g, '').replace(/^rioters\b/, 'protesters').trim();
}

/** The generic civilian side: sharing it alone does not make two events one (an armed attack and a lynching in one story). */
const CIVILIANS = /^civilians\b/;

/**
 * Two events of one story are one event when they share place and day and at least one side —
 * a named side: when both events also have a side other than civilians, a shared "Civilians (...)"
 * side alone is not enough.
 */
export function sameEvent(a: CodedEvent, b: CodedEvent): boolean {
  if (placeDay(a) !== placeDay(b)) return false;
  let sa = sides(a), sb = sides(b);
  if (!sa.size || !sb.size) return true;
  const named = (s: Set<string>) => new Set([...s].filter((x) => !CIVILIANS.test(x)));
  const na = named(sa), nb = named(sb);
  if (na.size && nb.size) [sa, sb] = [na, nb];
  for (const x of sa) if (sb.has(x)) return true;
  return false;
}

/** "... died in the attack", "killed during the clash": a definite noun pointing back to an event already told. */
const BACK_REFERENCE = /\b(?:in|during)\s+the\s+$/i;

/**
 * The deaths of an event told before (same place and day), not an event of their own: a sentence
 * that names no perpetrator ("at least 45 people died"), or points back to the event ("two police
 * officers were killed in the attack").
 */
function outcomeMention(doc: Document, e: CodedEvent): boolean {
  if (e.fatalities <= 0) return false;
  if (!e.evidence.some((x) => x.field === 'actor1')) return true;
  return e.evidence.some((x) => x.field === 'sub_event_type' && BACK_REFERENCE.test(doc.text.slice(Math.max(0, x.start - 12), x.start)));
}

/** How far (in characters) around an actor mention the words that make it a victim are looked for. */
const VICTIM_WINDOW = 60;

/** Does a kill word (numbers.json killed) start at token i, not followed by an agent ("killed by soldiers")? */
function killAt(toks: Tok[], i: number): boolean {
  const m = findAll(knowledge().numbers.killed, toks, i, toks.length).find((x) => x.from === i);
  return !!m && toks[m.to]?.norm !== 'by';
}

/**
 * The event's first side is the one who died, not who killed: its only actor mention is the subject
 * of a passive death ("one of the assailants was killed", "48 fighters were reported killed") or the
 * object of a kill word ("after killing a number of fighters"). Such a sentence tells a death of
 * people already part of the event told before it, not an event of its own.
 */
function actorIsVictim(doc: Document, e: CodedEvent): boolean {
  if (e.fatalities <= 0 || e.evidence.some((x) => x.field === 'actor2')) return false;
  const a = e.evidence.find((x) => x.field === 'actor1');
  if (!a) return false;
  const g = knowledge().numbers.victimGrammar;
  const passive = (w: string) => g.be_aux.has(w) || g.skip.has(w) || g.report_verbs?.has(w);
  const after = tokenize(doc.text, a.end, Math.min(doc.text.length, a.end + VICTIM_WINDOW));
  let i = 0;
  while (i < after.length && passive(after[i].norm)) i++;
  if (after.slice(0, i).some((t) => g.be_aux.has(t.norm)) && killAt(after, i)) return true;
  // The object of a kill word: "killed (and injured) (a number of | some | 3) <actor>", in the same clause,
  // whose killer is no new actor ("they claimed to have killed ...", "after killing ...", not "the robbers killed ...").
  const before = tokenize(doc.text, Math.max(0, a.start - 2 * VICTIM_WINDOW), a.start);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 6); k--) {
    const w = before[k].norm;
    if (g.transitive.has(w) || /^kill/.test(w)) return !actorBefore(before, k);
    if (!/^[\p{L}\d'-]+$/u.test(w) || g.finite_verbs.has(w) || (g.phrase_end.has(w) && w !== 'and')) return false;
  }
  return false;
}

/** Words between a subject and its kill verb: "(had) (also) (reportedly) (claimed to) (have|having)". */
const VERB_LEAD = new Set(['to', 'have', 'having', 'had', 'has']);

/** Is the kill verb at toks[k] the act of a subject named just before it by an actor noun ("the robbers also killed")? */
function actorBefore(toks: Tok[], k: number): boolean {
  const g = knowledge().numbers.victimGrammar;
  let i = k - 1;
  while (i >= 0 && (VERB_LEAD.has(toks[i].norm) || g.skip.has(toks[i].norm) || g.be_aux.has(toks[i].norm) || g.claims.has(toks[i].norm))) i--;
  return i >= 0 && findAll(knowledge().rolePatterns, toks, i, i + 1).length > 0;
}

/** A toll the sentence tells as what a source reports or claims ("other sources report that two were killed"). */
function reportedToll(doc: Document, at: number): boolean {
  const g = knowledge().numbers.victimGrammar;
  const from = Math.max(doc.text.lastIndexOf('. ', at), doc.text.lastIndexOf('; ', at), 0);
  return tokenize(doc.text, from, at).some((t) => g.report_verbs?.has(t.norm) || g.claims.has(t.norm) || t.norm === 'report' || t.norm === 'sources');
}

/**
 * The deaths told by a victim-only sentence add to the event's toll when they are of its other side
 * (its attackers: "gunmen killed two officers. One of the assailants was killed."); a toll of the same
 * people restates it.
 */
function addsToToll(ev: CodedEvent, victim: CodedEvent, doc: Document): boolean {
  if (ev.fatalities <= 0 || !ev.actor1) return false;
  const a = victim.evidence.find((x) => x.field === 'actor1')!;
  const noun = doc.text.slice(a.start, a.end).toLowerCase().split(/\s+/).at(-1) ?? '';
  return side(victim.actor1) === side(ev.actor1) || !!knowledge().numbers.victimGrammar.attacker_nouns?.has(noun);
}

/** Fold a victim-only sentence into the event before it: the event keeps its type and sides, the dead add up or restate. */
function foldVictims(ev: CodedEvent, victim: CodedEvent, doc: Document): CodedEvent {
  const a = victim.evidence.find((x) => x.field === 'actor1')!;
  // Another report of the toll: ACLED keeps the lowest figure.
  if (ev.fatalities > 0 && reportedToll(doc, a.start)) return foldOutcome(ev, { ...victim, fatalities: Math.min(ev.fatalities, victim.fatalities) });
  if (!addsToToll(ev, victim, doc)) return foldOutcome(ev, victim);
  return {
    ...foldOutcome(ev, victim),
    fatalities: ev.fatalities + victim.fatalities,
    fatalities_unknown: false,
    evidence: [...ev.evidence, ...victim.evidence.filter((x) => x.field === 'fatalities')],
  };
}

/**
 * State forces killing people at a riot of the same place and day ("rioters burnt tyres; police
 * intervened, shooting two dead"): one riot, the forces its other side, the dead its fatalities
 * (ACLED codes the intervention in a riot as part of it).
 */
function forcesAtRiot(riot: CodedEvent, e: CodedEvent): boolean {
  return riot.event_type === 'Riots' && e.fatalities > 0 && e.sub_event_type === 'Attack' && e.inter1 === 1 && e.inter2 === 7
    && (!riot.actor2 || riot.actor2 === e.actor1 || riot.inter2 === 7);
}

/** Fold an outcome mention into the event it tells the deaths of: the event keeps its type and sides. */
function foldOutcome(a: CodedEvent, b: CodedEvent): CodedEvent {
  const merged: CodedEvent = { ...a, ...folded(a, b) };
  merged.evidence = [...a.evidence.filter((x) => x.field !== 'fatalities' || a.fatalities >= b.fatalities), ...(b.fatalities > a.fatalities ? b.evidence.filter((x) => x.field === 'fatalities') : [])];
  return merged;
}

const UNIDENTIFIED = /^unidentified armed group\b/;

/**
 * An explosion (a grenade thrown, shells fired) and then, at the same place and day, an armed clash
 * told as fire (cues.json direct_fire) whose only unnamed side stands for the explosion's perpetrator
 * ("militants threw a grenade at the post; the guards reacted with gunfire"): one battle between the explosion's perpetrator and the
 * clash's named side (ACLED: remote violence during a battle is part of the battle).
 */
function clashAnswersExplosion(ex: CodedEvent, clash: CodedEvent): boolean {
  if (ex.event_type !== 'Explosions/Remote violence' || clash.sub_event_type !== 'Armed clash' || !ex.actor1 || UNIDENTIFIED.test(ex.actor1.toLowerCase())) return false;
  const cs = [...sides(clash)];
  if (cs.length !== 2 || cs.filter((x) => UNIDENTIFIED.test(x)).length !== 1) return false;
  // The clash is told as fire ("reacted with gunfire", "in both directions"), not only named ("claimed the attack").
  if (!clash.evidence.some((x) => x.field === 'sub_event_type' && anyMatch(knowledge().cues.direct_fire, tokenize(x.text)))) return false;
  // The perpetrator is not already a side of the clash; the explosion's target, if any, is.
  return !cs.includes(side(ex.actor1)) && (!ex.actor2 || cs.includes(side(ex.actor2)));
}

/** The battle of an explosion and the clash that answered it: the explosion's perpetrator against the clash's named side. */
function battleOf(ex: CodedEvent, clash: CodedEvent): CodedEvent {
  const named = UNIDENTIFIED.test(clash.actor1.toLowerCase()) ? { actor: clash.actor2, assoc: clash.assoc_actor_2, inter: clash.inter2 } : { actor: clash.actor1, assoc: clash.assoc_actor_1, inter: clash.inter1 };
  return {
    ...clash, ...folded(ex, clash),
    actor1: ex.actor1, assoc_actor_1: ex.assoc_actor_1, inter1: ex.inter1,
    actor2: named.actor, assoc_actor_2: named.assoc, inter2: named.inter,
    interaction: interactionCode(ex.inter1, named.inter),
    civilian_targeting: '',
    arrests: Math.max(ex.arrests, clash.arrests),
    evidence: [...clash.evidence.filter((x) => x.field !== 'actor1' && x.field !== 'actor2'), ...ex.evidence.filter((x) => x.field === 'actor1'), ...clash.evidence.filter((x) => (x.field === 'actor1' || x.field === 'actor2') && x.text && !UNIDENTIFIED.test(x.text.toLowerCase()))],
  };
}

export function mergeDocumentEvents(doc: Document): void {
  const merged: CodedEvent[] = [];
  for (const e of doc.events) {
    if (actorIsVictim(doc, e)) {
      // The event the dead belong to: the latest of the same place and day with them on one side, else the latest.
      const at = merged.map((m, n) => (placeDay(m) === placeDay(e) ? n : -1)).filter((n) => n >= 0);
      const k = [...at].reverse().find((n) => sides(merged[n]).has(side(e.actor1))) ?? at.at(-1);
      if (k !== undefined) { merged[k] = foldVictims(merged[k], e, doc); continue; }
    }
    const i = merged.findIndex((m) => sameEvent(m, e));
    if (i >= 0) { merged[i] = absorb(merged[i], e); continue; }
    let j = merged.length - 1;
    while (j >= 0 && placeDay(merged[j]) !== placeDay(e)) j--;
    if (j >= 0 && clashAnswersExplosion(merged[j], e)) merged[j] = battleOf(merged[j], e);
    else if (j >= 0 && forcesAtRiot(merged[j], e)) {
      const riot = foldOutcome(merged[j], e);
      merged[j] = riot.actor2 ? riot : { ...riot, actor2: e.actor1, assoc_actor_2: e.assoc_actor_1, inter2: e.inter1, interaction: interactionCode(riot.inter1, e.inter1) };
    } else if (j >= 0 && outcomeMention(doc, e)) merged[j] = foldOutcome(merged[j], e);
    else merged.push(e);
  }
  doc.events = merged.map((e) => ({ ...e, event_id: eventId(e.event_id.split('-')[0], doc.id, mergeKey(e)) }));
}

export const mergeStage: Stage = {
  name: 'merge',
  run(doc) {
    if (doc.events.length > 1) mergeDocumentEvents(doc);
  },
};
