// findActors: actor mentions in a text, normalised against the actor dictionary.
//
// Like chrono, the algorithm is an ordered list of small readers over one list of phrase hits
// (the longest dictionary phrase at each word): each reader looks at the hit in front of it and
// either proposes a mention (consuming the hits it used) or passes. Readers, in order:
//   country   "Syrian forces", "Kenyan police", "Turkish-backed factions", "Somali Al Shabaab"
//   modifier  "government forces", "security units"
//   identity  "Pokot raiders" → Pokot Ethnic Militia (Kenya); "Turkana villagers" → civilians + assoc
//   subject   "students protested" → protesters; "youths torched" → rioters
//   named     "Al Shabaab", "Kenya Defence Forces", "General Security Service"
//   noun      "gunmen", "protesters", "villagers", "police"
import type { ActorMention } from '../document.js';
import { countryName } from './countries.js';
import { loadActorDictionary, type ActorDictionary, type GenericKind, type IdentityGroup, type NamedActor, type Role, type StateKind, type StateUnit } from './dictionary.js';
import { assocName, genericActor, stateForceName } from './generic.js';
import { periodLabel } from './periods.js';
import { isCaseSensitive, wordTokens, type WordToken } from './phrases.js';

export interface FindContext {
  /** ISO alpha-2 code of the country the text is about (from the geoparser), if known. */
  countryCode?: string | null;
  /** Date the actors are named at (YYYY-MM-DD): picks government periods and valid entries. */
  date?: string | null;
}

/** How a mention was recognised: a named actor, a state unit of a country ("KDF"), an identity militia, or a generic kind. */
export type ActorKind = 'named' | 'unit' | 'identity' | GenericKind;

interface Hit {
  /** Token range [i, j). */
  i: number;
  j: number;
  roles: Role[];
}

/** Words that make "X were killed" passive: X is then no subject of the verb. */
const AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'had', 'got', 'get']);

interface Reader {
  name: string;
  /** A mention starting at hit h and the index of the first hit after it, or null. */
  read(s: Scan, h: number): { mention: ActorMention; next: number } | null;
}

/** Everything the readers share while scanning one text. */
interface Scan {
  text: string;
  offset: number;
  tokens: WordToken[];
  hits: Hit[];
  dict: ActorDictionary;
  country: string | null;
  date: string;
}

function find<R extends Role['role']>(hit: Hit | undefined, role: R): Extract<Role, { role: R }> | undefined {
  return hit?.roles.find((r) => r.role === role) as Extract<Role, { role: R }> | undefined;
}

function all<R extends Role['role']>(hit: Hit | undefined, role: R): Extract<Role, { role: R }>[] {
  return (hit?.roles.filter((r) => r.role === role) ?? []) as Extract<Role, { role: R }>[];
}

/** The hit right after hit h (allowing a possessive "'s" between), or undefined. */
function adjacent(s: Scan, h: number): number | undefined {
  const a = s.hits[h];
  const b = s.hits[h + 1];
  if (!b) return undefined;
  // "... in Gaza. Soldiers ...": a sentence end between two hits keeps them apart.
  if (/[.!?;]/.test(s.text.slice(s.tokens[a.j - 1].end, s.tokens[b.i].start))) return undefined;
  if (b.i === a.j) return h + 1;
  if (b.i === a.j + 1 && s.tokens[a.j].norm === 's') return h + 1;
  return undefined;
}

/** The hit after hit h if at most `gap` plain words (no auxiliary verb) stand between them. */
function near(s: Scan, h: number, gap: number): number | undefined {
  const a = s.hits[h];
  const b = s.hits[h + 1];
  if (!b || b.i - a.j > gap) return undefined;
  for (let k = a.j; k < b.i; k++) if (AUXILIARIES.has(s.tokens[k].norm)) return undefined;
  return h + 1;
}

function mention(s: Scan, from: Hit, to: Hit, actor: string, inter: number, country: string | null, kind: ActorKind, assoc?: string[]): ActorMention {
  const start = s.tokens[from.i].start;
  const end = s.tokens[to.j - 1].end;
  const m: ActorMention = { start: start + s.offset, end: end + s.offset, text: s.text.slice(start, end), actor, inter, country, kind };
  if (assoc && assoc.length) m.assoc = assoc;
  return m;
}

function validAt(entry: { from?: string; to?: string }, date: string): boolean {
  return (!entry.from || entry.from <= date) && (!entry.to || date < entry.to);
}

