// Geoparsing a text: recognise place names (or take the spans given), resolve them together, and
// describe each as a Toponym (name, GeoNames id, point, country, admin1/admin2, feature, confidence).
import type { Toponym } from '../document.js';
import { foldName } from '../gazetteer/fold.js';
import type { Gazetteer, Place } from '../gazetteer/open.js';
import { recognitionLexicon } from './lexicon.js';
import { linkAdminContext, recognize, type Mention } from './recognize.js';
import { resolveMentions } from './resolve.js';

export interface GeoparseOptions {
  /** Spans to resolve instead of recognising (offsets into the text). */
  spans?: { start: number; end: number }[];
  /** Sentence start offsets from the annotate stage, when it ran. */
  sentenceStarts?: Set<number>;
  /** Recognise demonyms ("Syrian") as mentions of their country (default true). */
  demonyms?: boolean;
  /** Fill admin2 (a nearest-seat lookup for places without an admin2 code; default true). */
  admin2?: boolean;
}

export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
  if (!options.spans) {
    const mentions = recognize(text, gaz, options);
    const resolved = resolveMentions(mentions);
    return mentions.map((m, i) => toToponym(m, resolved[i].place, resolved[i].confidence, gaz, options.admin2 !== false));
  }
  // Given spans: the other place names the text has still inform the resolution ("Paris, Texas" when
  // only "Paris" is given), but only the given spans are returned.
  const given = mentionsForSpans(text, options.spans, gaz);
  const extra = recognize(text, gaz, options).filter((r) => !given.some((g) => g.start < r.end && r.start < g.end));
  const all = [...given.map((m, i) => ({ m, out: i })), ...extra.map((m) => ({ m, out: -1 }))].sort((a, b) => a.m.start - b.m.start);
  const linked = all.map((x) => ({ ...x.m, adminContext: -1, contextOf: -1 }));
  linkAdminContext(text, linked);
  // Of the names not given, keep only those that say which area a given one is in.
  const keep = all.map((x, i) => x.out >= 0 || linked[i].contextOf >= 0);
  const kept = all.filter((_, i) => keep[i]);
  const mentions = kept.map((x) => ({ ...x.m, adminContext: -1, contextOf: -1 }));
  linkAdminContext(text, mentions);
  const resolved = resolveMentions(mentions);
  const out: Toponym[] = new Array(given.length);
  kept.forEach((x, i) => { if (x.out >= 0) out[x.out] = toToponym(given[x.out], resolved[i].place, resolved[i].confidence, gaz, options.admin2 !== false); });
  return out;
}

/** Mentions for given spans: the span's own name, else without a leading "the" or a trailing type word. */
export function mentionsForSpans(text: string, spans: { start: number; end: number }[], gaz: Gazetteer): Mention[] {
  const lex = recognitionLexicon();
  return spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    let places = gaz.lookupKey(foldName(surface));
    let typeAfter: string | null = null;
    if (!places.length) {
      const words = surface.replace(/^the\s+/i, '').split(/\s+/);
      const last = words[words.length - 1]?.toLowerCase() ?? '';
      if (words.length > 1 && last in lex.typeWordsAfter) {
        typeAfter = lex.typeWordsAfter[last] || null;
        places = gaz.lookupKey(foldName(words.slice(0, -1).join(' ')));
      } else places = gaz.lookupKey(foldName(words.join(' ')));
    }
    return { start: s.start, end: s.end, text: surface, key: foldName(surface), places, cue: null, typeAfter, adminContext: -1, contextOf: -1, qualified: false };
  });
}

export function toToponym(m: Pick<Mention, 'start' | 'end' | 'text'>, p: Place | null, confidence: number, gaz: Gazetteer, withAdmin2: boolean): Toponym {
  if (!p) {
    return { start: m.start, end: m.end, text: m.text, name: null, geonameid: null, latitude: null, longitude: null, country_code: null, admin1: null, admin2: null, feature_code: null, confidence: 0 };
  }
  let admin1Code = p.admin1_code;
  if (!admin1Code && p.feature_class === 'P' && p.country_code) admin1Code = gaz.admin1CodeAt(p.latitude, p.longitude, p.country_code);
  let admin2Code = p.admin2_code;
  if (withAdmin2 && !admin2Code && p.feature_class === 'P' && p.country_code) admin2Code = gaz.nearestAdmin2(p.latitude, p.longitude, p.country_code, admin1Code);
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name: p.name,
    geonameid: p.geonameid > 0 ? p.geonameid : null,
    latitude: p.latitude,
    longitude: p.longitude,
    country_code: p.country_code || null,
    admin1: gaz.adminName(admin1Code) || null,
    admin2: admin2Code ? gaz.adminName(admin2Code) || null : null,
    feature_code: p.feature_code,
    confidence,
  };
}
