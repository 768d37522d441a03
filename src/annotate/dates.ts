// Date expressions → days, resolved against the publication date (DESIGN.md, "Annotate").
//
// Like chrono itself, this is an ordered list of parsers and refiners:
//   1. chrono-node's English parsers (day-first for "3/5/2020", see below) propose expressions;
//      sitrep's own expressions (data/dates/expressions.json: "overnight", "last week", "in 2019" ...)
//      are added in front of them, so that they win a tie with chrono's reading of the same words;
//   2. each result is then resolved with a past bias: a weekday is the latest such day on or before
//      publication, a day and month without a year is the latest one not after publication, a month
//      alone is its middle (precision 3), a week its Wednesday (precision 2), a bare year is background.
//   3. a mention more than PAST_DAYS before publication is flagged `past` (background for the coder).
//
// Slashed dates are read day-first ("3/5/2020" = 3 May 2020) because ACLED's coverage and most of
// the world's press write them that way; when the day-first reading is impossible ("5/13/2020") chrono
// falls back to the month-first one.
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { DateMention, Document, Span } from '../document.js';
import { DATA_DIR } from '../paths.js';
import type { Stage } from '../pipeline.js';
import { addDays, daysBetween, daysInMonth, toDay, today, weekdayOnOrBefore, ymd } from './calendar.js';
import { DATE_RULES } from './date-rules.js';

/** Mentions ending more than this many days before publication are background (`past: true`). */
export const PAST_DAYS = 10;

interface ExpressionEntry {
  name: string;
  pattern: string;
  rule: string;
  precision: 1 | 2 | 3;
  kind: string;
}

const TAG = 'sitrep/expression:';

let parser: chrono.Chrono | null = null;
let expressions: Map<string, ExpressionEntry> | null = null;
let scheduledAfter: RegExp | null = null;
let scheduledBefore: RegExp | null = null;

function loadExpressions(): Map<string, ExpressionEntry> {
  if (expressions) return expressions;
  const file = JSON.parse(readFileSync(join(DATA_DIR, 'dates', 'expressions.json'), 'utf8')) as { expressions: ExpressionEntry[]; scheduled_after: { pattern: string }; scheduled_before: { pattern: string } };
  scheduledAfter = new RegExp(file.scheduled_after.pattern, 'i');
  scheduledBefore = new RegExp(file.scheduled_before.pattern, 'i');
  expressions = new Map();
  for (const e of file.expressions) {
    if (!DATE_RULES[e.rule]) throw new Error(`data/dates/expressions.json: ${e.name} names unknown rule ${e.rule}`);
    expressions.set(e.name, e);
  }
  return expressions;
}

/** chrono's English (day-first) configuration with sitrep's expressions in front. Built once. */
function dateParser(): chrono.Chrono {
  if (parser) return parser;
  const c = chrono.en.GB.clone();
  for (const e of [...loadExpressions().values()].reverse()) {
    const re = new RegExp(e.pattern, 'i');
    c.parsers.unshift({
      pattern: () => re,
      extract: (context, match) => {
        const result = context.createParsingResult(match.index ?? 0, match[0]);
        result.addTag(TAG + e.name);
        (result as unknown as { groups: Record<string, string | undefined> }).groups = { ...(match.groups ?? {}), text: match[0] };
        return result;
      },
    });
  }
  parser = c;
  return c;
}

/**
 * A cheap test before chrono (one precompiled regex): a piece of text can only hold a day if it has a
 * month or weekday name, a word of time ("yesterday", "overnight", "last week", "ago" ...), a date in
 * digits (3/5/2020, 2020-05-03, 03.05.2020), a year or an ordinal. A bare count ("2 suspects") or a
 * clock time alone names no day, so chrono (eighteen parsers and sixteen refiners, plus sitrep's own
 * expressions) never sees such sentences.
 */
