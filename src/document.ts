// The one type that flows through every stage of the pipeline (see DESIGN.md).
// Stages read what earlier stages put on the document and add their own fields.
// Every span keeps character offsets into `text` (the cleaned body), so every
// output field can point at the words that support it.

/** A stretch of `Document.text`: `text === doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A warning or error that travels on the document instead of being thrown (vfile style). */
export interface Message {
  level: 'info' | 'warning' | 'error';
  stage: string;
  reason: string;
  start?: number;
  end?: number;
}

/** Where a document came from and what its publisher said about it. */
export interface DocumentMeta {
  /** Path, URL or `feed-url#item-guid` the input was read from. */
  origin: string;
  /** Publisher or distributor name ("MENAFN", "Reuters", a site name, or --source). */
  source: string | null;
  url: string | null;
  /** ISO 8601 date or date-time of publication, if known. */
  publishedAt: string | null;
  byline: string | null;
  siteName: string | null;
  /** MIME type of the raw input: text/plain, text/html, application/json ... */
  contentType: string;
}

/** A sentence of the cleaned text. */
export type Sentence = Span;

/** A token from the tokenizer, with its part of speech when known. */
export interface Token extends Span {
  pos?: string;
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Span {
  /** Resolved day, YYYY-MM-DD. */
  date: string;
  /** ACLED time precision: 1 exact day, 2 within a week, 3 within a month. */
  precision: 1 | 2 | 3;
  /** True when the expression points well before publication (background). */
  past: boolean;
  /** The kind of expression: "absolute", "relative", "weekday", "overnight", "week", "month", "year", "range", "scheduled" (the day of a poll etc. named as a modifier). */
  kind: string;
  /** Optional (annotate/dates): last day of the period when the expression names one ("1-5 March", "last week"). */
  until?: string;
}

/** A number of people (or things) stated in the text. */
export interface Quantity extends Span {
  /** The value under ACLED's conventions (lowest of a range, "dozens" → 12 ...). */
  value: number;
  /** True when the words were vague ("several", "dozens") rather than a figure. */
  vague: boolean;
  /** The noun the quantity counts, lower-cased ("people", "soldiers", "protesters"), if found. */
  noun: string | null;
  /** Optional (annotate/quantities): the hedge before the figure, lower-cased ("at least", "more than", "up to", "around"). */
  modifier?: string;
}

/** A place name in the text resolved (or not) to a gazetteer entry. */
export interface Toponym extends Span {
  /** Gazetteer name of the resolved place. */
  name: string | null;
  geonameid: number | null;
  latitude: number | null;
  longitude: number | null;
  country_code: string | null;
  admin1: string | null;
  admin2: string | null;
  feature_code: string | null;
  confidence: number;
}

/** An actor named in the text, normalised against the actor dictionary. */
export interface ActorMention extends Span {
  /** Normalised ACLED-style actor name, e.g. "Military Forces of Syria (2024-)". */
  actor: string;
  /** ACLED inter code 1-8. */
  inter: number;
  /** ISO 3166 alpha-2 country of the actor when known. */
  country: string | null;
  /**
   * Added by actors: how the actor was recognised — 'named' (dictionary entry), 'identity' (identity
   * militia), or a generic kind ('protesters', 'rioters', 'civilians', 'unidentified', 'military',
   * 'police'); the coder may re-name a generic kind with genericActor() once it knows the event country.
   */
  kind?: string;
  /** Added by actors: ACLED associated-actor hints, e.g. ["Students (Kenya)", "Turkana Ethnic Group (Kenya)"]. */
  assoc?: string[];
}

/** One evidence span behind one output field. */
export interface Evidence extends Span {
  field: string;
}

/** A sentence or clause that reports (or seems to report) an event. */
export interface EventMention extends Span {
  event_type: string;
  sub_event_type: string;
  /** Null when the mention may become an event; otherwise why it may not (background, negated ...). */
  rejected: string | null;
  evidence: Evidence[];
}

/** An event in the ACLED export format plus sitrep's own fields (DESIGN.md, "Event JSONL"). */
export interface CodedEvent {
  event_id: string;
  doc_id: string;
  event_date: string;
  time_precision: 1 | 2 | 3;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string;
  inter1: number;
  actor2: string;
  assoc_actor_2: string;
  inter2: number;
  interaction: number;
  civilian_targeting: string;
  iso: number | null;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  fatalities: number;
  fatalities_unknown: boolean;
  arrests: number;
  notes: string;
  source: string;
  confidence: number;
  evidence: Evidence[];
}

export interface Document {
  /** Stable id: the input's own id when it has one, else derived from the content hash. */
  id: string;
  meta: DocumentMeta;
  /** The raw input as read (HTML, text, JSON line). Dropped before storage of large batches. */
  raw: string;
  /** Headline, kept apart from the body. */
  title: string | null;
  /** The cleaned body text. All offsets point into this string. */
  text: string;
  /** sha256 of the normalised title and text: equal hashes are exact copies. */
  contentHash: string;
  /** Set by dedupe: the story this document belongs to, and whether it is a copy of an earlier one. */
  storyId: string | null;
  duplicateOf: string | null;
  /** MinHash signature of the body, set by dedupe. */
  minhash: number[] | null;

  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  quantities: Quantity[];
  toponyms: Toponym[];
  actors: ActorMention[];
  mentions: EventMention[];
  events: CodedEvent[];

  messages: Message[];
}

/** A new, empty document around raw input; stages fill in the rest. */
export function createDocument(id: string, raw: string, meta: Partial<DocumentMeta> & { origin: string }): Document {
  return {
    id,
    meta: {
      origin: meta.origin,
      source: meta.source ?? null,
      url: meta.url ?? null,
      publishedAt: meta.publishedAt ?? null,
      byline: meta.byline ?? null,
      siteName: meta.siteName ?? null,
      contentType: meta.contentType ?? 'text/plain',
    },
    raw,
    title: null,
    text: '',
    contentHash: '',
    storyId: null,
    duplicateOf: null,
    minhash: null,
    sentences: [],
    tokens: [],
    dates: [],
    quantities: [],
    toponyms: [],
    actors: [],
    mentions: [],
    events: [],
    messages: [],
  };
}

/** Record a message on the document (never throw from a stage for bad input). */
export function report(doc: Document, stage: string, level: Message['level'], reason: string, span?: { start: number; end: number }): void {
  doc.messages.push({ level, stage, reason, ...(span ?? {}) });
}

/** True when a stage has marked the document as unusable. */
export function isFatal(doc: Document): boolean {
  return doc.messages.some((m) => m.level === 'error');
}
