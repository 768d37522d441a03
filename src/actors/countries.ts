// Country names and adjectives for actor names, ACLED style ("Democratic Republic of Congo", "Turkey").
// Base data: the world-countries package (names, demonyms, alternative spellings); ACLED's own
// spellings and extra adjectives from data/actors/countries.json.
// TODO(geoparser): switch to src/gazetteer/countries.ts (findCountry/countryByCode) when it lands.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface CountryFile {
  names: Record<string, string>;
  withThe: string[];
  adjectives: Record<string, string[]>;
}

export interface CountryTable {
  /** ISO alpha-2 → ACLED country name. */
  names: Map<string, string>;
  /** ISO alpha-2 codes whose name takes "the" inside a state-force name. */
  withThe: Set<string>;
  /** A country's names, short names and adjectives ("Kenya", "Kenyan", "KDF"...) → codes. */
  words: Map<string, string[]>;
}

let table: CountryTable | null = null;

/** The country table, built once per process. */
export function countryTable(): CountryTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  const file = JSON.parse(readFileSync(resolve(DATA_DIR, 'actors/countries.json'), 'utf8')) as CountryFile;
  const names = new Map<string, string>();
  const words = new Map<string, string[]>();
  const add = (word: string, code: string) => {
    if (!word || word.length < 2) return;
    const list = words.get(word) ?? [];
    if (!list.includes(code)) list.push(code);
    words.set(word, list);
  };
  for (const c of world) {
    names.set(c.cca2, file.names[c.cca2] ?? c.name.common);
    add(c.name.common, c.cca2);
    if (c.demonyms?.eng?.m) add(c.demonyms.eng.m, c.cca2);
    if (file.names[c.cca2]) add(file.names[c.cca2], c.cca2);
  }
  for (const [code, adjectives] of Object.entries(file.adjectives)) for (const a of adjectives) add(a, code);
  table = { names, withThe: new Set(file.withThe), words };
  return table;
}

/** ACLED-style name of a country ("CD" → "Democratic Republic of Congo"); null when unknown. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return countryTable().names.get(code.toUpperCase()) ?? null;
}

/** Codes of the countries a name or adjective may refer to ("Congolese" → ["CD", "CG"]). */
export function countriesForWord(word: string): string[] {
  return countryTable().words.get(word) ?? [];
}
