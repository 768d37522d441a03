// The coder's knowledge files (data/taxonomy, data/lexicons), read and compiled once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { compileAll, type Pattern } from './patterns.js';

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...parts), 'utf8')) as T;
}

export interface TriggerRule {
  sub: string;
  weight: number;
  patterns: Pattern[];
  with: string[];
  /** Cue sets that also hold when found in one of the following sentences. */
  withAfter: string[];
  without: string[];
}
export interface CombineRule {
  when: string[];
  cue?: string;
  becomes: string;
  drop: string[];
}
export interface ModalityCue {
  reason: string;
  scope: 'before' | 'sentence';
  window: number;
  patterns: Pattern[];
  /** A trigger coordinated after the cue's noun phrase ("against the arrest of X and destroyed ...") is a new predicate, outside the cue. */
  coordinationEnds: boolean;
}
export interface NumberLexicon {
  killed: Pattern[];
  injured: Pattern[];
  arrested: Pattern[];
  abducted: Pattern[];
  /** Other outcomes ('displaced', 'stolen'): a number tied to one is not a count of the dead. */
  other: Pattern[];
  casualtiesOnly: Pattern[];
  unknown: Pattern[];
  singularVictims: Pattern[];
  excludeBefore: Pattern[];
  /** "a gang of 100": a number right after one of these counts perpetrators. */
  groupOf: Pattern[];
  /** "100 raiders attacked": words right after a number that make it a count of perpetrators. */
  perpetratorAfter: Pattern[];
  numberWords: Record<string, number>;
  /** "before turning the gun on himself": phrases after "before"/"then" that tell the attacker's own death (numbers.json own_death). */
  ownDeath: string[];
  vagueWords: Record<string, number>;
  /** Deaths named as the cause or background of the event ("protest the killing of ..."): not its fatalities. */
  backgroundDeath: Pattern[];
  backgroundDeathUntilVerb: Pattern[];
  /** "no fatalities reported", "nobody was killed": 0, not unknown. */
  noDeaths: Pattern[];
  /** Word lists that tell one victim from several when no number is given (numbers.json victim_grammar). */
  victimGrammar: Record<string, Set<string>>;
}
export interface RoleNoun {
  role: string;
  inter: number;
  /** "Military Forces of {country}" ... */
  name: string;
  patterns: Pattern[];
}
export interface Knowledge {
  triggers: TriggerRule[];
  /** Every trigger pattern in one list (one scan of a sentence finds them all), and the rule of each. */
  triggerPatterns: Pattern[];
  ruleOf: Map<Pattern, { rule: TriggerRule; index: number }>;
  cues: Record<string, Pattern[]>;
  combine: CombineRule[];
  byParties: { from: string; when: string; becomes: string }[];
  /** Triggers that only tell the outcome of an event (killed, injured): see refiners.json "outcome_only". */
  outcomeOnly: Pattern[];
  modality: ModalityCue[];
  modalityExempt: Record<string, Set<string>>;
  /** Nouns a date may name as a topic ("the August 8 polls"): such a date is not the event's (modality.json date_topics). */
  dateTopics: Set<string>;
  /** Words that open the cause clause told after an act ("lynched for a murder two weeks ago"; modality.json cause_words). */
  causeWords: Set<string>;
  numbers: NumberLexicon;
  roles: RoleNoun[];
  /** The word lists of roles.json besides its roles ("ally_verbs", "former_words" ...), for the coder's who-did-what rules. */
  roleWords: Record<string, string[]>;
  /** The word lists of modality.json besides its cues ("date_words" ...). */
  modalityWords: Record<string, string[]>;
  /** Every role pattern in one list, and the role (with its position in roles.json) of each. */
  rolePatterns: Pattern[];
  roleOf: Map<Pattern, { role: RoleNoun; index: number }>;
  taxonomy: Taxonomy;
}

export interface SubEventType {
  name: string;
  eventType: string;
  disorderType: string;
  definition: string;
  /** Position in ACLED's hierarchy: lower is higher precedence. */
  rank: number;
  /** Position of its event type in the merge order: lower absorbs higher. */
  mergeRank: number;
}
export interface Taxonomy {
  subEventTypes: Map<string, SubEventType>;
  civilianTargetingValue: string;
  civilianTargetingEventTypes: Set<string>;
  generic: Record<string, { name: string; inter: number }>;
}

