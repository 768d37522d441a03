// Generic ACLED actors built from a kind and a country: "Protesters (Kenya)", "Civilians (Kenya)",
// "Unidentified Armed Group (Kenya)", "Military Forces of Kenya (2013-2022)".
import { countryName, countryTable } from './countries.js';
import { loadActorDictionary, type ActorDictionary, type GenericKind, type StateKind } from './dictionary.js';
import { periodLabel } from './periods.js';

/** "Military Forces of the Philippines (2016-2022)"; without a known country "Military Forces". */
export function stateForceName(kind: StateKind, code: string | null, date?: string | null, dict: ActorDictionary = loadActorDictionary()): string {
  const base = kind === 'military' ? 'Military Forces' : 'Police Forces';
  const name = countryName(code);
  if (!code || !name) return base;
  const the = countryTable().withThe.has(code.toUpperCase()) ? 'the ' : '';
  const period = periodLabel(dict.periods, code.toUpperCase(), date);
  return `${base} of ${the}${name}${period ? ' ' + period : ''}`;
}

/**
 * The ACLED generic actor of a kind in a country at a date, with its inter code:
 * genericActor('police', 'KE', '2019-05-01') → { actor: 'Police Forces of Kenya (2013-2022)', inter: 1 }.
 * An unknown country code gives the name without the country ("Protesters").
 */
export function genericActor(kind: GenericKind, countryCode: string, date?: string, dict: ActorDictionary = loadActorDictionary()): { actor: string; inter: number } {
  const spec = dict.kinds[kind];
  if (kind === 'military' || kind === 'police') return { actor: stateForceName(kind, countryCode, date, dict), inter: spec.inter };
  const name = countryName(countryCode);
  const actor = name ? spec.template.replace('{country}', name) : spec.template.replace(/\s*\(\{country\}\)/, '');
  return { actor, inter: spec.inter };
}

/** "Students" + "KE" → "Students (Kenya)". */
export function assocName(category: string, countryCode: string | null): string {
  const name = countryName(countryCode);
  return name ? `${category} (${name})` : category;
}