const MAY_HOLD_A_DATE = new RegExp([
  '\\d\\s*[/.-]\\s*\\d', '\\b(?:1[89]|20)\\d\\d', '\\d(?:st|nd|rd|th)\\b',
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?',
  '\\b(?:january|february|march|april|june|july|august|september|october|november|december)',
  '\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b', '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  '\\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|noon|midday|midnight|dawn|dusk|overnight|hours?|days?|weekend|weeks?|months?|quarter|years?|decade|ago|recent)\\b',
].join('|'), 'i');

interface Found { span: Span; resolved: Resolved | null }

/**
 * The date expressions of one line (offsets relative to `text`). chrono reads the whole line (an
 * expression may run over what the sentence splitter took for a boundary, "Jan. 15"); but when every
 * sentence of the line that holds anything date-like is a plain "On 3 May 2021, ..." (see plainDay),
 * those days are taken without chrono.
 */
function readLine(text: string, line: { start: number; end: number }, sentences: readonly { start: number; end: number }[], ref: Date, published: string): Found[] {
  const lineText = text.slice(line.start, line.end);
  if (!MAY_HOLD_A_DATE.test(lineText)) return [];
  const pieces = sentences.filter((x) => x.start >= line.start && x.end <= line.end);
  if (!pieces.length) pieces.push(line);
  const plain: Found[] = [];
  for (const piece of pieces) {
    const pieceText = text.slice(piece.start, piece.end);
    if (!MAY_HOLD_A_DATE.test(pieceText)) continue;
    const p = plainDay(pieceText);
    if (!p) {
      return dateParser().parse(lineText, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
        // "On 15 December, 15 people died": chrono takes the count for a two-digit year.
        const count = COUNT_AFTER_DAY.exec(r.text);
        const text = count ? r.text.slice(0, count.index) : r.text;
        return { span: trimmedSpan(line.start + r.index, text), resolved: resolve(r, published, !!count) };
      });
    }
    plain.push({ span: { start: piece.start + p.start, end: piece.start + p.end, text: p.text }, resolved: p.resolved });
  }
  return plain;
}

const LEADING_WORDS = /^(?:on|in|at|since|from|by|of|during|until|the)\s+/i;

/** A chrono result's span without the leading preposition chrono sometimes includes ("On 3 May"). */
function trimmedSpan(index: number, text: string): { start: number; end: number; text: string } {
  let start = index;
  let t = text;
  for (let m = LEADING_WORDS.exec(t); m && m[0].length < t.length; m = LEADING_WORDS.exec(t)) {
    start += m[0].length;
    t = t.slice(m[0].length);
  }
  const trail = t.length - t.trimEnd().length;
  return { start, end: start + t.length - trail, text: t.slice(0, t.length - trail) };
}

/** chrono readings that name a duration or a day relative to another event, not to publication. */
const NOT_A_DAY = /^(?:now|(?:the )?(?:last|past|next|first) (?:\w+ )?(?:day|hour|minute|second)s?|.*\b(?:before|earlier|later|after|hours?|minutes?|seconds?))$/i;
const DURATION_PARSERS = new Set(['parser/ENTimeUnitWithinFormatParser', 'parser/ENTimeUnitLaterFormatParser']);

interface Resolved {
  date: string;
  precision: 1 | 2 | 3;
  kind: string;
  until?: string;
}

/** A day and month followed by ", 15": a count ("On 3 May, 15 people ..."), not a two-digit year. */
const COUNT_AFTER_DAY = /,\s*\d{1,2}$/;

