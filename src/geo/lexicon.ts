// The geoparser's knowledge files (data/geo/*.json), loaded once per process.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';

export interface RecognitionLexicon {
  connectors: Set<string>;
  functionWords: Set<string>;
  placeCuesBefore: string[];
  strongCuesBefore: Set<string>;
  typeWordsAfter: Record<string, string>;
  placeFollowers: Set<string>;
  qualifiers: Set<string>;
  titles: Set<string>;
  never: Set<string>;
  needsContext: Set<string>;
  personVerbsAfter: Set<string>;
  capitalisedTypeWords: Set<string>;
  firstNames: Set<string>;
  /** Words after a name that make it a street's name ("Washington Drive"). */
  streetWordsAfter: Set<string>;
  /** Words inside organisation names ("Church", "Bank"): the word after them is no surname. */
  orgWords: Set<string>;
  /** Party letters before a legislator's home ("R-Marshall"), case-sensitive. */
  partyPrefixes: Set<string>;
  /** Three-character dotted forms that are not only state abbreviations ("Ind.", "Pa."). */
  ambiguousAbbreviations: Set<string>;
  /** Particles that join the words of one longer name ("de la", "el"): a match inside such a name is partial. */
  nameJoiners: Set<string>;
  /** Particles that begin a name and are no article to strip ("Abu Nasr"). */
  nameParticles: Set<string>;
  /** Compass words that end a district or constituency named after its town or area ("Isiolo South", "Embu West"). */
  compassAfter: Set<string>;
}

export interface ResolutionPriors {
  featurePrior: Record<string, number>;
  featureClassPrior: Record<string, number>;
  kindPrior: Record<string, number>;
  typicalPopulation: Record<string, number>;
  weights: Record<string, number>;
}

let lex: RecognitionLexicon | null = null;
let priors: ResolutionPriors | null = null;

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(DATA_DIR, 'geo', name), 'utf8')) as T;
}

export function recognitionLexicon(): RecognitionLexicon {
  if (!lex) {
    const r = readJson<Record<string, unknown>>('recognition.json');
    const set = (k: string) => new Set((r[k] as string[]).map((s) => s.toLowerCase()));
    lex = {
      connectors: set('connectors'),
      functionWords: set('functionWords'),
      placeCuesBefore: (r.placeCuesBefore as string[]).slice().sort((a, b) => b.length - a.length),
      strongCuesBefore: set('strongCuesBefore'),
      typeWordsAfter: r.typeWordsAfter as Record<string, string>,
      placeFollowers: set('placeFollowers'),
      qualifiers: set('qualifiers'),
      titles: set('titles'),
      never: set('never'),
      needsContext: set('needsContext'),
      personVerbsAfter: set('personVerbsAfter'),
      capitalisedTypeWords: set('capitalisedTypeWords'),
      firstNames: set('firstNames'),
      orgWords: set('orgWords'),
      streetWordsAfter: set('streetWordsAfter'),
      partyPrefixes: new Set((r.partyPrefixes as string[] | undefined) ?? []),
      ambiguousAbbreviations: new Set(((r.ambiguousAbbreviations as string[] | undefined) ?? []).map((x) => x.toLowerCase())),
      nameJoiners: new Set(((r.nameJoiners as string[] | undefined) ?? []).map((x) => x.toLowerCase())),
      nameParticles: new Set(((r.nameParticles as string[] | undefined) ?? []).map((x) => x.toLowerCase())),
      compassAfter: new Set(((r.compassAfter as string[] | undefined) ?? []).map((x) => x.toLowerCase())),
    };
  }
  return lex;
}

export function resolutionPriors(): ResolutionPriors {
  if (!priors) priors = readJson<ResolutionPriors>('resolution.json');
  return priors;
}

let modifiers: Set<string> | null = null;
/** Words after a country's name that make it a modifier ("US dollar", "Turkish embassy"): data/geo/event-place.json. */
export function countryModifierWords(): Set<string> {
  modifiers ??= new Set(readJson<{ countryModifiersAfter: string[] }>('event-place.json').countryModifiersAfter);
  return modifiers;
}