interface RawTaxonomy {
  event_types: { name: string; disorder_type: string; sub_event_types: { name: string; definition: string; disorder_type?: string }[] }[];
  precedence: string[];
  merge_order: string[];
  civilian_targeting: { value: string; event_types: string[] };
  generic_actors: Record<string, { name: string; inter: number }>;
}

function loadTaxonomy(): Taxonomy {
  const raw = readJson<RawTaxonomy>('taxonomy', 'acled.json');
  const subEventTypes = new Map<string, SubEventType>();
  for (const et of raw.event_types) {
    for (const s of et.sub_event_types) {
      subEventTypes.set(s.name, {
        name: s.name,
        eventType: et.name,
        disorderType: s.disorder_type ?? et.disorder_type,
        definition: s.definition,
        rank: raw.precedence.indexOf(s.name),
        mergeRank: raw.merge_order.indexOf(et.name),
      });
    }
  }
  return {
    subEventTypes,
    civilianTargetingValue: raw.civilian_targeting.value,
    civilianTargetingEventTypes: new Set(raw.civilian_targeting.event_types),
    generic: raw.generic_actors,
  };
}

/** The word-list entries of a lexicon file: its array-valued top-level keys, but the named ones. */
function arrays(file: object, but: string[]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(file).filter(([k, v]) => Array.isArray(v) && !but.includes(k))) as Record<string, string[]>;
}

/**
 * A word list as the alternatives of a regular expression (no group around them), for rules that
 * build their regex from a lexicon list once. Each entry is a word or phrase in the pattern language
 * of the lexicons: words separated by spaces, "a|b" alternative words in one place, "*" any ending
 * ("repel*"). Everything else is matched literally. An empty list matches nothing.
 */
export function alternatives(words: Iterable<string>): string {
  const word = (w: string) => w.replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '\\w*');
  const slot = (s: string) => (s.includes('|') ? `(?:${s.split('|').map(word).join('|')})` : word(s));
  const list = [...words];
  // An empty list matches nothing (not the empty string).
  return list.length ? list.map((w) => w.split(' ').map(slot).join(' ')).join('|') : '(?!)';
}

let cached: Knowledge | null = null;
let lintFindings: string[] = [];

/** The pattern lint findings of the loaded lexicons ("<file> <rule> pattern <i> "<source>": <problem>"). */
export function lexiconLint(): string[] {
  knowledge();
  return lintFindings;
}

