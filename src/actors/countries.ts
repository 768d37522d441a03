// Country names and adjectives for actor names, ACLED style ("Democratic Republic of Congo", "Turkey").
// Names, aliases and demonyms come from the geoparser's country table (src/gazetteer/countries.ts);
// data/actors/countries.json adds what actor names need on top: the countries whose name takes
// "the" inside a state-force name, and extra adjectives and short forms used in conflict news
// ("Saudi-led", "FARDC", "IDF").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { allCountries } from '../gazetteer/countries.js';

interface CountryFile {
  withThe: string[];
  adjectives: Record<string, string[]>;
}

export interface CountryTable {
  /** ISO alpha-2 → ACLED country name. */
  names: Map<string, string>;
  /** ISO alpha-2 codes whose name takes "the" inside a state-force name. */
  withThe: Set<string>;
  /** A country's names, short names and adjectives ("Kenya", "Kenyan", "DRC"...) → codes. */
  words: Map<string, string[]>;
}

let table: CountryTable | null = null;

/** The country table, built once per process. */
export function countryTable(): CountryTable {
  if (table) return table;
  const file = JSON.parse(readFileSync(resolve(DATA_DIR, 'actors/countries.json'), 'utf8')) as CountryFile;
  const names = new Map<string, string>();
  const words = new Map<string, string[]>();
  const add = (word: string, code: string) => {
    if (!word || word.length < 2) return;
    const list = words.get(word) ?? [];
    if (!list.includes(code)) list.push(code);
    words.set(word, list);
  };
  // Our adjectives first, then names, then aliases and demonyms: the first code of a word is the
  // one meant by default ("French" → FR before the French overseas territories).
  for (const [code, adjectives] of Object.entries(file.adjectives)) for (const a of adjectives) add(a, code);
  const countries = allCountries();
  for (const c of countries) names.set(c.iso2, c.name);
  for (const c of countries) add(c.name, c.iso2);
  for (const c of countries) for (const w of [...c.aliases, ...c.demonyms]) add(w, c.iso2);
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

/** Whether a text names a country or nationality ("Turkish forces", "forces of Armenia", "KDF" aside). */
export function namesCountry(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  const t = countryTable().words;
  for (let i = 0; i < words.length; i++) {
    if (t.has(words[i]) || (i + 1 < words.length && t.has(`${words[i]} ${words[i + 1]}`)) || (i + 2 < words.length && t.has(`${words[i]} ${words[i + 1]} ${words[i + 2]}`))) return true;
  }
  return false;
}
