// The actor dictionary: every data/actors/*.json file (and the user's own files) compiled into one
// phrase matcher. File kinds are recognised by their keys:
//   {"actors": [...]}                       named actors (armed groups, missions, factions)
//   {"periods": {...}, "units": [...]}      state forces: government periods and named units
//   {"groups": [...], "militiaCues": [...]} identity groups (ethnic, clan, communal)
//   {"kinds": {...}, ...}                   generic actors (protesters, civilians, gunmen ...)
// countries.json is read by countries.ts. A user file uses the same shapes (usually "actors").
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { countryTable } from './countries.js';
import { PhraseTrie } from './phrases.js';
import type { PeriodTable } from './periods.js';

export type GenericKind = 'protesters' | 'rioters' | 'civilians' | 'unidentified' | 'military' | 'police';
export type StateKind = 'military' | 'police';

/** A named actor of an "actors" file. */
export interface NamedActor {
  /** ACLED-style name; "{country}" is filled with the mention's country. */
  name: string;
  inter: number;
  /** ISO alpha-2 codes where the actor is active; empty = anywhere. */
  countries: string[];
  aliases: string[];
  affiliation?: string;
  /** Validity of this entry, YYYY-MM-DD (from inclusive, to exclusive). */
  from?: string;
  to?: string;
}

/** A named unit or agency of a country's state forces ("Kenya Defence Forces", "Republican Guard"). */
export interface StateUnit {
  aliases: string[];
  /** Fixed country; absent = the country of the adjective or of the context. */
  country?: string;
  kind: StateKind;
  from?: string;
  to?: string;
}

export interface IdentityGroup {
  name: string;
  kind: string;
  countries: string[];
  aliases: string[];
}

interface GenericKindSpec {
  inter: number;
  template: string;
  nouns: string[];
}

/** What a matched phrase can be; one phrase may play several roles. */
export type Role =
  | { role: 'named'; actor: NamedActor; alias: string }
  | { role: 'unit'; unit: StateUnit; alias: string }
  | { role: 'country'; codes: string[] }
  | { role: 'modifier' }
  | { role: 'noun'; kind: GenericKind }
  | { role: 'countryOnly'; kind: StateKind }
  | { role: 'identity'; group: IdentityGroup }
  | { role: 'cue' }
  | { role: 'groupNoun' }
  | { role: 'attack' }
  | { role: 'subject' }
  | { role: 'verb'; kind: 'protesters' | 'rioters' }
  | { role: 'assoc'; category: string };

export interface ActorDictionary {
  trie: PhraseTrie<Role>;
  periods: PeriodTable;
  kinds: Record<GenericKind, { inter: number; template: string }>;
  /** Files read, for messages. */
  files: string[];
}

