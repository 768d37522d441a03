// Recognition: which stretches of text name places. Gazetteer matches over capitalised token
// sequences (longest first), then filters that drop common words, person names and organisation
// names unless the context says "place" ("in", "near", "village of", "X province", "X, western Y").
import type { Gazetteer, Place } from '../gazetteer/open.js';
import { foldName } from '../gazetteer/fold.js';
import { NameKind } from '../gazetteer/schema.js';
import { countryModifierWords, recognitionLexicon } from './lexicon.js';
import { tokenize, type GeoToken } from './tokens.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  key: string;
  places: Place[];
  /** A cue word before ("in", "near", "village of"): strong, weak or none. */
  cue: 'strong' | 'weak' | null;
  /** Feature class a type word after says ("Idlib province" → "A"; "town" → "P"), "" for a neutral one, null when none. */
  typeAfter: string | null;
  /** Index (in the mention list) of the place named right after ", " ("Harem, western Idlib"), or -1. */
  adminContext: number;
  /** Index of the mention this one qualifies as admin context of, or -1. */
  contextOf: number;
  /** A direction word right before ("western Idlib", "northern Syria"): it names part of an area. */
  qualified: boolean;
  /** A country's name that only modifies a noun ("US dollar", "Turkish embassy"): it says nothing of where the text is. */
  modifier?: boolean;
  /** Where the admin-context mention starts (kept while mentions are filtered). */
  adminContextStart?: number;
}

const MAX_TOKENS = 6;
/** A town this big stays a place in most contexts ("Atlanta Journal" still names Atlanta). */
const MAJOR_POPULATION = 500_000;
/** Abbreviations that begin names across a full stop: "St. Petersburg", "Mt. Pleasant", "Ft. Worth" (and an initial: "Gustavo A. Madero"). */
const ABBREVIATED = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

/** Find place-name mentions in `text` (spans given by the caller are not searched here). */
export function recognize(text: string, gaz: Gazetteer, options: { sentenceStarts?: Set<number>; demonyms?: boolean } = {}): Mention[] {
  const lex = recognitionLexicon();
  const tokens = tokenize(text, options.sentenceStarts);
  const lowerWords = lowercaseWords(tokens);
  const persons = new Set<string>();
  const found: Mention[] = [];
  const needsContext = new Set<Mention>();

  // A sentence's first word is prose, not a name, when it is a function word or the text uses it in lower case.
  const inRun = (t: GeoToken) => t.cap && !(t.sentenceStart && (lex.functionWords.has(t.lower) || (lowerWords.has(t.lower) && t.text !== t.text.toUpperCase())));
  const joined = (i: number) => i > 0 && (/^[ \t]$|^-$/.test(tokens[i].gapBefore) || (tokens[i].gapBefore === '. ' && (ABBREVIATED.has(tokens[i - 1].lower) || /^\p{Lu}$/u.test(tokens[i - 1].text))));

  let i = 0;
  while (i < tokens.length) {
    if (!inRun(tokens[i])) { i++; continue; }
    // The capitalised run from i: capitalised tokens joined by single spaces, connectors inside.
    let j = i + 1;
    // (Connectors may come two or three in a row: "Santa Cruz de la Sierra", "San Juan de los Lagos".)
    while (j < tokens.length && joined(j)) {
      if (inRun(tokens[j])) { j++; continue; }
      let c = j;
      while (c < tokens.length && c - j < 3 && joined(c) && !tokens[c].cap && lex.connectors.has(tokens[c].lower)) c++;
      if (c === j || c >= tokens.length || !joined(c) || !tokens[c].cap) break;
      j = c;
    }
    const run = tokens.slice(i, j);
    const matchedInRun: number[] = [];
    let matchedEnd = -1;
    let k = 0;
    while (k < run.length) {
      // A lower-case connector inside the run starts no name ("Students of an Isiolo school").
      if (!run[k].cap) { k++; continue; }
      const m = longestMatch(text, run, k, gaz);
      if (!m) { k++; continue; }
      const mention = makeMention(text, tokens, i + k, i + k + m.length, m.places, m.typeWord);
      const verdict = judge(mention, run, k, m.length, tokens, i + k, lowerWords, persons, options.demonyms !== false, matchedEnd === k, text);
      if (verdict !== 'drop') { found.push(mention); matchedInRun.push(k); matchedEnd = k + m.length; }
      if (verdict === 'context') needsContext.add(mention);
      k += m.length;
    }
    // A run of two or more capitalised words with no place in it is likely a person or an organisation:
    // remember its last word, so a later bare "Henry" (of "Chiquita Raquel Henry") is not a place.
    // Not after an organisation word: "First Baptist Church Maryville" says nothing about a person.
    if (run.length >= 2 && matchedInRun.length === 0 && !run.some((t) => lex.connectors.has(t.lower)) && !lex.placeFollowers.has(run[run.length - 2].lower) && !lex.orgWords.has(run[run.length - 2].lower)) persons.add(foldName(run[run.length - 1].text));
    i = j;
  }
  const kept = found.filter((m) => !(persons.has(m.key) && m.cue !== 'strong' && m.typeAfter === null && !isMajor(m.places)));
  linkAdminContext(text, kept);
  // Names that need context keep it only when the context came ("Mobile, Alabama").
  // ("Mendoza (Mendoza)": a name that qualifies a place is in context too.)
  const out = kept.filter((m) => !needsContext.has(m) || m.adminContext >= 0 || m.contextOf >= 0);
  relink(out);
  townOfSameNamedArea(out);
  const modifierWords = countryModifierWords();
  for (const m of out) {
    const next = /^[\s-]+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1]?.toLowerCase();
    if (next && modifierWords.has(next) && m.places.length && m.places.every((p) => p.feature_code === 'PCLI' || p.kind === NameKind.demonym)) m.modifier = true;
  }
  return out.filter((m) => m.places.length > 0);
}

