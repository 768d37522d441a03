// Who did what to whom: actor1 / actor2 of an event under ACLED's conventions, from the actors the
// actor stage found (doc.actors) and, where it named nobody, from role nouns (data/lexicons/roles.json):
// protests are "Protesters (Country)" (inter 6), riots "Rioters (Country)" (5), the target of violence
// against civilians is actor2 "Civilians (Country)" (7), unknown attackers "Unidentified Armed Group".
import type { ActorMention, Document, Evidence } from '../document.js';
import { actorCountry, codeOfName, genericActor, identityMilitiaOf, namesCountry, type GenericKind } from '../actors/index.js';
import { alternatives, knowledge, interactionCode } from './knowledge.js';
import { anyMatch, findAll } from './patterns.js';
import { tokenize, type Tok } from './tokens.js';
import { identityMilitia } from './identity-militia.js';
import { frontlineSides, type EventAt } from './frontline.js';

export interface Parties {
  /** Distinct armed actors in the report (for the refiners that depend on who fought whom). */
  armedSides: number;
  /** Civilians are named as victims and at most one armed side is (for "clashes" that were attacks); never for fighting "between X and Y". */
  civilianVictimsOnly: boolean;
  /** An armed actor other than actor1 is named in the mention's first sentence (a possible armed target). */
  otherArmed: boolean;
  /** Civilians are named as victims anywhere in the mention's first sentence. */
  civilianVictims: boolean;
  /** The only perpetrators named before the trigger are an unarmed crowd (rioters, a mob, youths). */
  crowdPerpetrator: boolean;
  /** State forces are the target of the trigger ("villagers threw stones at soldiers") and the only people before it are an unarmed group. */
  crowdAgainstForces: boolean;
  actor1: string; inter1: number;
  actor2: string; inter2: number;
  assoc_actor_1: string; assoc_actor_2: string;
  interaction: number;
  civilian_targeting: string;
  evidence: Evidence[];
}

interface Candidate { name: string; inter: number; role: string; start: number; end: number; afterBy: boolean; ally?: boolean; repeller?: boolean }

const ARMED = new Set([1, 2, 3, 4, 8]);

function generic(role: string, country: string): { name: string; inter: number } {
  const g = knowledge().taxonomy.generic[role];
  return { name: country ? g.name.replace('{country}', country) : g.name.replace(' ({country})', ''), inter: g.inter };
}

function fill(template: string, country: string): string {
  return country ? template.replace('{country}', country) : template.replace(/ of \{country\}| \(\{country\}\)/, '');
}

/** Actor candidates in the given token runs, in text order. */
function candidates(doc: Document, parts: { toks: Tok[]; start: number; end: number }[], country: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { toks, start, end } of parts) {
    for (const a of doc.actors) if (a.start >= start && a.end <= end) out.push({ ...(crowdGroup(doc, a) ? generic('rioters', country) : inEventCountry(doc, a, country)), role: 'named', start: a.start, end: a.end, afterBy: rx().BY_AGENT.test(doc.text.slice(Math.max(0, a.start - 40), a.start)) });
    const taken: [number, number][] = out.map((c) => [c.start, c.end]);
    const roleHits: Candidate[] = [];
    // One scan over every role pattern; roles earlier in roles.json take a span first.
    const k = knowledge();
    const hits = findAll(k.rolePatterns, toks).map((m) => ({ m, ...k.roleOf.get(m.pattern)! })).sort((a, b) => a.index - b.index || a.m.from - b.m.from);
    for (const { m, role: r } of hits) {
      const s = toks[m.from].start, e = toks[m.to - 1].end;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      roleHits.push({ name: fill(r.name, country), inter: r.inter, role: r.role, start: s, end: e, afterBy: m.from > 0 && (toks[m.from - 1].norm === 'by' || (toks[m.from - 1].norm === 'the' && toks[m.from - 2]?.norm === 'by')) });
      taken.push([s, e]);
    }
    // A role noun right after another ("police forces", "security forces") belongs to the first.
    roleHits.sort((a, b) => a.start - b.start);
    for (let i = 0; i < roleHits.length; i++) {
      const prev = roleHits[i - 1];
      if (prev && /^\s*$/.test(doc.text.slice(prev.end, roleHits[i].start))) { prev.end = roleHits[i].end; roleHits.splice(i, 1); i--; }
    }
    out.push(...roleHits);
  }
  out.sort((a, b) => a.start - b.start);
  for (const c of out) {
    const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
    // "a former military commander", "an off-duty police officer": ACLED codes them as civilians.
    if (rx().FORMER.test(before)) { const civ = generic('civilians', country); c.name = civ.name; c.inter = civ.inter; c.role = 'victim'; }
    // "spying for government forces", "delivering water to military checkpoints": named, not a side.
    else if (!c.afterBy && rx().ASIDE.test(before) && !rx().AGENT_TO.test(before) && !linkedToAttacker(doc, out, c)) c.role = 'aside';
    // "supported by the 30th Brigade", "alongside Turkish troops": an ally of a side, not the agent.
    if (rx().ALLY.test(doc.text.slice(Math.max(0, c.start - 60), c.start))) { c.ally = true; c.afterBy = false; }
    // "bandits attacked the village and were repulsed by police": the agent of the repelling, not of the attack.
    else if (c.afterBy && rx().REPELLED_BY.test(doc.text.slice(Math.max(0, c.start - 50), c.start))) { c.afterBy = false; c.repeller = true; }
  }
  return underUmbrella(doc, namedByApposition(doc, out.filter((c) => c.role !== 'aside')));
}