/** A state force of `country`; inter 8 when it acts outside the country of the text. */
function stateForce(s: Scan, kind: 'military' | 'police', country: string | null): { actor: string; inter: number } {
  const inter = country && s.country && country !== s.country ? 8 : 1;
  return { actor: stateForceName(kind, country, s.date, s.dict), inter };
}

/** The country to use among `codes` (an adjective's countries): the context's when it is one of them. */
function pick(codes: string[], context: string | null): string | null {
  if (context && codes.includes(context)) return context;
  return codes[0] ?? null;
}

/**
 * Whether an entry may stand for an alias: a common-word alias ("settlers", "raiders") needs a known
 * country that fits the entry (score 3, or 2 for entries valid anywhere); an acronym ("NAF", "ADF")
 * of 2-3 letters for another country's state unit needs that country ("NAF", "DSS" are reused).
 */
function admissible(score: number, alias: string, known: string[], stateUnit = false): boolean {
  if (!/\p{Lu}/u.test(alias)) return score === 3 || (score === 2 && known.length > 0);
  if (score === 1 && stateUnit && isCaseSensitive(alias) && alias.length <= 3) return false;
  return true;
}

/** Whether an alias is the entry's own name ("Al Shabaab" for "Al Shabaab"), punctuation and case aside. */
const ownNames = new Map<string, boolean>();
function ownName(name: string, alias: string): boolean {
  const id = `${name}\u0000${alias}`;
  let own = ownNames.get(id);
  if (own === undefined) {
    const key = (x: string) => wordTokens(x).map((t) => t.norm).join(' ');
    own = key(name.replace(/\s*\(\{country\}\)/, '').replace(/^[^:]+:\s*/, '')) === key(alias) || key(name.replace(/:.*$/, '')) === key(alias);
    ownNames.set(id, own);
  }
  return own;
}

interface Resolved { actor: string; inter: number; country: string | null; kind: ActorKind }

/**
 * The best named actor or unit of a hit for the known countries: an entry of the country beats an
 * entry valid anywhere, which beats one of another country; entries whose alias is a common word
 * ("settlers", "separatists") need their country.
 */
function resolveNamed(s: Scan, hit: Hit, codes: string[]): Resolved | null {
  let best: { score: number; make: () => Resolved } | null = null;
  const known = codes.length ? codes : s.country ? [s.country] : [];
  const consider = (score: number, make: () => Resolved) => {
    if (!best || score > best.score) best = { score, make };
  };
  for (const r of all(hit, 'named')) {
    const a: NamedActor = r.actor;
    if (!validAt(a, s.date)) continue;
    const inCountry = a.countries.find((c) => known.includes(c));
    const score = inCountry ? 3 : a.countries.length === 0 ? 2 : 1;
    if (!admissible(score, r.alias, known)) continue;
    // An acronym taken from the name ("AA" of "AA: Arakan Army") needs the country: short acronyms are reused.
    if (score < 2 && !a.aliases.includes(r.alias) && a.name.startsWith(`${r.alias}:`)) continue;
    // Between entries of the same standing, the one whose own name the alias is wins ("Al Shabaab"
    // is Al Shabaab unless the country says it is the Mozambican group called so locally).
    consider(score + (ownName(a.name, r.alias) ? 0.5 : 0), () => {
      const country = inCountry ?? (a.countries.length === 0 ? pick(known, s.country) : a.countries[0]);
      const name = countryName(country);
      // "{period}": the government period of the actor's country at the date ("Military Forces of Iraq {period} ...").
      const period = country ? periodLabel(s.dict.periods, country, s.date) : '';
      const named = a.name.replace(/\s*\{period\}/, period ? ` ${period}` : '');
      const actor = name ? named.replace('{country}', name) : named.replace(/\s*\(\{country\}\)/, '');
      return { actor, inter: a.inter, country, kind: 'named' as ActorKind };
    });
  }
  for (const r of all(hit, 'unit')) {
    const u: StateUnit = r.unit;
    if (!validAt(u, s.date)) continue;
    const score = u.country ? (known.includes(u.country) ? 3 : 1) : 2;
    if (!admissible(score, r.alias, known, true)) continue;
    consider(score, () => {
      const country = u.country ?? pick(known, s.country);
      // A unit of a given country ("KDF") keeps its name; one of any country ("riot police") is a generic state force.
      return { ...stateForce(s, u.kind, country), country, kind: (u.country ? 'unit' : u.kind) as ActorKind };
    });
  }
  return best ? (best as { make: () => Resolved }).make() : null;
}