/** Resolve one chrono result against the publication day (past bias); null when it names no day. */
function resolve(result: chrono.ParsedResult, published: string, yearIsCount = false): Resolved | null {
  const tags = (result as chrono.ParsingResult).tags?.() ?? new Set<string>();
  for (const tag of tags) {
    if (!tag.startsWith(TAG)) continue;
    const entry = loadExpressions().get(tag.slice(TAG.length));
    if (!entry) return null;
    const groups = (result as unknown as { groups?: Record<string, string | undefined> }).groups ?? {};
    const r = DATE_RULES[entry.rule](published, groups);
    if (r) return { date: r.date, precision: entry.precision, kind: entry.kind, until: r.until };
    if (!PART_OF_DAY_OF.test(result.text)) return null;
    break; // merged by chrono into "the evening of August 12": read below
  }

  if (NOT_A_DAY.test(result.text.trim()) || [...tags].some((t) => DURATION_PARSERS.has(t))) return null;
  const s = result.start;
  const py = Number(published.slice(0, 4));
  const relative = tags.has('result/relativeDate') || tags.has('parser/ENCasualDateParser') || [...tags].some((t) => t.startsWith('casualReference/'));

  if (s.isCertain('day') && s.isCertain('month')) {
    const month = s.get('month')!;
    const day = s.get('day')!;
    const yearCertain = s.isCertain('year') && !yearIsCount;
    let year = yearCertain ? s.get('year')! : py;
    if (day > daysInMonth(year, month)) return null;
    if (!yearCertain && daysBetween(published, ymd(year, month, day)) > 1) year -= 1;
    const date = ymd(year, month, day);
    let until: string | undefined;
    if (result.end && result.end.isCertain('day')) {
      const e = result.end;
      const ey = e.isCertain('year') ? e.get('year')! : year + (e.get('month')! < month ? 1 : 0);
      until = ymd(ey, e.get('month')!, e.get('day')!);
      if (until <= date) until = undefined;
    }
    return { date, precision: 1, kind: until ? 'range' : relative ? 'relative' : 'absolute', until };
  }
  if (s.isCertain('month') && !s.isCertain('day')) {
    if (/^[a-z]/.test(result.text.replace(LEADING_WORDS, ''))) return null; // "protesters march", "police may"
    const month = s.get('month')!;
    const p = Number(published.slice(5, 7));
    const year = s.isCertain('year') && !yearIsCount ? s.get('year')! : month > p ? py - 1 : py;
    return { date: ymd(year, month, 15), precision: 3, kind: 'month', until: ymd(year, month, daysInMonth(year, month)) };
  }
  if (s.isCertain('weekday')) {
    const strict = /\blast\b/i.test(result.text);
    return { date: weekdayOnOrBefore(published, s.get('weekday')!, strict), precision: 1, kind: 'weekday' };
  }
  // chrono merges "the evening of 17 June 2013" into its part-of-day reading and drops the day: read the rest.
  const partOfDay = PART_OF_DAY_OF.exec(result.text);
  if (partOfDay && partOfDay[0].length < result.text.length) {
    const rest = dateParser().parse(result.text.slice(partOfDay[0].length), { instant: new Date(`${published}T12:00:00Z`), timezone: 0 }, { forwardDate: false })[0];
    return rest ? resolve(rest, published) : null;
  }
  return null; // a time of day alone ("at 5 pm") names no day
}

const PART_OF_DAY_OF = /^(?:(?:on|in|during)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours)\s+of\s+(?:the\s+)?/i;

/**
 * Every date expression in `text`, resolved against the publication date (YYYY-MM-DD or ISO
 * date-time). Offsets are relative to `text`. Pure: no document needed. With `sentences` (spans of
 * `text`, e.g. doc.sentences) a plain "On 3 May 2021," sentence is read without chrono.
 */