/** "A group of youths", "a group of villagers": people of a crowd (cues.json crowd_subject), not an armed group. */
const GROUP_OF = /^(?:an?\s+)?groups?\s+of\s+/i;
function crowdGroup(doc: Document, a: ActorMention): boolean {
  if (a.kind !== 'unidentified') return false;
  const m = GROUP_OF.exec(a.text);
  return !!m && anyMatch(knowledge().cues.crowd_subject, tokenize(doc.text, a.start + m[0].length, a.end));
}

const GENERIC_KINDS = new Set(['protesters', 'rioters', 'civilians', 'unidentified', 'military', 'police']);
/** State forces named by a generic noun, a nationality or a unit of their country (not factions such as a rival government's forces). */
const STATE_KINDS = new Set(['military', 'police', 'unit']);

/**
 * An actor mention as a side of an event in `country` (the country of the event's resolved place):
 * a generic actor named without a nationality ("police", "gunmen") takes the event country, and state
 * forces acting outside their own country are External/Other forces (inter 8: Turkish forces in
 * Syria), inside it state forces (inter 1). The event's place may be wrong: a force is taken as
 * foreign only when the text names no place of its own country.
 */
const asSides = new WeakMap<ActorMention, Map<string, { name: string; inter: number }>>();
function inEventCountry(doc: Document, a: ActorMention, country: string): { name: string; inter: number } {
  let byCountry = asSides.get(a);
  if (!byCountry) asSides.set(a, (byCountry = new Map()));
  let side = byCountry.get(country);
  if (!side) byCountry.set(country, (side = sideIn(doc, a, country)));
  return side;
}

function sideIn(doc: Document, a: ActorMention, country: string): { name: string; inter: number } {
  const code = country ? codeOfName(country) : null;
  if (!code) return { name: a.actor, inter: a.inter };
  // "Israeli forces raided the town. Soldiers fired tear gas": bare soldiers after a foreign force of the same kind are that force.
  if ((a.kind === 'military' || a.kind === 'police') && rx().BARE_FORCES.test(a.text)) {
    const prev = doc.actors.filter((m) => m.end <= a.start && (m.kind === a.kind || m.kind === 'unit') && m.actor.startsWith(a.kind === 'military' ? 'Military Forces of ' : 'Police Forces of ') && !rx().BARE_FORCES.test(m.text)).pop();
    const home = prev ? actorCountry(prev.actor) : null;
    if (prev && home && home !== code && !placeIn(doc, home)) return inEventCountry(doc, prev, country);
  }
  let name = a.actor, inter = a.inter;
  // "Somali militia" in Kenya: a nationality that is also an ethnic group of the event's country.
  const militia = a.kind === 'unidentified' && a.country !== code && namesCountry(a.text) ? identityMilitiaOf(a.text, code) : null;
  if (militia) return { name: militia, inter: 4 };
  if (a.kind && GENERIC_KINDS.has(a.kind) && a.country !== code && !namesCountry(a.text)) {
    const g = genericActor(a.kind as GenericKind, code, doc.meta.publishedAt ?? undefined);
    name = g.actor;
    inter = g.inter;
  }
  if ((inter === 1 || inter === 8) && STATE_KINDS.has(a.kind ?? '') && /^(?:Military|Police) Forces of /.test(name)) {
    const home = actorCountry(name);
    if (home) inter = home !== code && !placeIn(doc, home) ? 8 : 1;
  }
  return { name, inter };
}

/**
 * The who-did-what regexes: their words come from roles.json (the word lists next to its roles, each
 * documented there by its "about_" entry), their grammar (anchors, gaps, articles) is here. Built once.
 */