/** A generic actor of a kind in a country (null: the name without a country). */
function generic(s: Scan, kind: GenericKind, country: string | null): { actor: string; inter: number } {
  if (kind === 'military' || kind === 'police') return stateForce(s, kind, country);
  return genericActor(kind, country ?? '', s.date, s.dict);
}

function assocOf(s: Scan, hit: Hit | undefined, country: string | null): string[] {
  return all(hit, 'assoc').map((r) => assocName(r.category, country));
}

/** A country name or adjective, optional state modifiers, then a noun, unit or named actor. */
const countryReader: Reader = {
  name: 'country',
  read(s, h) {
    const c = find(s.hits[h], 'country');
    if (!c) return null;
    let k = adjacent(s, h);
    while (k !== undefined && find(s.hits[k], 'modifier') && !find(s.hits[k], 'noun')) k = adjacent(s, k);
    if (k === undefined) return null;
    const target = s.hits[k];
    const country = pick(c.codes, s.country);
    // "Somali militia" in Kenya: a nationality that is also an ethnic group of the country of the text
    // names the ethnic group's militia (left to the identity reader).
    const id = find(s.hits[h], 'identity');
    if (id && s.country && !c.codes.includes(s.country) && id.group.countries.includes(s.country) && (find(target, 'cue') || find(target, 'attack'))) return null;
    if (find(target, 'named') || find(target, 'unit')) {
      const r = resolveNamed(s, target, c.codes);
      if (r) return { mention: mention(s, s.hits[h], target, r.actor, r.inter, r.country, r.kind), next: k + 1 };
    }
    const noun = find(target, 'noun');
    const only = find(target, 'countryOnly');
    const kind = noun?.kind ?? only?.kind;
    if (!kind) return null;
    // State forces and civilians take their nationality ("Kenyan troops" in Somalia); armed groups,
    // protesters and rioters the country of the text ("French jihadists" in Syria).
    const home = kind === 'military' || kind === 'police' || kind === 'civilians' ? country : s.country ?? country;
    const g = generic(s, kind, home);
    return { mention: mention(s, s.hits[h], target, g.actor, g.inter, home, kind, assocOf(s, target, home)), next: k + 1 };
  },
};

/** The hit after hit h when only "of" or "of the" stands between them ("forces of Armenia"). */
function ofNext(s: Scan, h: number): number | undefined {
  const a = s.hits[h];
  const b = s.hits[h + 1];
  if (!b) return undefined;
  const gap = s.tokens.slice(a.j, b.i).map((t) => t.norm).join(' ');
  return gap === 'of' || gap === 'of the' ? h + 1 : undefined;
}

function stateKind(hit: Hit): StateKind | undefined {
  const noun = find(hit, 'noun');
  if (noun && (noun.kind === 'military' || noun.kind === 'police')) return noun.kind;
  return find(hit, 'countryOnly')?.kind;
}

/**
 * "military forces of Armenia", "soldiers of the army of South Sudan", "police of Uganda": state
 * nouns followed by "of" and a country are that country's state forces.
 */
const ofCountryReader: Reader = {
  name: 'of-country',
  read(s, h) {
    const kind = stateKind(s.hits[h]);
    if (!kind) return null;
    // Further state nouns may follow, right after ("army units of") or after "of" ("soldiers of the army of").
    const step = (x: number) => ofNext(s, x) ?? (s.hits[x + 1] && stateKind(s.hits[x + 1]) ? adjacent(s, x) : undefined);
    let k = step(h);
    while (k !== undefined && stateKind(s.hits[k])) k = step(k);
    const c = k === undefined ? undefined : find(s.hits[k], 'country');
    if (!c || find(s.hits[k!], 'identity')) return null;
    const country = pick(c.codes, s.country);
    const g = stateForce(s, kind, country);
    return { mention: mention(s, s.hits[h], s.hits[k!], g.actor, g.inter, country, kind), next: k! + 1 };
  },
};

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const FORMATIONS = new Set(['brigade', 'brigades', 'division', 'battalion', 'regiment', 'corps']);

/**
 * "the 115th Infantry Brigade", "1st Naval Brigade", "the 4th Battalion": a numbered formation is a
 * unit of the state's military (of the country of the text).
 */
