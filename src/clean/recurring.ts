// Paragraphs that recur verbatim across many documents of one source are that source's boilerplate
// (its own disclaimer, "about us" trailer, newsletter pitch) even when no pattern names them.
// Counted per source over documents with different titles, so that successive versions of one
// article do not make its own paragraphs "recurring". Kept in memory for the process (per context).
import { fnv1a } from '../util/hash.js';

export class RecurringParagraphs {
  /** source → paragraph hash → titles (hashed) it was seen under, up to minDocuments. */
  private seen = new Map<string, Map<number, Set<number>>>();

  constructor(private minDocuments: number, private minLength: number) {}

  private key(p: string): number {
    return fnv1a(p.toLowerCase().replace(/\s+/g, ' ').trim());
  }

  /** True when `paragraph` has already been seen in enough documents of `source`. */
  isRecurring(source: string, paragraph: string): boolean {
    if (paragraph.length < this.minLength) return false;
    return (this.seen.get(source)?.get(this.key(paragraph))?.size ?? 0) >= this.minDocuments;
  }

  /** Count the paragraphs of one document. */
  record(source: string, title: string | null, paragraphs: string[]): void {
    let bySource = this.seen.get(source);
    if (!bySource) this.seen.set(source, (bySource = new Map()));
    const titleKey = fnv1a((title ?? paragraphs.join(' ')).toLowerCase().replace(/\s+/g, ' ').trim());
    for (const p of paragraphs) {
      if (p.length < this.minLength) continue;
      const k = this.key(p);
      let titles = bySource.get(k);
      if (!titles) bySource.set(k, (titles = new Set()));
      if (titles.size < this.minDocuments) titles.add(titleKey);
    }
  }
}

const byContext = new WeakMap<object, RecurringParagraphs>();

/** The recurring-paragraph counts of one run (one context). */
export function recurringFor(ctx: object, minDocuments: number, minLength: number): RecurringParagraphs {
  let r = byContext.get(ctx);
  if (!r) byContext.set(ctx, (r = new RecurringParagraphs(minDocuments, minLength)));
  return r;
}