let built: ReturnType<typeof buildRegexes> | null = null;
const rx = () => (built ??= buildRegexes());
function buildRegexes() {
  const w = (key: string) => alternatives(knowledge().roleWords[key] ?? []);
  const re = (source: string) => new RegExp(source, 'i');
  return {
    /** A state noun with no nationality, modifier or name: "soldiers", "the troops", "policemen". */
    BARE_FORCES: re(String.raw`^(?:the\s+)?(?:${w('bare_force_nouns')})$`),
    /** "attributed to X", "blamed on X": X is the agent, not an aside. */
    AGENT_TO: re(String.raw`\b(?:${w('agent_verbs')})\s+(?:on|to)\s+(?:the\s+|a\s+|an\s+)?$`),
    /** "by", "by the", "by suspected", "by a group of": the actor after it is the agent of a passive verb. */
    BY_AGENT: re(String.raw`\b(?:by|at the hands of)\s+(?:(?:${w('agent_modifiers')}|\d+)\s+){0,4}$`),
    /** "were killed", "was ambushed", "died in": a passive verb (an auxiliary) or a death between a candidate and the trigger. */
    PASSIVE: re(String.raw`\b(?:was|were|been|being|got|${w('passive_death_words')})\b`),
    /** The participle of a headline's present passive ("a soldier is shot"). */
    PARTICIPLE: re(String.raw`^(?:\w+ed|${w('irregular_participles')})\b`),
    /** "Al Shabaab claimed responsibility", "militants claimed to have killed": the claimant is the perpetrator. */
    CLAIMED: re(String.raw`^[\s,]*(?:[\w-]+\s+){0,2}?(?:${w('claim_verbs')})\s+(?:${w('claim_objects')})\b`),
    /** Words before an armed noun that make the person a civilian (former or off-duty personnel). */
    FORMER: re(String.raw`\b(?:${w('former_words')})\s*(?:[\w-]+\s+){0,2}$`),
    /** Prepositions after which an armed actor is only mentioned, not a side of the event. */
    ASIDE: re(String.raw`\b(?:${w('aside_prepositions')})\s+(?:the\s+|a\s+|an\s+)?$`),
    /** "supported by (the) X", "backed by X", "alongside X", "with the support of X": X fights on a side, it is not its agent. */
    ALLY: re(String.raw`\b(?:(?:${w('ally_verbs')})\s+by|${w('ally_prepositions')}|with the (?:${w('ally_support_nouns')}) of)\s+(?:[\w-]+\s+){0,4}$`),
    /** "fended off an attack", "repulsed their attacks", "beat back an offensive": the subject of the verb is the side attacked, not the initiator. */
    REPEL: re(String.raw`^[^.;]{0,30}?\b(?:${w('repel_verbs')})\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+|several\s+|multiple\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?(?:${w('repelled_attack_nouns')})\b`),
    /** "police responded with gunfire", "troops retaliated": the side that answered an attack. */
    RESPONDED: re(String.raw`^[^.;]{0,15}?\b(?:${w('response_verbs')})\b`),
    /** "targeted a police vehicle", "struck an army convoy", "exploded near soldiers": the actor after it is hit, not the attacker. */
    OBJECT_OF: re(String.raw`\b(?:${w('target_words')})\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|\d+\s+)?$`),
    /** Right after a side: it answered an attack ("responded", "in response to the raid", "force response"). */
    ANSWERED: re(String.raw`^[^.;]{0,25}?\b(?:${w('answer_words')})\b`),
    /** "repulsed by (the) police": X repelled the attack someone else started. */
    REPELLED_BY: re(String.raw`\b(?:${w('repelled_by')})\s+by\s+(?:[\w-]+\s+){0,3}$`),
    /** "operating under X", "fighting under the banner of X": the actors named before it act as X. */
    UNDER: re(String.raw`^(?:\s+[\w-]+)?[\s,]*(?:(?:who|which|that|whom)\s+(?:are|were|is|was)\s+)?(?:(?:${w('umbrella_verbs')})\s+(?:under|within|as part of)|under)\s+(?:the\s+)?(?:(?:${w('umbrella_nouns')})\s+of\s+(?:the\s+)?)?$`),
    /** "gunmen (believed to be) linked to X": the link names unidentified attackers right before it. */
    LINKED: re(String.raw`\b(?:${w('link_words')})\s+(?:to|with)\s+(?:the\s+)?$`),
    /** Words that may stand between a generic armed noun and the actor that names it ("gang of about 100 X", "gunmen from the X"). */
    APPOSITION_GAP: re(String.raw`^[\s,(-]*(?:(?:${w('apposition_words')}|\d[\d,]*)[\s,(-]+)*$`),
    /** A bare armed role noun named by the actor after it ("forces from the Southern Resistance"). */
    MEMBER_NOUN: re(String.raw`^(?:${w('member_nouns')})$`),
    /** Fighting words in an identity mention the cue set leaves out ("Pokot militants", "a Kikuyu gang"). */
    IDENTITY_FIGHTERS: re(String.raw`\b(?:${w('identity_fighter_nouns')})\b`),
    /** An identity group named as the attacker right after it: "a Pokot raid on", "the Maasai community attacked". */
    IDENTITY_ATTACK: re(String.raw`^\s+(?:(?:${w('identity_group_nouns')})\s+)?(?:${w('identity_attack_verbs')})\b`),
    /** Attackers named as unknown. */
    UNKNOWN: re(String.raw`\b(?:${w('unknown_words')})\b`),
    /** "killed four", "an attack on the": a group named right after it is the target of the violence. */
    VICTIM_BEFORE: re(String.raw`\b(?:${w('victim_before_words')})\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+)?$`),
    /** A participle of violence with no object after it: "shot dead during a raid", "injured in Kelvo", "killed." */
    HEADLINE_PASSIVE: re(String.raw`^(?:${w('headline_participles')})(?:\s+(?:dead|to death))?\s*(?:[.,;]|$|\s+(?:during|in|at|on|near|after|when|while|as|following|inside|outside)\b)`),
    /** "police said", "sources confirmed": an actor reporting, not acting. */
    REPORTS: re(String.raw`^\s*(?:spokes\w+\s+|sources?\s+)?(?:${w('report_words')})\b`),
  };
}