/** The longest gazetteer name starting at run[k], trying a trailing type word ("Idlib Governorate") too. */
function longestMatch(text: string, run: GeoToken[], k: number, gaz: Gazetteer): { length: number; places: Place[]; typeWord: boolean } | null {
  const lex = recognitionLexicon();
  for (let len = Math.min(MAX_TOKENS, run.length - k); len >= 1; len--) {
    const last = run[k + len - 1];
    if (len > 1 && lex.connectors.has(last.lower)) continue;
    const surface = text.slice(run[k].start, last.end);
    const places = gaz.lookupKey(foldName(surface));
    if (places.length) return { length: len, places, typeWord: false };
    // "Lake Naivasha", a lake the gazetteer does not know, named after a town or area on its shore: near that place
    // (not a country: Lake Chad is not Chad's middle).
    if (len >= 2 && run[k].text === 'Lake') {
      const shore = gaz.lookupKey(foldName(text.slice(run[k + 1].start, last.end))).filter((p) => p.feature_class === 'P' || ['ADM1', 'ADM2'].includes(p.feature_code));
      if (shore.length) return { length: len, places: shore, typeWord: false };
    }
    // A capitalised admin type word ("Idlib Governorate"); after a place of the analyst's own table, any
    // type word ("Mandera Town", "Kibera Area"): the table says the name is a place, the word says which kind.
    if (len >= 2 && last.lower in lex.typeWordsAfter) {
      const inner = gaz.lookupKey(foldName(text.slice(run[k].start, run[k + len - 2].end)));
      const cls = lex.typeWordsAfter[last.lower];
      const fitting = inner.filter((p) => !cls || p.feature_class === cls);
      if (fitting.length && (lex.capitalisedTypeWords.has(last.lower) || fitting.some(fromOwnTable))) return { length: len, places: fitting, typeWord: true };
    }
  }
  return null;
}