/** Everything the coder knows, loaded on first use. */
export function knowledge(): Knowledge {
  if (cached) return cached;
  const triggers = readJson<{ rules: { sub: string; weight: number; patterns: string[]; with?: string[]; with_after?: string[]; without?: string[] }[] }>('lexicons', 'triggers.json');
  const cues = readJson<{ sets: Record<string, string[]> }>('lexicons', 'cues.json');
  const refiners = readJson<{ combine: CombineRule[]; by_parties?: { from: string; when: string; becomes: string }[]; outcome_only?: string[] }>('lexicons', 'refiners.json');
  const modality = readJson<{ cues: { reason: string; scope: 'before' | 'sentence'; window?: number; patterns: string[]; coordination_ends_scope?: boolean }[]; exempt_for: Record<string, string[] | string>; date_topics?: string[]; cause_words?: string[] }>('lexicons', 'modality.json');
  const numbers = readJson<Record<string, unknown>>('lexicons', 'numbers.json');
  const roles = readJson<{ roles: { role: string; inter: number; name: string; patterns: string[] }[] }>('lexicons', 'roles.json');
  const taxonomy = loadTaxonomy();
  for (const r of triggers.rules) if (!taxonomy.subEventTypes.has(r.sub)) throw new Error(`triggers.json: unknown sub-event type "${r.sub}"`);
  // Pattern lint findings (patterns.ts lintPattern) name the file and rule; printed once, at load.
  const lint: string[] = [];
  const list = (k: string) => compileAll(numbers[k] as string[], `numbers.json ${k}`, lint);
  cached = {
    triggerPatterns: [],
    ruleOf: new Map(),
    triggers: triggers.rules.map((r) => ({ sub: r.sub, weight: r.weight, patterns: compileAll(r.patterns, `triggers.json rules[${triggers.rules.indexOf(r)}] (${r.sub})`, lint), with: r.with ?? [], withAfter: r.with_after ?? [], without: r.without ?? [] })),
    cues: Object.fromEntries(Object.entries(cues.sets).map(([k, v]) => [k, compileAll(v, `cues.json sets.${k}`, lint)])),
    combine: refiners.combine,
    byParties: refiners.by_parties ?? [],
    outcomeOnly: compileAll(refiners.outcome_only ?? [], 'refiners.json outcome_only', lint),
    modality: modality.cues.map((c) => ({ reason: c.reason, scope: c.scope, window: c.window ?? 6, coordinationEnds: !!c.coordination_ends_scope, patterns: compileAll(c.patterns, `modality.json cues[${modality.cues.indexOf(c)}] (${c.reason})`, lint) })),
    modalityExempt: Object.fromEntries(Object.entries(modality.exempt_for).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, new Set(v as string[])])),
    dateTopics: new Set((modality.date_topics ?? []).map((w) => w.toLowerCase())),
    causeWords: new Set((modality.cause_words ?? []).map((w) => w.toLowerCase())),
    numbers: {
      killed: list('killed'),
      injured: list('injured'),
      arrested: list('arrested'),
      abducted: list('abducted'),
      other: compileAll((numbers.other_outcomes as string[] | undefined) ?? [], 'numbers.json other_outcomes', lint),
      casualtiesOnly: list('casualties_only'),
      unknown: list('unknown'),
      singularVictims: list('singular_victims'),
      excludeBefore: list('exclude_before'),
      groupOf: compileAll((numbers.group_of as string[] | undefined) ?? [], 'numbers.json group_of', lint),
      perpetratorAfter: compileAll((numbers.perpetrator_after as string[] | undefined) ?? [], 'numbers.json perpetrator_after', lint),
      numberWords: numbers.number_words as Record<string, number>,
      vagueWords: numbers.vague_words as Record<string, number>,
      backgroundDeath: compileAll((numbers.background_death as string[] | undefined) ?? [], 'numbers.json background_death', lint),
      noDeaths: compileAll((numbers.no_deaths as string[] | undefined) ?? [], 'numbers.json no_deaths', lint),
      backgroundDeathUntilVerb: compileAll((numbers.background_death_until_verb as string[] | undefined) ?? [], 'numbers.json background_death_until_verb', lint),
      ownDeath: (numbers.own_death as string[] | undefined) ?? [],
      victimGrammar: Object.fromEntries(Object.entries((numbers.victim_grammar ?? {}) as Record<string, string[] | string>).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, new Set(v as string[])])),
    },
    roles: roles.roles.map((r) => ({ role: r.role, inter: r.inter, name: r.name, patterns: compileAll(r.patterns, `roles.json roles[${roles.roles.indexOf(r)}] (${r.role})`, lint) })),
    roleWords: arrays(roles, ['roles']),
    modalityWords: arrays(modality, ['cues']),
    rolePatterns: [],
    roleOf: new Map(),
    taxonomy,
  };
  cached.roles.forEach((role, index) => { for (const p of role.patterns) { cached!.rolePatterns.push(p); cached!.roleOf.set(p, { role, index }); } });
  cached.triggers.forEach((rule, index) => { for (const p of rule.patterns) { cached!.triggerPatterns.push(p); cached!.ruleOf.set(p, { rule, index }); } });
  for (const r of cached.triggers) for (const c of [...r.with, ...r.withAfter, ...r.without]) if (!cached.cues[c]) throw new Error(`triggers.json: unknown cue set "${c}"`);
  lintFindings = lint;
  if (lint.length && !process.env.SITREP_QUIET_LINT) process.stderr.write(lint.map((l) => `sitrep: data/lexicons/${l}\n`).join(''));
  return cached;
}

/** The interaction code of two inter codes: lowest first; one-sided events are X0. */
export function interactionCode(inter1: number, inter2: number): number {
  if (!inter2) return inter1 * 10;
  if (!inter1) return inter2 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}