const ordinalUnitReader: Reader = {
  name: 'ordinal-unit',
  read(s, h) {
    const hit = s.hits[h];
    if (hit.j - hit.i !== 1 || !FORMATIONS.has(s.tokens[hit.i].norm) || find(hit, 'named')) return null;
    let i = hit.i - 1;
    while (i >= 0 && hit.i - i <= 3 && !ORDINAL.test(s.tokens[i].raw) && /^\p{Lu}/u.test(s.tokens[i].raw)) i--;
    if (i < 0 || !ORDINAL.test(s.tokens[i].raw) || (h > 0 && s.hits[h - 1].j > i)) return null;
    // "the 2nd Brigade of the Syrian National Army": a formation of the group named after it.
    const of = ofNext(s, h);
    if (of !== undefined && (find(s.hits[of], 'named') || find(s.hits[of], 'identity'))) return null;
    const g = stateForce(s, 'military', s.country);
    const start = { i, j: i + 1, roles: [] };
    return { mention: mention(s, start, hit, g.actor, g.inter, s.country, 'military'), next: h + 1 };
  },
};

/** "government forces", "security units": state modifiers before a noun that needs them. */
const modifierReader: Reader = {
  name: 'modifier',
  read(s, h) {
    if (!find(s.hits[h], 'modifier') || find(s.hits[h], 'noun')) return null;
    let k = adjacent(s, h);
    while (k !== undefined && find(s.hits[k], 'modifier') && !find(s.hits[k], 'noun') && !find(s.hits[k], 'countryOnly')) k = adjacent(s, k);
    if (k === undefined) return null;
    const only = find(s.hits[k], 'countryOnly');
    if (!only) return null;
    const g = stateForce(s, only.kind, s.country);
    return { mention: mention(s, s.hits[h], s.hits[k], g.actor, g.inter, s.country, only.kind), next: k + 1 };
  },
};

function identityCountry(group: IdentityGroup, s: Scan): string | null {
  return s.country && (group.countries.length === 0 || group.countries.includes(s.country)) ? s.country : group.countries[0] ?? s.country;
}

/** The words between hit a and hit b, lower case, joined by spaces. */
function gapWords(s: Scan, a: number, b: number): string {
  return s.tokens.slice(s.hits[a].j, s.hits[b].i).map((t) => t.norm).join(' ');
}

const PAIR_GAPS = new Set(['and', 'and the', 'vs', 'versus', 'against', 'v']);
const VERSUS = new Set(['vs', 'versus', 'v']);

/** Words that may stand between "between" and the first group: "between (the) members of (the) X and Y". */
const BETWEEN_GAP = /^(?:the )?(?:(?:members|youths|people|militias|fighters|groups|communities) of (?:the )?)?$/;

/** Whether the words before token i are "between" or "between (the) (members of) (the)". */
function afterBetween(s: Scan, i: number): boolean {
  const b = s.tokens.slice(Math.max(0, i - 5), i).map((t) => t.norm);
  const at = b.lastIndexOf('between');
  return at >= 0 && BETWEEN_GAP.test(b.slice(at + 1).map((w) => `${w} `).join(''));
}

/** "clashes between the Ogiek and Kipsigis", "Kalenjin vs. Kikuyu": two identity groups as the two sides. */
function pairedIdentity(s: Scan, h: number): boolean {
  const next = s.hits[h + 1];
  if (next && find(next, 'identity')) {
    const gap = gapWords(s, h, h + 1);
    if (VERSUS.has(gap) || (afterBetween(s, s.hits[h].i) && PAIR_GAPS.has(gap))) return true;
  }
  const prev = s.hits[h - 1];
  if (prev && find(prev, 'identity')) {
    const gap = gapWords(s, h - 1, h);
    if (VERSUS.has(gap) || (PAIR_GAPS.has(gap) && afterBetween(s, prev.i))) return true;
  }
  return false;
}

