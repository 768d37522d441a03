// The country table: ISO codes, ACLED-style names, aliases, demonyms and centroids.
// Built from the `world-countries` package (mledoze/countries, ODbL 1.0: "Made with Natural Earth"
// and the data of the countries project) plus data/geo/countries.json, which we wrote: ACLED's
// spelling of country names, and the aliases and demonyms news uses ("DRC", "Syrian", "Ivory Coast").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { foldName } from './fold.js';

export interface Country {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric, as ACLED's `iso` column. */
  isoNumeric: number | null;
  /** ACLED-style common English name ("Democratic Republic of Congo", "Syria"). */
  name: string;
  aliases: string[];
  demonyms: string[];
  /** A representative point (world-countries' `latlng`). */
  latitude: number;
  longitude: number;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string; cca3: string; ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

interface CountryExtras {
  acledNames: Record<string, string>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
}

let table: { byCode: Map<string, Country>; byKey: Map<string, Country>; all: Country[] } | null = null;

function load() {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const world: WorldCountry[] = require('world-countries/countries.json');
  const extras: CountryExtras = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/countries.json'), 'utf8'));
  const byCode = new Map<string, Country>();
  const byKey = new Map<string, Country>();
  const all: Country[] = [];
  for (const w of world) {
    const iso2 = w.cca2;
    const name = extras.acledNames[iso2] ?? w.name.common;
    const aliases = unique([w.name.common, w.name.official, ...w.altSpellings.filter((a) => a.length > 2), ...(extras.aliases[iso2] ?? [])]).filter((a) => a !== name);
    const demonyms = unique([w.demonyms?.eng?.m, w.demonyms?.eng?.f, ...(extras.demonyms[iso2] ?? [])].filter((d): d is string => !!d));
    const c: Country = {
      iso2,
      iso3: w.cca3,
      isoNumeric: w.ccn3 ? Number(w.ccn3) : null,
      name,
      aliases,
      demonyms,
      latitude: w.latlng[0],
      longitude: w.latlng[1],
    };
    byCode.set(iso2, c);
    all.push(c);
  }
  // Names first, then aliases, then demonyms: a name always wins over another country's alias.
  for (const pass of ['name', 'alias', 'demonym'] as const) {
    for (const c of all) {
      const words = pass === 'name' ? [c.name] : pass === 'alias' ? c.aliases : c.demonyms;
      for (const w of words) {
        const key = foldName(w);
        if (key && !byKey.has(key)) byKey.set(key, c);
      }
    }
  }
  table = { byCode, byKey, all };
  return table;
}

function unique(xs: (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x && x.trim().length > 0))];
}

/** The country with this ISO 3166-1 alpha-2 code ("SY"), or null. */
export function countryByCode(iso2: string | null | undefined): Country | null {
  if (!iso2) return null;
  return load().byCode.get(iso2.toUpperCase()) ?? null;
}

/** The country a name, alias or demonym refers to ("Syria", "Syrian", "DRC", "Ivory Coast"), or null. */
export function findCountry(nameOrDemonymOrAlias: string): Country | null {
  const key = foldName(nameOrDemonymOrAlias.replace(/^the\s+/i, ''));
  return load().byKey.get(key) ?? null;
}

/** Every country, in world-countries order. */
export function allCountries(): Country[] {
  return load().all;
}