export function parseDates(text: string, reference: { publishedAt: string }, sentences?: readonly { start: number; end: number }[]): DateMention[] {
  const published = toDay(reference.publishedAt) ?? today();
  const ref = new Date(`${published}T12:00:00Z`);
  loadExpressions();
  const out: DateMention[] = [];
  // chrono runs some thirty parsers over its input: give it only the lines that could hold a date.
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const found = readLine(text, { start: m.index, end: m.index + m[0].length }, sentences ?? [], ref, published);
    for (const { span, resolved } of found) {
      if (!resolved) continue;
      const periodEnd = resolved.until && resolved.kind !== 'range' ? resolved.until : resolved.date;
      const past = resolved.kind === 'year' || daysBetween(periodEnd < published ? periodEnd : published, published) > PAST_DAYS;
      const scheduled = scheduledAfter!.test(text.slice(span.end, span.end + 60)) || scheduledBefore!.test(text.slice(Math.max(0, span.start - 40), span.start));
      const mention: DateMention = { ...span, date: resolved.date, precision: resolved.precision, past, kind: scheduled ? 'scheduled' : resolved.kind };
      if (resolved.until) mention.until = resolved.until;
      out.push(mention);
    }
  }
  return dropWeekdaysBesideDays(out, text);
}

// The commonest date of all, "On 3 May 2021, ...", read without chrono: a sentence whose only
// date-like words are one "D Month YYYY" (full month name), after nothing or "on" or a comma and
// followed by no time, range or further date. Anything else goes to chrono, which reads these the same.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PLAIN_DAY = /(?<![\w-])(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d\d)(?![\w-])/g;
const DATE_LIKE = new RegExp(MAY_HOLD_A_DATE.source, 'gi');
const PLAIN_BEFORE = /(?:^|(?:^|[\s(])on\s+|[(,]\s*|^[^\d]*[a-z]\s+)$/i;
const NOT_PLAIN_BEFORE = /(?:\b(?:and|to|or|until|till|through|between|from|of|the|-|–)|\d)\s*$/i;
const NOT_PLAIN_AFTER = /^\s*,?\s*(?:[-–/]|to\b|and\b|or\b|at\b|around\b|about\b|from\b|until\b|till\b|through\b|\d)/i;

export function plainDay(piece: string): { start: number; end: number; text: string; resolved: Resolved } | null {
  PLAIN_DAY.lastIndex = 0;
  const m = PLAIN_DAY.exec(piece);
  if (!m || PLAIN_DAY.exec(piece)) return null;
  const start = m.index, end = m.index + m[0].length;
  DATE_LIKE.lastIndex = 0;
  for (let h = DATE_LIKE.exec(piece); h; h = DATE_LIKE.exec(piece)) {
    if (h[0].length === 0) DATE_LIKE.lastIndex++;
    if (h.index < start || h.index + h[0].length > end) return null;
  }
  const before = piece.slice(0, start), after = piece.slice(end);
  if (!PLAIN_BEFORE.test(before) || NOT_PLAIN_BEFORE.test(before) || NOT_PLAIN_AFTER.test(after)) return null;
  const day = Number(m[1]), month = MONTHS.indexOf(m[2].toLowerCase()) + 1, year = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { start, end, text: m[0], resolved: { date: ymd(year, month, day), precision: 1, kind: 'absolute' } };
}

/** "Sunday (3 May)", "Sunday, 3 May": the stated day wins over the weekday's past-biased reading. */
function dropWeekdaysBesideDays(mentions: DateMention[], text: string): DateMention[] {
  return mentions.filter((m, i) => {
    if (m.kind !== 'weekday') return true;
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const beside = (a: DateMention | undefined, from: number, to: number) =>
      a !== undefined && a.kind === 'absolute' && /^[\s,(–-]{0,3}$/.test(text.slice(from, to));
    return !(beside(next, m.end, next?.start ?? 0) || beside(prev, prev?.end ?? 0, m.start));
  });
}

/** The publication day of a document: its own, else the run's default (--published-at), else today. */
export function publicationDay(doc: Document, ctx?: Pick<Context, 'defaultPublishedAt'> | null): string {
  return toDay(doc.meta.publishedAt) ?? toDay(ctx?.defaultPublishedAt) ?? today();
}

export interface EventDate {
  date: string;
  precision: 1 | 2 | 3;
  /** The date expression the day comes from; null when it is the publication date. */
  evidence: Span | null;
  /** True when the day is more than PAST_DAYS before publication (background unless nothing else). */
  past: boolean;
}

/** A mention that can date an event: not a bare year nor the day of a scheduled event, not after publication. */
function canDateEvent(m: DateMention, published: string): boolean {
  return m.kind !== 'year' && m.kind !== 'scheduled' && daysBetween(published, m.date) <= 0;
}

function within(m: Span, span: { start: number; end: number }): boolean {
  return m.start >= span.start && m.end <= span.end;
}

/** The event date from the mentions of one stretch of text, or null when none can date an event. */
function pick(mentions: DateMention[], published: string): EventDate | null {
  const usable = mentions.filter((m) => canDateEvent(m, published));
  const stated = usable.filter((m) => m.kind !== 'overnight');
  const overnight = usable.find((m) => m.kind === 'overnight');
  const best = stated.find((m) => !m.past) ?? stated[0];
  if (overnight && best && (best.kind === 'absolute' || best.kind === 'weekday') && !best.past) {
    // "overnight" with a stated day: the night before that day.
    return { date: addDays(best.date, -1), precision: 1, evidence: spanOf(overnight), past: false };
  }
  const chosen = best ?? overnight;
  if (!chosen) return null;
  return { date: chosen.date, precision: chosen.precision, evidence: spanOf(chosen), past: chosen.past };
}

function spanOf(m: DateMention): Span {
  return { start: m.start, end: m.end, text: m.text };
}

/**
 * The date of an event reported in `span` (a clause or sentence of `doc.text`): a date expression in
 * the span, else in the sentence(s) around it, else the latest one earlier in the same paragraph
 * (news carries a stated day forward: "On Tuesday, gunmen ... . Five people were killed."), else the
 * publication day. "overnight" is the night before publication or before the stated day. A bare
 * year never dates an event; a day more than PAST_DAYS before publication comes back `past: true`.
 */
export function resolveEventDate(doc: Document, span: { start: number; end: number }, ctx?: Pick<Context, 'defaultPublishedAt'> | null): EventDate {
  const published = publicationDay(doc, ctx);
  const mentions = doc.dates.length > 0 ? doc.dates : parseDates(doc.text, { publishedAt: published }, doc.sentences);

  const inSpan = pick(mentions.filter((m) => within(m, span)), published);
  if (inSpan) return inSpan;

  const sentences = doc.sentences.filter((s) => s.start < span.end && s.end > span.start);
  if (sentences.length > 0) {
    const around = { start: sentences[0].start, end: sentences[sentences.length - 1].end };
    const inSentence = pick(mentions.filter((m) => within(m, around)), published);
    if (inSentence) return inSentence;
  }

  const paragraphStart = doc.text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const earlier = mentions.filter((m) => m.start >= paragraphStart && m.end <= span.start && canDateEvent(m, published) && !m.past && m.kind !== 'overnight');
  const carried = earlier[earlier.length - 1];
  if (carried) return { date: carried.date, precision: carried.precision, evidence: spanOf(carried), past: false };

  // No day before it: a day stated later in the same paragraph ("Mystery surrounds the death of a trader.
  // He was found dead on the morning of 31 December.") rather than the publication day.
  const paragraphEnd = doc.text.indexOf('\n', span.end);
  // (pick is given no past or overnight mention, so what it returns is a stated day that is not past.)
  const later = pick(mentions.filter((m) => m.start >= span.end && (paragraphEnd < 0 || m.end <= paragraphEnd) && !m.past && m.kind !== 'overnight' && m.kind !== 'scheduled'), published);
  if (later) return later;

  return { date: published, precision: 1, evidence: null, past: false };
}

/** Pipeline stage: every date expression of the body, resolved against the publication day. */
export const datesStage: Stage = {
  name: 'dates',
  run(doc: Document, ctx: Context) {
    if (!doc.text) return;
    const published = publicationDay(doc, ctx);
    doc.dates = parseDates(doc.text, { publishedAt: published }, doc.sentences);
  },
};