/** "Pokot raiders" → "Pokot Ethnic Militia (Kenya)"; "Turkana villagers" → civilians with an assoc hint. */
const identityReader: Reader = {
  name: 'identity',
  read(s, h) {
    const id = find(s.hits[h], 'identity');
    if (!id) return null;
    const country = identityCountry(id.group, s);
    const place = countryName(country);
    if (pairedIdentity(s, h)) {
      // The group noun after it belongs to the mention ("the Ogiek and Kipsigis communities").
      const k = adjacent(s, h);
      const last = k !== undefined && find(s.hits[k], 'groupNoun') ? k : h;
      const actor = `${id.group.name} ${id.group.kind} Militia${place ? ` (${place})` : ''}`;
      return { mention: mention(s, s.hits[h], s.hits[last], actor, 4, country, 'identity'), next: last + 1 };
    }
    let k = near(s, h, 2);
    if (k === undefined) return null;
    // "Merille of Ethiopia attack": the group's country between the group and its verb.
    let home = country;
    const of = find(s.hits[k], 'country') && gapWords(s, h, k) === 'of' ? near(s, k, 1) : undefined;
    if (of !== undefined && (find(s.hits[of], 'attack') || find(s.hits[of], 'cue'))) {
      home = pick(find(s.hits[k], 'country')!.codes, null);
      const actor = `${id.group.name} ${id.group.kind} Militia${countryName(home) ? ` (${countryName(home)})` : ''}`;
      const last = find(s.hits[of], 'cue') ? of : k;
      return { mention: mention(s, s.hits[h], s.hits[last], actor, 4, home, 'identity'), next: last + 1 };
    }
    // "Marule clan attacks", "Maasai attack", "the Pokot community raided": the group as attacker.
    const afterNoun = find(s.hits[k], 'groupNoun') ? near(s, k, 1) : k;
    if (afterNoun !== undefined && find(s.hits[afterNoun], 'attack') && !find(s.hits[k], 'cue')) {
      const actor = `${id.group.name} ${id.group.kind} Militia${place ? ` (${place})` : ''}`;
      const last = afterNoun === k ? s.hits[h] : s.hits[k];
      return { mention: mention(s, s.hits[h], last, actor, 4, country, 'identity'), next: afterNoun === k ? h + 1 : k + 1 };
    }
    if (find(s.hits[k], 'cue')) {
      const actor = `${id.group.name} ${id.group.kind} Militia${place ? ` (${place})` : ''}`;
      return { mention: mention(s, s.hits[h], s.hits[k], actor, 4, country, 'identity'), next: k + 1 };
    }
    const noun = find(s.hits[k], 'noun');
    if (noun?.kind === 'civilians' && k === adjacent(s, h)) {
      const g = generic(s, 'civilians', country);
      const assoc = [`${id.group.name} ${id.group.kind} Group${place ? ` (${place})` : ''}`, ...assocOf(s, s.hits[k], country)];
      return { mention: mention(s, s.hits[h], s.hits[k], g.actor, g.inter, country, 'civilians', assoc), next: k + 1 };
    }
    return null;
  },
};

/** "students protested", "youths torched": a group noun as the subject of a protest or riot verb. */
const subjectReader: Reader = {
  name: 'subject',
  read(s, h) {
    if (!find(s.hits[h], 'subject')) return null;
    const k = near(s, h, 2);
    const verb = k === undefined ? undefined : find(s.hits[k], 'verb');
    if (!verb) return null;
    const g = generic(s, verb.kind, s.country);
    return { mention: mention(s, s.hits[h], s.hits[h], g.actor, g.inter, s.country, verb.kind, assocOf(s, s.hits[h], s.country)), next: h + 1 };
  },
};

const namedReader: Reader = {
  name: 'named',
  read(s, h) {
    const hit = s.hits[h];
    if (!find(hit, 'named') && !find(hit, 'unit')) return null;
    const r = resolveNamed(s, hit, []);
    if (!r) return null;
    // "KDF soldiers", "Hezbollah fighters": a following actor noun belongs to the name.
    const k = adjacent(s, h);
    const tail = k === undefined ? undefined : s.hits[k];
    const absorb = tail && (find(tail, 'cue') || (find(tail, 'noun') && find(tail, 'noun')!.kind !== 'civilians'));
    const last = absorb ? tail : hit;
    return { mention: mention(s, hit, last, r.actor, r.inter, r.country, r.kind), next: absorb ? k! + 1 : h + 1 };
  },
};

const nounReader: Reader = {
  name: 'noun',
  read(s, h) {
    const hit = s.hits[h];
    const noun = find(hit, 'noun');
    if (!noun) return null;
    const g = generic(s, noun.kind, s.country);
    return { mention: mention(s, hit, hit, g.actor, g.inter, s.country, noun.kind, assocOf(s, hit, s.country)), next: h + 1 };
  },
};

/**
 * The identity militia a text names by a group of `countryCode` ("Somali militia" in Kenya →
 * "Somali Ethnic Militia (Kenya)"), or null: for nationalities that are also ethnic groups of the
 * event's country, once the coder knows that country.
 */
export function identityMilitiaOf(text: string, countryCode: string, dict: ActorDictionary = loadActorDictionary()): string | null {
  const tokens = wordTokens(text);
  for (const h of phraseHits(tokens, dict)) {
    const id = all(h, 'identity').find((r) => r.group.countries.includes(countryCode));
    const place = countryName(countryCode);
    if (id && place) return `${id.group.name} ${id.group.kind} Militia (${place})`;
  }
  return null;
}