function makeMention(text: string, tokens: GeoToken[], from: number, to: number, places: Place[], typeWord: boolean): Mention {
  const lex = recognitionLexicon();
  const start = tokens[from].start;
  let end = tokens[to - 1].end;
  // An abbreviation keeps its full stop: "Ga." — but not a sentence's final stop after a full name.
  if (text[end] === '.' && places.some((p) => p.kind === NameKind.abbreviation) && /^\p{L}{1,5}$/u.test(tokens[to - 1].text)) end += 1;
  const surface = text.slice(start, end);
  // Cue before: the words just before the name, skipping qualifiers ("in northern Idlib").
  let b = from - 1;
  while (b >= 0 && lex.qualifiers.has(tokens[b].lower) && !tokens[b].cap) b--;
  let cue: Mention['cue'] = null;
  if (b >= 0) {
    const before = tokens.slice(Math.max(0, b - 2), b + 1).map((t) => t.lower).join(' ');
    for (const c of lex.placeCuesBefore) {
      if (before === c || before.endsWith(' ' + c)) { cue = lex.strongCuesBefore.has(c) ? 'strong' : 'weak'; break; }
    }
  }
  let typeAfter: string | null = null;
  if (typeWord) typeAfter = lex.typeWordsAfter[tokens[to - 1].lower];
  else if (to < tokens.length && /^ $/.test(tokens[to].gapBefore) && !tokens[to].cap && tokens[to].lower in lex.typeWordsAfter) typeAfter = lex.typeWordsAfter[tokens[to].lower];
  return { start, end, text: surface, key: foldName(surface), places, cue, typeAfter, adminContext: -1, contextOf: -1, qualified: b < from - 1 };
}