/** "air strikes", "drone strikes": the weapon of a side, named as an actor only when nobody else is. */
const STRIKES = /^(?:air[\s-]?strikes?|airstrikes?|drone strikes?)$/i;

/** "Turkish forces conducted airstrikes": strikes after an armed side in the same sentence are its own, not another side. */
function ownStrikes(doc: Document, cands: Candidate[]): Candidate[] {
  return cands.filter((c, i) => !STRIKES.test(doc.text.slice(c.start, c.end)) || !cands.slice(0, i).some((b) => ARMED.has(b.inter) && !/[.;!?]/.test(doc.text.slice(b.end, c.start))));
}

/** Whether the text names a place (not the country itself: "Turkish", "Armenia") in the country. */
function placeIn(doc: Document, code: string): boolean {
  return doc.toponyms.some((t) => t.country_code === code && !!t.feature_code && !t.feature_code.startsWith('PCL'));
}

/** A headline's present passive: "two officers are killed", "a soldier is shot" (the trigger a participle). */
const PRESENT_AUX = /\b(?:is|are)\s+(?:\w+\s+)?$/i;
/** The trigger is the passive verb of the mention just before it: "officers were (later) shot", "a soldier was killed". */
const PASSIVE_TRIGGER = /^[^.;]{0,30}\b(?:was|were|been)\s+(?:\w+\s+)?$/i;

/** "threw stones at two soldiers", "fired on the police": the actor after it is the target. */
const AT_TARGET = /\b(?:at|on|against)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|some\s+|several\s+|\d+\s+)?$/i;

/** What may join the members of an umbrella: "Turkish forces and allied factions, ...". */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|as well as|along with)\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** A bare armed noun and "from"/"of" before a named actor: "forces from the Southern Resistance", "fighters of Hezbollah". */
const MEMBERS_OF = /^\s+(?:from|of)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,5}?(?:of|from)\s+(?:the\s+)?)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|its|their)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/i;

/**
 * "Turkish forces and allied factions, operating under Operation X, shelled ...": the named umbrella
 * is the side; the actors named before it in the same clause are its members and drop out.
 */
function underUmbrella(doc: Document, cands: Candidate[]): Candidate[] {
  const at = cands.findIndex((c, i) => i > 0 && c.role === 'named' && ARMED.has(c.inter) && rx().UNDER.test(doc.text.slice(cands[i - 1].end, c.start)));
  if (at < 0) return cands;
  // The members: the armed candidates right before it, joined by "and" or commas.
  let from = at - 1;
  while (from > 0 && ARMED.has(cands[from - 1].inter) && LIST_GAP.test(doc.text.slice(cands[from - 1].end, cands[from].start))) from--;
  if (!cands.slice(from, at).every((c) => ARMED.has(c.inter))) return cands;
  return [...cands.slice(0, from), { ...cands[at], start: cands[from].start, afterBy: cands[from].afterBy }, ...cands.slice(at + 1)];
}

/** The generic unidentified armed group's name without its country ("Unidentified Armed Group"). */
function unidentifiedName(): string {
  return knowledge().taxonomy.generic.unidentified?.name.replace(' ({country})', '') ?? 'Unidentified Armed Group';
}

/** "gunmen (believed to be) linked to X": the link names unidentified attackers right before it. */
function linkedToAttacker(doc: Document, out: Candidate[], c: Candidate): boolean {
  if (!rx().LINKED.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) return false;
  const prev = out.filter((b) => b.end <= c.start).pop();
  const unidentified = unidentifiedName();
  return !!prev && prev.inter === 3 && prev.name.startsWith(unidentified) && c.start - prev.end <= 40 && rx().APPOSITION_GAP.test(doc.text.slice(prev.end, c.start));
}


/**
 * "Armed fighters from the Pokot tribe", "a gang of 100 Kikuyu", "gunmen believed to be X": the generic
 * armed noun and the actor after it are one side, named by the specific actor (spanning both).
 */