/** The readers, in order of precedence. */
export const READERS: Reader[] = [countryReader, ofCountryReader, ordinalUnitReader, modifierReader, identityReader, subjectReader, namedReader, nounReader];

/** "anti-Houthi forces", "anti-Balaka" aside: a name right after "anti-" names the other side. */
function afterAnti(tokens: WordToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.norm === 'anti' && tokens[i].start === prev.end + 1;
}

function phraseHits(tokens: WordToken[], dict: ActorDictionary): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = afterAnti(tokens, i) ? null : dict.trie.longestAt(tokens, i);
    if (m) {
      hits.push({ i, j: i + m.length, roles: m.values });
      i += m.length;
    } else i++;
  }
  return hits;
}

/**
 * All actor mentions in `text`, in order. Offsets are into `text` plus `offset` (pass a sentence's
 * start to get document offsets). `context.countryCode` gives generic actors their country
 * ("gunmen" → "Unidentified Armed Group (Kenya)"); `context.date` picks government periods
 * (default: today). Without a country, generic actors are named without one ("Protesters").
 */
export function findActors(text: string, offset = 0, context: FindContext = {}, dict: ActorDictionary = loadActorDictionary()): ActorMention[] {
  const tokens = wordTokens(text);
  const s: Scan = {
    text,
    offset,
    tokens,
    hits: phraseHits(tokens, dict),
    dict,
    country: context.countryCode ? context.countryCode.toUpperCase() : null,
    date: context.date && /^\d{4}-\d{2}-\d{2}/.test(context.date) ? context.date.slice(0, 10) : new Date().toISOString().slice(0, 10),
  };
  const out: ActorMention[] = [];
  const verbs: Hit[] = [];
  for (let h = 0; h < s.hits.length; ) {
    let done = false;
    for (const reader of READERS) {
      const r = reader.read(s, h);
      if (r) {
        out.push(r.mention);
        h = r.next;
        done = true;
        break;
      }
    }
    if (!done) {
      if (find(s.hits[h], 'verb')) verbs.push(s.hits[h]);
      h++;
    }
  }
  return verbs.length ? applyVerbs(s, out, verbs) : out;
}

/** Sentence-final punctuation between two offsets of the text. */
function crossesSentence(s: Scan, from: number, to: number): boolean {
  return /[.!?;]\s/.test(s.text.slice(from, to));
}

/**
 * Protest and riot verbs left over after the readers: the nearest actor before the verb in the same
 * sentence, when it is a civilian group ("workers of the mill, located outside town, protested"),
 * becomes protesters (or rioters, for a riot verb at most four words on); a protest verb with no
 * actor before it names the protesters itself ("about 50 musicians demonstrated").
 */
const PREPOSITIONS = new Set(['in', 'during', 'after', 'before', 'by', 'for', 'with', 'over', 'amid', 'following', 'into', 'on']);

function applyVerbs(s: Scan, mentions: ActorMention[], verbs: Hit[]): ActorMention[] {
  const out = [...mentions];
  for (const v of verbs) {
    const kind = find(v, 'verb')!.kind;
    const vStart = s.tokens[v.i].start + s.offset;
    let before = -1;
    for (let k = 0; k < out.length && out[k].end <= vStart; k++) before = k;
    const prev = before >= 0 ? out[before] : undefined;
    const sameSentence = prev && !crossesSentence(s, prev.end - s.offset, vStart - s.offset);
    if (prev && sameSentence) {
      const between = s.tokens.filter((t) => t.start >= prev.end - s.offset && t.end <= vStart - s.offset);
      if (between.some((t) => AUXILIARIES.has(t.norm))) continue;
      // "civilians in revenge attacks": a preposition between the group and the word means the word
      // is not the group's verb (it is a noun, or another clause's verb).
      if (between.some((t) => PREPOSITIONS.has(t.norm))) continue;
      if (prev.kind !== 'civilians') continue;
      if (kind === 'rioters' && between.length > 4) continue;
      const g = generic(s, kind, prev.country ?? s.country);
      out[before] = { ...prev, actor: g.actor, inter: g.inter, kind };
      continue;
    }
    if (kind !== 'protesters') continue;
    const g = generic(s, 'protesters', s.country);
    const m = mention(s, v, v, g.actor, g.inter, s.country, 'protesters');
    out.splice(before + 1, 0, m);
  }
  return out;
}