/** Keep or drop a gazetteer match; may narrow its places (abbreviations, demonyms). */
function judge(m: Mention, run: GeoToken[], k: number, len: number, tokens: GeoToken[], ti: number, lowerWords: Set<string>, persons: Set<string>, demonyms: boolean, matchedBefore: boolean, text: string): 'keep' | 'drop' | 'context' {
  const lex = recognitionLexicon();
  const first = run[k];
  const single = len === 1;
  const context = m.cue !== null || m.typeAfter !== null || followsComma(tokens, ti) || isDateline(m, tokens, ti, text) || afterPartyPrefix(tokens, ti);
  const allCaps = /^[\p{Lu}.]{2,}$/u.test(m.text);
  if (((lex.never.has(m.key) || lex.never.has(first.lower)) && !allCaps) || (single && (lex.titles.has(first.lower) || lex.qualifiers.has(first.lower)))) return 'drop';
  // Acronyms ("KBR", "IRS") are organisations unless they name a country or a first-level area ("US", "DRC", "NSW").
  if (allCaps && !m.text.includes('.') && m.text.length <= 5 && !isDateline(m, tokens, ti, text)) {
    m.places = m.places.filter((p) => p.kind === NameKind.abbreviation || ['PCLI', 'ADM1', 'CONT', 'RGN'].includes(p.feature_code));
    if (!m.places.length) return 'drop';
  }
  // "Henry said", "said Henry": a person.
  const said = tokens[ti - 1];
  if (single && said && lex.personVerbsAfter.has(said.lower) && !isMajor(m.places)) return 'drop';
  // "according to Taylor": a person; "St. Patrick's Day": a holiday.
  if (single && /according to\s+$/i.test(text.slice(Math.max(0, m.start - 16), m.start)) && !isMajor(m.places)) return 'drop';
  if (/^['’]s\s+Day\b/.test(text.slice(m.end, m.end + 8))) return 'drop';
  const after = tokens[ti + len];
  if (single && after && !after.cap && lex.personVerbsAfter.has(after.lower) && /^ $/.test(after.gapBefore) && !isMajor(m.places)) return 'drop';

  // Demonyms name a country only as a demonym ("Syrian forces").
  const asDemonym = m.places.filter((p) => p.kind === NameKind.demonym);
  if (asDemonym.length) {
    if (!demonyms) return 'drop';
    if (asDemonym.length === m.places.length || !m.places.some((p) => p.kind <= NameKind.alternate && p.population > 50_000)) m.places = asDemonym;
  }
  // Abbreviations ("Ga.", "GA") only right after "Town, ", or as a dotted word of three letters or more.
  const full = m.places.filter((p) => p.kind !== NameKind.abbreviation);
  if (full.length < m.places.length) {
    // "Ga.", "Calif.": a dotted abbreviation of a state, unless it is also an ordinary short form ("Ind.", "Pa.").
    const dotted = m.text.endsWith('.') && (m.text.length >= 4 || (m.text.length === 3 && !lex.ambiguousAbbreviations.has(m.text.toLowerCase())));
    if (!followsComma(tokens, ti) && !dotted) m.places = full;
    else m.places = m.places.filter((p) => p.kind === NameKind.abbreviation);
  }
  if (!m.places.length) return 'drop';
  // A second-level area's name without its type word ("Travis" for Travis County) only with context.
  if (!context && m.places.every((p) => p.kind === NameKind.short && p.feature_code === 'ADM2')) return 'drop';
  // A lone connector ("La", "De") is a place only as an abbreviation ("Alexandria, La.").
  if (single && lex.connectors.has(first.lower) && !m.places.every((p) => p.kind === NameKind.abbreviation)) return 'drop';
  // A type word right after a name ("Embu Town", "Kunduz City") is that name's, not a place of its own.
  if (single && matchedBefore && first.lower in lex.typeWordsAfter) return 'drop';
  // Part of a longer name the gazetteer does not know: "Abu Nasr" is not "Nasr", "Santa Rosa de las
  // Flores" not "Santa Rosa", "Deir el Balah" not "Balah" (a country's or a big city's name stays).
  if (k > 0 && lex.nameParticles.has(run[k - 1].lower)) return 'drop';
  // (A big city by its own name, not an area's population nor a big city's short form: "Ain al Arab" is
  // neither the French department of Ain nor Al Ain.)
  const big = m.places.some((p) => ['PCLI', 'CONT'].includes(p.feature_code) || (p.feature_class === 'P' && p.population >= MAJOR_POPULATION && p.kind === NameKind.name));
  if (!big && (joinedName(tokens, ti - 1, -1) || joinedName(tokens, ti + len, 1))) return 'drop';

  // Inside a longer capitalised run: a capitalised word right before makes it part of a person or
  // an organisation name ("Raquel Henry", "President Jackson"), unless that word is a qualifier.
  // Places of the analyst's own table (`gazetteer import` of a CSV) are wanted even there: "Kilgoris Boys School".
  const ownTable = m.places.some(fromOwnTable);
  if (k > 0) {
    const prev = run[k - 1];
    // Not after a weekday or month ("Sunday Alexandria police") or a hyphen ("Fargo-Moorhead").
    // Nor after a sentence's first word that is a participle ("Striking Mombasa workers", "Armed Turkana herders").
    const afterName = !lex.never.has(prev.lower) && !/^ ?- ?$/.test(first.gapBefore) && !(prev.sentenceStart && k === 1 && /\p{Ll}(?:ing|ed)$/u.test(prev.text));
    // Nor after an organisation's acronym, a party or a union ("the ODM Naivasha branch", "KNUT Kisumu officials").
    const afterAcronym = /^\p{Lu}{2,5}$/u.test(prev.text) && !prev.sentenceStart;
    if (!lex.connectors.has(prev.lower) && !lex.qualifiers.has(prev.lower) && !matchedBefore && afterName && !afterAcronym) {
      // "Raquel Henry", "Mr. Henry", "J. Henry": remember the surname, so a later bare "Henry" is not a place either.
      const person = lex.firstNames.has(prev.lower) || lex.titles.has(prev.lower) || /^\p{Lu}$/u.test(prev.text);
      if (person) persons.add(m.key);
      // A name of the analyst's table still names its place inside an organisation's name ("the ODM Kisii branch").
      if (person || !ownTable) return 'drop';
    }
  }
  const before = tokens[ti - 1];
  if (before && lex.titles.has(before.lower) && /^\.? ?$/.test(first.gapBefore.trim() + ' ')) return 'drop';
  // A single-word town followed by another capitalised word is usually a name ("Washington Post").
  const next = run[k + len];
  // Even after "in": "in Ayn Zarah" names a place we do not know, not Al 'Ayn in Yemen (but a place of the analyst's table, yes).
  // "Washington Drive", "Main St.": a street, even after a big place's name.
  if (next && lex.streetWordsAfter.has(next.lower)) return 'drop';
  // A first name before a capitalised word is a person, even when it is also a country or a city ("Chad Walker").
  if (next && single && lex.firstNames.has(first.lower) && !/^ ?- ?$/.test(next.gapBefore) && !lex.connectors.has(next.lower) && !lex.placeFollowers.has(next.lower)) return 'drop';
  const hyphenated = next && /^ ?- ?$/.test(next.gapBefore) && first.text.length >= 4 && next.text.length >= 4; // "Fargo-Moorhead", not "Wal-Mart"
  // "Isiolo South", "Embu West district": a district or constituency named after the town or area, at the end of the name.
  if (next && single && lex.compassAfter.has(next.lower) && (k + len + 1 === run.length || lex.connectors.has(run[k + len + 1].lower)) && /^ $/.test(next.gapBefore) && m.places.some((p) => p.feature_class === 'P' || p.feature_class === 'A')) {
    m.end = next.end;
    m.text = text.slice(m.start, m.end);
    return 'keep';
  }
  // (Not before a weekday or month: "in Moyale Monday".)
  if (next && single && !hyphenated && !lex.connectors.has(next.lower) && !lex.placeFollowers.has(next.lower) && !lex.never.has(next.lower) && !isMajor(m.places) && !ownTable) return 'drop';

  // Common words and first names that are also places need context.
  // An organisation's word alone ("the Central Bank", "the Court") is that body, not a place of the name.
  const common = lex.needsContext.has(m.key) || (single && !allCaps && (lowerWords.has(first.lower) || lex.orgWords.has(first.lower)));
  if (common && !context) return 'context';
  // A sentence's first word that is only a small place is more often an ordinary word.
  if (single && first.sentenceStart && !context && !isMajor(m.places) && !ownTable && m.places.every((p) => p.population < 20_000)) return 'drop';
  return 'keep';
}

/** A place the analyst's own table (`sitrep gazetteer import` of a CSV) names so (or so without "Village", "Camp"). */
function fromOwnTable(p: Place): boolean {
  return (p.kind === NameKind.name || p.kind === NameKind.short) && p.source.startsWith('import:');
}

/**
 * From token i on in direction dir: one or more name joiners ("de la", "el"), each joined by a single
 * space, then a capitalised word that is no connector — the name goes on past the match.
 */
function joinedName(tokens: GeoToken[], i: number, dir: 1 | -1): boolean {
  const lex = recognitionLexicon();
  let n = 0;
  while (tokens[i] && !tokens[i].cap && lex.nameJoiners.has(tokens[i].lower)) {
    if (!/^ $/.test(tokens[dir === 1 ? i : i + 1].gapBefore)) return false;
    i += dir; n++;
  }
  const t = tokens[i];
  return n > 0 && !!t && t.cap && !lex.connectors.has(t.lower) && /^ $/.test(tokens[dir === 1 ? i : i + 1].gapBefore);
}

/** Countries, continents, first-level areas and big cities: names that stay places in most contexts. */
export function isMajor(places: Place[]): boolean {
  return places.some((p) => p.kind !== NameKind.abbreviation && p.kind !== NameKind.short && (['PCLI', 'CONT', 'RGN', 'ADM1', 'PPLC'].includes(p.feature_code) || p.population >= MAJOR_POPULATION));
}

/** After a dateline's town: an optional ", STATE" or ", W.Va.", an optional "(AP)", then a dash. */
const DATELINE_AFTER = /^(?:'S)?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*(?:\(\p{Lu}+\)\s*)?(?:[-–—]{1,2}|:)\s/u;

/** "ATLANTA -", "HUDSON --", "ROSWELL (AP) —": an upper-case name opening a line or sentence, then a dash. */
function isDateline(m: Mention, tokens: GeoToken[], ti: number, text: string): boolean {
  if (!tokens[ti].sentenceStart && ti > 0) return false;
  if (m.text !== m.text.toUpperCase() || !/\p{Lu}{2}/u.test(m.text)) return false;
  return DATELINE_AFTER.test(text.slice(m.end, m.end + 40));
}

/** "R-Marshall", "DFL-Cook", "D-S.C.": a legislator's home town or state after the party letter. */
function afterPartyPrefix(tokens: GeoToken[], ti: number): boolean {
  return ti > 0 && /^-$/.test(tokens[ti].gapBefore) && recognitionLexicon().partyPrefixes.has(tokens[ti - 1].text);
}

function followsComma(tokens: GeoToken[], ti: number): boolean {
  return ti > 0 && /^, ?$/.test(tokens[ti].gapBefore);
}

/** Words the document uses in lower case: a capitalised one of them is probably sentence-initial prose. */
function lowercaseWords(tokens: GeoToken[]): Set<string> {
  const s = new Set<string>();
  for (const t of tokens) if (!t.cap) s.add(t.text);
  return s;
}

/**
 * "Veracruz, Veracruz", "Mendoza (Mendoza)": a name qualified by the same name is the town, the qualifier the
 * area it lies in (a town named after its province). The town is resolved apart from the area (its own key)
 * among the populated places of that name.
 */
export function townOfSameNamedArea(ms: Mention[]): void {
  for (const m of ms) {
    const a = m.adminContext >= 0 ? ms[m.adminContext] : null;
    if (!a || a.key !== m.key || !m.places.some((p) => p.feature_class === 'P')) continue;
    m.key += '#town';
    m.typeAfter ??= 'P';
  }
}

/** Mention indices shift when mentions are dropped: point adminContext/contextOf at the right ones again. */
function relink(ms: Mention[]): void {
  const byStart = new Map(ms.map((m, i) => [m.start, i]));
  const starts = ms.map((m) => m.adminContextStart ?? -1);
  ms.forEach((m) => { m.adminContext = -1; m.contextOf = -1; });
  ms.forEach((m, i) => {
    const j = starts[i] >= 0 ? byStart.get(starts[i]) : undefined;
    if (j !== undefined) { m.adminContext = j; ms[j].contextOf = i; }
  });
}

/** "Harem, western Idlib", "Alexandria, La.", "Tigre (Buenos Aires)": the second names the area the first is in. */
export function linkAdminContext(text: string, ms: Mention[]): void {
  const lex = recognitionLexicon();
  for (let a = 0; a + 1 < ms.length; a++) {
    const gap = text.slice(ms[a].end, ms[a + 1].start);
    const m = /^\s*[,(]\s*(?:(\p{L}+)\s+)?$/u.exec(gap);
    if (!m || (m[1] && !lex.qualifiers.has(m[1].toLowerCase()))) continue;
    const b = ms[a + 1];
    if (b.places.some((p) => ['ADM1', 'ADM2', 'PCLI', 'RGN'].includes(p.feature_code))) {
      ms[a].adminContext = a + 1;
      ms[a].adminContextStart = b.start;
      b.contextOf = a;
    }
  }
}