function namedByApposition(doc: Document, cands: Candidate[]): Candidate[] {
  const unidentified = unidentifiedName();
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i], b = cands[i + 1];
    // "forces from (a battalion of) the Southern Resistance": a bare armed role noun named by the actor after it.
    if (a.role !== 'named' && b.role === 'named' && ARMED.has(a.inter) && ARMED.has(b.inter) && rx().MEMBER_NOUN.test(doc.text.slice(a.start, a.end)) && MEMBERS_OF.test(doc.text.slice(a.end, b.start))) {
      cands.splice(i, 2, { ...b, start: a.start, afterBy: a.afterBy, ally: a.ally });
      continue;
    }
    // "Raiders from Samburu", "bandits from the Pokot community": an unnamed identity side (inter 4) named by
    // the group after it is that group (where attackers come from is not a second side).
    const unnamed = (a.inter === 3 && a.name.startsWith(unidentified)) || (a.inter === 4 && b.inter === 4 && a.name.startsWith('Unidentified '));
    if (!unnamed || !ARMED.has(b.inter) || b.name.startsWith(unidentified) || (a.inter === 4 && b.name.startsWith('Unidentified '))) continue;
    if (b.start - a.end > 40 || !rx().APPOSITION_GAP.test(doc.text.slice(a.end, b.start))) continue;
    cands.splice(i, 2, { ...b, start: a.start, afterBy: a.afterBy });
  }
  return cands;
}


/**
 * ACLED codes members of an ethnic or communal group who are attacked (herders, a clan, villagers of a
 * community) as civilians, and only the group's fighters as an identity militia. An identity
 * candidate after the trigger of a one-sided attack ("raiders killed two herdsmen") that is not named
 * by a fighting noun ("militia", "raiders", "gunmen") and not one of two sides "between X and Y" is a victim.
 */
function victimsOfIdentity(doc: Document, cands: Candidate[], first: { toks: Tok[]; start: number; end: number }, triggerAt: number, country: string): void {
  const k = knowledge();
  if (anyMatch(k.cues.sides_between, first.toks)) return;
  const civ = generic('civilians', country);
  for (const c of cands) {
    if (c.inter !== 4 || c.start <= triggerAt || c.afterBy || c.end > first.end) continue;
    if (anyMatch(k.cues.identity_fighters, tokenize(doc.text, c.start, c.end)) || rx().IDENTITY_FIGHTERS.test(doc.text.slice(c.start, c.end)) || rx().IDENTITY_ATTACK.test(doc.text.slice(c.end, c.end + 40))) continue;
    c.inter = civ.inter;
    c.name = civ.name;
    c.role = 'victim';
  }
}

/** A group named as one of two sides: "between (the) X and", "X vs.". */
const BETWEEN_BEFORE = /(?:\b(?:between|among|amongst)\b[^.;:]{0,40}|\b(?:vs\.?|versus)\s*)$/i;
const VERSUS_AFTER = /^\s*(?:vs\.?|versus)(?:\s|$)/i;



/** The identity militias the report names as armed sides anywhere (not their unarmed members), in text order. */
function namedIdentityGroups(doc: Document, cands: Candidate[], country: string): { name: string; inter: number }[] {
  const out: { name: string; inter: number }[] = [];
  for (const a of doc.actors) {
    if (a.inter !== 4 || a.kind === 'unidentified' || crowdGroup(doc, a)) continue;
    // Members of the group who are the victims ("gunmen killed four Somalis") are civilians, not its militia.
    if (cands.some((c) => c.role === 'victim' && c.start <= a.start && c.end >= a.end) || rx().VICTIM_BEFORE.test(doc.text.slice(Math.max(0, a.start - 40), a.start))) continue;
    // "tension between the Pokot and the Turkana", "Kalenjin vs Kikuyu": two sides, neither known as the attacker.
    const twoSides = BETWEEN_BEFORE.test(doc.text.slice(Math.max(0, a.start - 50), a.start)) || VERSUS_AFTER.test(doc.text.slice(a.end, a.end + 12));
    const side = inEventCountry(doc, a, country);
    if (side.inter !== 4 || side.name.startsWith('Unidentified ')) continue;
    // ... but their kind is the kind of the violence: "Unidentified Ethnic Militia".
    const kind = twoSides ? / (Ethnic|Clan|Communal) Militia\b/.exec(side.name) : null;
    const group = kind ? { name: generic('unidentified', country).name.replace(/^Unidentified Armed Group/, `Unidentified ${kind[1]} Militia`), inter: 4 } : twoSides ? null : side;
    if (group && !out.some((o) => o.name === group.name)) out.push(group);
  }
  // Named groups first, the unnamed kind last.
  return out.sort((a, b) => Number(a.name.startsWith('Unidentified ')) - Number(b.name.startsWith('Unidentified ')));
}