const ACTORS_DIR = resolve(DATA_DIR, 'actors');

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function addFile(dict: ActorDictionary, data: Record<string, unknown>, path: string): void {
  const { trie } = dict;
  if (Array.isArray(data.actors)) {
    for (const a of data.actors as NamedActor[]) {
      if (typeof a.name !== 'string' || typeof a.inter !== 'number' || !Array.isArray(a.aliases)) {
        throw new Error(`${path}: every actor needs name, inter and aliases (${JSON.stringify(a).slice(0, 80)})`);
      }
      const actor: NamedActor = { ...a, countries: a.countries ?? [] };
      // ACLED names "ACRONYM: Full Name": both parts name the actor ("AA", "Arakan Army").
      const own = actor.name.replace(/\s*\(\{country\}\)/, '');
      const parts = /^([^:\s]{2,12}):\s+(.+)$/.exec(own);
      for (const alias of new Set([own, ...(parts ? [parts[1], parts[2]] : []), ...actor.aliases])) {
        trie.add(alias, { role: 'named', actor, alias });
      }
    }
  }
  if (data.periods && typeof data.periods === 'object') {
    for (const [code, starts] of Object.entries(data.periods as Record<string, string[]>)) {
      dict.periods.set(code, [...starts].sort());
    }
  }
  if (Array.isArray(data.units)) {
    for (const unit of data.units as StateUnit[]) for (const alias of unit.aliases) trie.add(alias, { role: 'unit', unit, alias });
  }
  if (Array.isArray(data.groups)) {
    for (const group of data.groups as IdentityGroup[]) {
      // Plurals name the group too ("the Maasais", "Luos").
      const names = group.aliases.flatMap((a) => (/[sxz]$/i.test(a) ? [a] : [a, `${a}s`]));
      for (const alias of new Set(names)) trie.add(alias, { role: 'identity', group }, true);
    }
    for (const cue of (data.militiaCues as string[] | undefined) ?? []) trie.add(cue, { role: 'cue' });
    for (const n of (data.groupNouns as string[] | undefined) ?? []) trie.add(n, { role: 'groupNoun' });
    for (const v of (data.attackVerbs as string[] | undefined) ?? []) trie.add(v, { role: 'attack' });
  }
  if (data.kinds && typeof data.kinds === 'object') {
    for (const [kind, spec] of Object.entries(data.kinds as Record<GenericKind, GenericKindSpec>)) {
      dict.kinds[kind as GenericKind] = { inter: spec.inter, template: spec.template };
      for (const noun of spec.nouns) trie.add(noun, { role: 'noun', kind: kind as GenericKind });
    }
    for (const m of (data.stateModifiers as string[] | undefined) ?? []) trie.add(m, { role: 'modifier' });
    for (const [kind, nouns] of Object.entries((data.countryOnlyNouns as Record<StateKind, string[]>) ?? {})) {
      for (const n of nouns) trie.add(n, { role: 'countryOnly', kind: kind as StateKind });
    }
    for (const [noun, category] of Object.entries((data.assoc as Record<string, string>) ?? {})) {
      trie.add(noun, { role: 'assoc', category });
    }
    for (const [kind, verbs] of Object.entries((data.subjectVerbs as Record<string, string[]>) ?? {})) {
      for (const v of verbs) trie.add(v, { role: 'verb', kind: kind as 'protesters' | 'rioters' }, true); // lower case: "March" is a month
    }
    for (const n of (data.subjectNouns as string[] | undefined) ?? []) trie.add(n, { role: 'subject' });
  }
}

function emptyDictionary(): ActorDictionary {
  const fallback = { inter: 0, template: '' };
  return {
    trie: new PhraseTrie<Role>(),
    periods: new Map(),
    kinds: { protesters: fallback, rioters: fallback, civilians: fallback, unidentified: fallback, military: fallback, police: fallback },
    files: [],
  };
}

/**
 * Build a dictionary from the bundled files plus `extraFiles` (paths of the user's own JSON files,
 * e.g. ctx.actorFiles). Throws with the file name when a file cannot be read or has a bad entry.
 */
export function buildActorDictionary(extraFiles: string[] = []): ActorDictionary {
  const dict = emptyDictionary();
  const bundled = readdirSync(ACTORS_DIR).filter((f) => f.endsWith('.json') && f !== 'countries.json').sort();
  for (const f of [...bundled.map((b) => resolve(ACTORS_DIR, b)), ...extraFiles]) {
    addFile(dict, readJson(f), f);
    dict.files.push(f);
  }
  // Country names are proper nouns: matched with their case ("the States" but not "the states").
  for (const [word, codes] of countryTable().words) dict.trie.add(word, { role: 'country', codes }, true);
  return dict;
}

const cache = new Map<string, ActorDictionary>();

/** The dictionary for a set of user files, built once per process and set of files. */
export function loadActorDictionary(extraFiles: string[] = []): ActorDictionary {
  const key = extraFiles.join('\u0000');
  let dict = cache.get(key);
  if (!dict) cache.set(key, (dict = buildActorDictionary(extraFiles)));
  return dict;
}
