// The country of a report that names no place the gazetteer knows: from the countries in the names of
// the recognised actors ("Police Forces of Kenya (2013-2022)", "Pokot Ethnic Militia (Kenya)", the
// associated "Turkana Ethnic Group (Kenya)"), and from names that belong to one country
// (data/geo/country-cues.json: national parties). A country named outright or by its demonym is a
// toponym already (chooseEventPlace); one that only modifies a noun ("British nationals") says nothing. ACLED records no event at country level only, so this gives the country (and the
// actors' country), never a point.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { actorCountry } from '../actors/index.js';
import type { Document } from '../document.js';
import { countryByCode } from '../gazetteer/countries.js';
import { DATA_DIR } from '../paths.js';

interface Cue { code: string; figure: boolean }
/** One pattern for every name of country-cues.json (longest first), and what each name stands for. */
let cueIndex: { re: RegExp; byName: Map<string, Cue[]> } | null = null;
function cues(): { re: RegExp; byName: Map<string, Cue[]> } {
  if (!cueIndex) {
    const data = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/country-cues.json'), 'utf8')) as { cues: Record<string, string[]>; figures?: Record<string, string[]> };
    const byName = new Map<string, Cue[]>();
    const add = (lists: Record<string, string[]>, figure: boolean) => {
      for (const [code, names] of Object.entries(lists)) for (const name of names) byName.set(name, [...(byName.get(name) ?? []), { code, figure }]);
    };
    add(data.cues, false);
    add(data.figures ?? {}, true);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(esc);
    cueIndex = { re: new RegExp(`(?<![\\p{L}\\p{N}-])(${names.join('|')})(?:['’]?s)?(?![\\p{L}\\p{N}-])`, 'gu'), byName };
  }
  return cueIndex;
}

/** The cue matches of the last text seen (a document's places are chosen once per event mention). */
let lastCues: { text: string; votes: [string, number][]; figures: { start: number; end: number }[] } | null = null;
function cueMatches(text: string) {
  if (lastCues?.text === text) return lastCues;
  const votes = new Map<string, number>();
  const figures: { start: number; end: number }[] = [];
  const { re, byName } = cues();
  for (const m of text.matchAll(re)) {
    for (const { code, figure } of byName.get(m[1]) ?? []) {
      addVote(votes, code, 1);
      if (figure) figures.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  lastCues = { text, votes: [...votes], figures };
  return lastCues;
}

/** The countries of the national names in a text (parties, national bodies, national figures; possessive "Kibaki's", or "Kibakis" where the apostrophe was lost): 1 per mention. */
export function cueCountryVotes(text: string, votes = new Map<string, number>()): Map<string, number> {
  for (const [code, n] of cueMatches(text).votes) addVote(votes, code, n);
  return votes;
}

/** Where the text names a national figure ("Kibaki", "Museveni"): a place name inside is the person's name, not a place. */
export function figureSpans(text: string): { start: number; end: number }[] {
  return cueMatches(text).figures;
}

/**
 * The countries of the actors known by their own name (1 each; 0.5 for an associated one). Not a generic
 * actor ("police", "protesters"): its country is taken from the event's place.
 */
export function actorCountryVotes(doc: Document, kinds = ['named', 'identity'], ownNameOnly = false): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (cc: string | null | undefined, w: number) => addVote(votes, cc, w);
  for (const a of doc.actors ?? []) {
    if (!kinds.includes(a.kind ?? '')) continue;
    // ownNameOnly: not an actor whose words include a place or demonym ("Ethiopian raiders"), counted already.
    // Nor an "Unidentified Armed Group (X)": its country is ACLED's note of where it acted, not its name.
    if (ownNameOnly && (a.actor.startsWith('Unidentified ') || doc.toponyms.some((t) => t.start < a.end && t.end > a.start))) continue;
    vote(actorCountry(a.actor), 1);
    for (const x of a.assoc ?? []) vote(actorCountry(x), 0.5);
  }
  return votes;
}

/** The country with the most votes, its vote and the runner-up's (a tie when the two are equal). */
export function leadingVote(votes: Map<string, number>): { best: string | null; top: number; second: number } {
  let best: string | null = null, top = 0, second = 0;
  for (const [cc, v] of votes) {
    if (v > top) { second = top; top = v; best = cc; } else if (v > second) second = v;
  }
  return { best, top, second };
}

function addVote(votes: Map<string, number>, cc: string | null | undefined, w: number): void {
  if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
}

export interface DocumentCountry { country: string; iso: number | null; country_code: string }

/** The one country the document's actors, country names and national cues point to most, or null (none, or a tie). */
export function documentCountry(doc: Document): DocumentCountry | null {
  const votes = cueCountryVotes(doc.text, actorCountryVotes(doc));
  const { best, top, second } = leadingVote(votes);
  if (!best || top < 0.5 || top === second) return null;
  const c = countryByCode(best);
  return c ? { country: c.name, iso: c.isoNumeric, country_code: best } : null;
}