/**
 * A crowd of civilians named as the subject of the violence ("residents beat a suspect"): the text
 * between it and the trigger is not passive ("residents were attacked") and the trigger is not
 * followed by "by" ("villagers killed by bandits").
 */
function crowdSubject(doc: Document, c: Candidate, triggerAt: number): boolean {
  if (!anyMatch(knowledge().cues.crowd_subject, tokenize(doc.text, c.start, c.end))) return false;
  const between = doc.text.slice(c.end, triggerAt);
  if (/\b(?:were|was|been|being|is|are|got)\b/i.test(between) || /[.;]/.test(between)) return false;
  const after = doc.text.slice(triggerAt, triggerAt + 40);
  // "2 people shot dead during a raid": a headline's passive participle with no object, not the crowd's act.
  if (rx().HEADLINE_PASSIVE.test(after)) return false;
  return !/^\S*\s+(?:by|at the hands of)\b/i.test(after);
}

/**
 * People attacked as suspected offenders ("a mob lynched a suspected thief", "police shot a suspected
 * robber") are civilians under ACLED's rules: individuals, not an organised armed group. Only
 * candidates after the trigger and not introduced by "by".
 */
function suspectedOffenders(doc: Document, cands: Candidate[], triggerAt: number, country: string): void {
  const civ = generic('civilians', country);
  for (const c of cands) {
    if (c.inter !== 3 || c.role === 'named' || c.start <= triggerAt || c.afterBy) continue;
    const from = Math.max(triggerAt, c.start - 30);
    if (!anyMatch(knowledge().cues.suspected_offender, tokenize(doc.text, from, c.end))) continue;
    c.inter = civ.inter;
    c.name = civ.name;
    c.role = 'victim';
  }
}

/** "police said", "according to the army": a source of the report, not a side of the event. */
function reportsOnly(doc: Document, c: Candidate): boolean {
  const after = doc.text.slice(c.end, c.end + 24);
  const before = doc.text.slice(Math.max(0, c.start - 24), c.start);
  if (rx().CLAIMED.test(doc.text.slice(c.end, c.end + 60))) return false;
  return rx().REPORTS.test(after) || /according to(?: the| a| an)?\s*$/i.test(before);
}

/**
 * `context`: the sentences before the mention; their armed actors are read only when the mention's own
 * sentences name none ("Police raided the area. A shoot-out broke out." → police are a side). `at`: the
 * event's place and day as buildEvent worked them out (for the sides of a frontline).
 */
