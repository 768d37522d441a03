// Paragraphs that recur verbatim across many documents of one source are that source's boilerplate
// (its own disclaimer, "about us" trailer, newsletter pitch) even when no pattern names them.
// Counted per source over documents with different titles, so that successive versions of one
// article do not make its own paragraphs "recurring". Counted in memory per context (one run); when
// the run has a store, earlier runs' counts are loaded from it and new ones saved to it.
import { fnv1a } from '../util/hash.js';

/** Where earlier runs' paragraph counts are kept (the store implements it). */
export interface ParagraphHistory {
  /** The (paragraph hash, title hash) pairs seen for a source in earlier runs. */
  load(source: string): [number, number][];
  /** Pairs seen now, to be kept for later runs. */
  add(source: string, pairs: [number, number][]): void;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export class RecurringParagraphs {
  /** source → paragraph hash → titles (hashed) it was seen under, up to minDocuments. */
  private seen = new Map<string, Map<number, Set<number>>>();

  constructor(private minDocuments: number, private minLength: number, private history: ParagraphHistory | null = null) {}

  private forSource(source: string): Map<number, Set<number>> {
    let bySource = this.seen.get(source);
    if (!bySource) {
      this.seen.set(source, (bySource = new Map()));
      for (const [p, t] of this.history?.load(source) ?? []) {
        let titles = bySource.get(p);
        if (!titles) bySource.set(p, (titles = new Set()));
        titles.add(t);
      }
    }
    return bySource;
  }

  /** True when `paragraph` has already been seen in enough documents of `source`. */
  isRecurring(source: string, paragraph: string): boolean {
    if (paragraph.length < this.minLength) return false;
    return (this.forSource(source).get(fnv1a(norm(paragraph)))?.size ?? 0) >= this.minDocuments;
  }

  /** Count the paragraphs of one document. */
  record(source: string, title: string | null, paragraphs: string[]): void {
    const bySource = this.forSource(source);
    const titleKey = fnv1a(norm(title ?? paragraphs.join(' ')));
    const added: [number, number][] = [];
    for (const p of paragraphs) {
      if (p.length < this.minLength) continue;
      const k = fnv1a(norm(p));
      let titles = bySource.get(k);
      if (!titles) bySource.set(k, (titles = new Set()));
      if (titles.size < this.minDocuments && !titles.has(titleKey)) {
        titles.add(titleKey);
        added.push([k, titleKey]);
      }
    }
    if (added.length) this.history?.add(source, added);
  }
}

const byContext = new WeakMap<object, RecurringParagraphs>();
const historyByContext = new WeakMap<object, ParagraphHistory>();

/** Give a run (context) the store's paragraph history; call before the first document is cleaned. */
export function useParagraphHistory(ctx: object, history: ParagraphHistory): void {
  historyByContext.set(ctx, history);
  byContext.delete(ctx);
}

/** The recurring-paragraph counts of one run (one context). */
export function recurringFor(ctx: object, minDocuments: number, minLength: number): RecurringParagraphs {
  let r = byContext.get(ctx);
  if (!r) byContext.set(ctx, (r = new RecurringParagraphs(minDocuments, minLength, historyByContext.get(ctx) ?? null)));
  return r;
}