export function assignParties(doc: Document, eventType: string, sub: string, parts: { toks: Tok[]; start: number; end: number }[], triggerAt: number, country: string, context: { toks: Tok[]; start: number; end: number }[], at: EventAt): Parties {
  const tax = knowledge().taxonomy;
  const cands = ownStrikes(doc, candidates(doc, parts, country));
  if (sub !== 'Armed clash') victimsOfIdentity(doc, cands, parts[0], triggerAt, country);
  suspectedOffenders(doc, cands, triggerAt, country);
  const evidence: Evidence[] = [];
  const use = (c: Candidate | undefined, field: string) => { if (c) evidence.push({ field, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) }); };
  let armed = cands.filter((c) => ARMED.has(c.inter) && !reportsOnly(doc, c));
  if (!armed.length && context.length) armed = candidates(doc, context, country).filter((c) => ARMED.has(c.inter) && !reportsOnly(doc, c) && c.role !== 'victim');
  // The agent: named after "by", or claiming the attack, or the first armed side before the trigger
  // that is not the subject of a passive verb ("two soldiers were killed by ...").
  const passive = (c: Candidate) => c.start < triggerAt && (rx().PASSIVE.test(doc.text.slice(c.end, triggerAt)) || (PRESENT_AUX.test(doc.text.slice(c.end, triggerAt)) && rx().PARTICIPLE.test(doc.text.slice(triggerAt, triggerAt + 20)))) && !/[.;]/.test(doc.text.slice(c.end, triggerAt));
  const claims = (c: Candidate) => rx().CLAIMED.test(doc.text.slice(c.end, c.end + 60));
  const allies = armed.filter((c) => c.ally);
  if (allies.length && allies.length < armed.length) armed = [...armed.filter((c) => !c.ally), ...allies];
  // "A police officer was shot dead at his home": state forces that are the subject of the passive trigger
  // ("were killed", "was shot") and the only party its sentence names are its target; the attacker is unnamed.
  const attacker = (): Candidate | undefined => {
    const c = perpetrator();
    // (An agent after "by", even one not read as an actor — "by a group of sellers" — is left to the crowd rules below.)
    const alone = c && !cands.some((o) => o !== c && o.name !== c.name && o.start >= parts[0].start && o.end <= parts[0].end) && !/\bby\b/i.test(doc.text.slice(triggerAt, parts[0].end));
    return c && alone && c.inter === 1 && c.start < triggerAt && PASSIVE_TRIGGER.test(doc.text.slice(c.end, triggerAt)) && !claims(c) ? undefined : c;
  };
  const perpetrator = (): Candidate | undefined => armed.find((c) => (c.afterBy || rx().AGENT_TO.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) && c.start >= parts[0].start && c.end <= parts[0].end) ?? armed.find(claims) ?? armed.find((c) => c.start < triggerAt && !passive(c)) ?? armed.find((c) => !passive(c)) ?? armed[0];
  let a1: { name: string; inter: number }, a2: { name: string; inter: number } = { name: '', inter: 0 };
  let c1: Candidate | undefined, c2: Candidate | undefined;
  if (eventType === 'Protests') {
    a1 = generic('protesters', country);
    c1 = cands.find((c) => c.inter === 6);
    if (sub !== 'Peaceful protest') { c2 = cands.find((c) => c.inter === 1); if (c2) a2 = c2; }
  } else if (eventType === 'Riots') {
    a1 = generic('rioters', country);
    c1 = cands.find((c) => c.inter === 5);
    c2 = cands.find((c) => c.inter === 1 || c.inter === 7 || (c.inter !== 5 && c.inter !== 6 && c.start > triggerAt));
    if (c2) a2 = c2;
    else if (sub === 'Mob violence') a2 = generic('civilians', country);
  } else if (eventType === 'Violence against civilians') {
    c1 = attacker();
    a1 = c1 ?? generic('unidentified', country);
    a2 = generic('civilians', country);
    c2 = cands.find((c) => c.inter === 7);
  } else if (eventType === 'Battles') {
    c1 = attacker();
    a1 = c1 ?? generic('unidentified', country);
    c2 = armed.find((c) => c !== c1 && c.name !== a1.name);
    // "Militants threw a grenade at police. Police responded with gunfire.": the other side is named in the sentence before.
    if (c1 && !c2 && context.length && rx().RESPONDED.test(doc.text.slice(c1.end, c1.end + 40))) {
      c2 = candidates(doc, context, country).filter((c) => ARMED.has(c.inter) && !reportsOnly(doc, c) && c.role !== 'victim' && c.name !== a1.name).pop();
      if (c2) { [c1, c2] = [c2, c1]; a1 = c1; }
    }
    // "raiders shot by police in response", "police responded, killing two raiders": the side that answered did not start the battle.
    if (c1 && c2 && !c2.ally && !claims(c1) && rx().ANSWERED.test(doc.text.slice(c1.end, c1.end + 40)) && !rx().ANSWERED.test(doc.text.slice(c2.end, c2.end + 40))) { [c1, c2] = [c2, c1]; a1 = c1; }
    // "Afghan forces repulsed their attack": the side whose attack was repelled started the battle.
    if (c1 && c2 && !c1.afterBy && !c2.ally && !claims(c1) && (c1.repeller || rx().REPEL.test(doc.text.slice(c1.end, c1.end + 90)))) { [c1, c2] = [c2, c1]; a1 = c1; }
    a2 = c2 ?? (a1.inter === 3 && a1.name === generic('unidentified', country).name ? { name: '', inter: 0 } : generic('unidentified', country));
  } else if (eventType === 'Explosions/Remote violence') {
    // "a roadside bomb targeted a police vehicle": forces named only as the object of the attack are its target.
    const target = (c: Candidate) => c.start > triggerAt && !c.afterBy && rx().OBJECT_OF.test(doc.text.slice(Math.max(0, c.start - 30), c.start)) && !rx().AGENT_TO.test(doc.text.slice(Math.max(0, c.start - 30), c.start));
    c1 = perpetrator();
    if (c1 && target(c1) && !armed.some((c) => c !== c1 && !target(c))) c1 = undefined;
    a1 = c1 ?? generic('unidentified', country);
    c2 = armed.find((c) => c !== c1 && c.name !== a1.name) ?? cands.find((c) => c.inter === 7);
    if (c2) a2 = c2.inter === 7 ? generic('civilians', country) : c2;
  } else {
    // Strategic developments: an actor the actor stage named ("Turkish forces", "HTS") before a bare role noun ("forces").
    c1 = sub === 'Arrests' ? cands.find((c) => c.inter === 1) : armed.find((c) => c.role === 'named') ?? armed[0] ?? cands[0];
    a1 = c1 ?? (sub === 'Arrests' ? { name: `Police Forces of ${country}`.replace(/ of $/, ''), inter: 1 } : generic('unidentified', country));
    if (sub === 'Looting/property destruction' || sub === 'Arrests') {
      c2 = cands.find((c) => c !== c1 && (c.inter === 7 || ARMED.has(c.inter)) && c.name !== a1.name);
      if (c2) a2 = c2.inter === 7 ? generic('civilians', country) : c2;
    }
  }
  // Fire on a frontline with no shooter named: the sides from who held the place (data/geo/areas-of-control.json).
  const front = frontlineSides(doc, eventType, parts, context, country, a2, at);
  if (front) { a1 = front.actor1; a2 = front.actor2; c1 = undefined; c2 = undefined; }
  // In ethnic, clan or communal violence an unnamed armed side is an identity militia (inter 4): the
  // group the report names elsewhere ("... Maasai villagers blame Kipsigis militia"), else the unnamed kind.
  const unidentified = generic('unidentified', country).name;
  if (eventType !== 'Protests' && eventType !== 'Riots' && (a1.name === unidentified || a2.name === unidentified)) {
    const groups = namedIdentityGroups(doc, cands, country).filter((g) => g.name !== a1.name && g.name !== a2.name);
    // (Not attackers the report calls unknown: "unidentified gunmen", "perpetrators unknown" stay unidentified.)
    const fromReport = a1.name === unidentified && groups.length > 0 && !parts.some((x) => rx().UNKNOWN.test(doc.text.slice(x.start, x.end)));
    if (fromReport) a1 = groups.shift()!;
    if (fromReport && (a2.name === unidentified || (eventType === 'Battles' && !a2.name)) && groups.length) a2 = groups.shift()!;
  }
  if (eventType !== 'Protests' && eventType !== 'Riots' && (a1.name === unidentified || a2.name === unidentified)) {
    const militia = identityMilitia(parts, country);
    if (militia) {
      if (a1.name === unidentified) a1 = militia;
      if (a2.name === unidentified) a2 = militia;
    }
  }
  use(c1, 'actor1');
  use(c2, 'actor2');
  const civilianTargeting = a2.inter === 7 && tax.civilianTargetingEventTypes.has(eventType) ? tax.civilianTargetingValue : '';
  const first = (c: Candidate) => c.start >= parts[0].start && c.end <= parts[0].end;
  const armedSides = new Set(armed.filter(first).map((c) => c.name)).size;
  const civilians = cands.some((c) => c.inter === 7 && first(c) && !reportsOnly(doc, c));
  const armedBefore = armed.some((c) => first(c) && c.start < triggerAt);
  const crowdBefore = cands.some((c) => first(c) && c.start <= triggerAt && (c.inter === 5 || (c.inter === 7 && crowdSubject(doc, c, triggerAt))));
  // "A policeman was beaten by a group of youths": a crowd is the agent after "by", and the armed sides named are only its passive victims.
  const armedVictim = (c: Candidate) => c.start < triggerAt && passive(c);
  const crowdAgent = cands.some((c) => first(c) && c.inter === 5 && c.afterBy && c.start > triggerAt) && armed.some((c) => first(c) && armedVictim(c)) && !armed.some((c) => first(c) && !armedVictim(c));
  // "A group of workers attacked police officers": forces after the trigger, not its agent ("by"), and
  // only an unarmed group of people before it.
  let crowdAgainstForces = false;
  if (c1 && c1.inter === 1 && first(c1) && !c1.afterBy && (c1.start > triggerAt || AT_TARGET.test(doc.text.slice(Math.max(parts[0].start, c1.start - 24), c1.start)))) {
    const before = parts[0].toks.filter((t) => t.end <= c1!.start);
    crowdAgainstForces = !armed.some((c) => first(c) && c.start < c1!.start) && anyMatch(knowledge().cues.crowd_attackers, before);
  } else if (c1 && c1.inter === 1 && first(c1) && c1.start < triggerAt && passive(c1)) {
    // "A policeman was beaten up by three men": the forces are the passive subject, an unarmed group the agent after "by".
    const after = parts[0].toks.filter((t) => t.start >= triggerAt);
    const by = after.findIndex((t) => t.norm === 'by');
    crowdAgainstForces = by >= 0 && !armed.some((c) => first(c) && c !== c1 && c.start >= triggerAt) && anyMatch(knowledge().cues.crowd_attackers, after.slice(by, by + 6));
  }
  // Fire exchanged both ways is a fight between armed sides, not a crowd's attack.
  if (crowdAgainstForces && parts.some((x) => anyMatch(knowledge().cues.two_sided_fire, x.toks))) crowdAgainstForces = false;
  return {
    armedSides,
    crowdAgainstForces,
    civilianVictims: civilians,
    otherArmed: armed.some((c) => first(c) && c !== c1 && c.name !== a1.name),
    civilianVictimsOnly: civilians && armedSides < 2 && !anyMatch(knowledge().cues.between_sides, parts[0].toks) && !anyMatch(knowledge().cues.two_sided_fire, parts[0].toks),
    crowdPerpetrator: (crowdBefore && !armedBefore) || crowdAgent,
    actor1: a1.name, inter1: a1.inter, actor2: a2.name, inter2: a2.inter,
    assoc_actor_1: '', assoc_actor_2: '',
    interaction: interactionCode(a1.inter, a2.inter),
    civilian_targeting: civilianTargeting,
    evidence,
  };
}
