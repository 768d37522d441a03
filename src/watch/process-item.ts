// What watch does with one new item: fetch its page (the item's own content when the page cannot be
// had), run the whole pipeline, store the document (and through it its events), or a dead letter.
// Returns a short outcome for the seen-items table; never throws for bad input.
import { createContext } from '../context.js';
import { decodeBytes } from '../ingest/decode.js';
import { safeFetch } from '../ingest/fetch.js';
import type { RawItem } from '../ingest/item.js';
import { processItem } from '../ingest/run.js';
import { useParagraphHistory } from '../clean/recurring.js';
import type { DeadLetter } from '../store/documents.js';
import type { Store } from '../store/index.js';
import type { FeedItem } from './feed-items.js';

/** Processes one item; resolves to an outcome such as "new", "duplicate" or "rejected: reason". */
export type ProcessItem = (item: FeedItem) => Promise<string>;

export interface ProcessOptions {
  allowPrivate?: boolean;
  /** Fetch each item's page (default true); the item's own content is used when it cannot be had. */
  fetchPages?: boolean;
  timeoutMs?: number;
}

interface ItemInput { text: string; contentType: string; url: string | null; note: string | null }

/** The item's page when it can be fetched and read as an article, else the item's own content (also used by src/queue/watch-processor.ts). */
async function itemInput(item: FeedItem, o: ProcessOptions): Promise<ItemInput | { dead: string }> {
  let note: string | null = null;
  const isPage = item.link === item.feedUrl; // a followed page: its body is already the content
  if (!isPage && item.link && /^https?:\/\//i.test(item.link) && o.fetchPages !== false) {
    const res = await safeFetch(item.link, { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs });
    if (res.ok) {
      const decoded = decodeBytes(res.bytes, res.charset);
      if (decoded.ok && decoded.text.trim() && /^(text\/html|application\/xhtml\+xml|text\/plain|)$/.test(res.contentType)) {
        return { text: decoded.text, contentType: res.contentType === 'text/plain' ? 'text/plain' : 'text/html', url: res.url, note: decoded.note };
      }
      note = decoded.ok ? `item page is not an article (${res.contentType || 'no content type'})` : `item page unreadable: ${decoded.reason}`;
    } else {
      note = `item page not fetched (${res.reason}: ${res.detail})`;
    }
  }
  if (!item.content.trim()) return { dead: note ?? 'the item has neither a fetchable link nor content' };
  return { text: item.content, contentType: item.contentType, url: item.link, note: isPage ? null : `${note ? note + '; ' : ''}used the feed item's own content` };
}

/**
 * The raw input of a feed item — its page, else its own content — as ingest reads any input, or the
 * dead letter of an item that has neither. Shared by in-process watch and `watch --queue`.
 */
export async function rawItemOf(item: FeedItem, o: ProcessOptions = {}): Promise<{ raw: RawItem } | { letter: DeadLetter }> {
  const origin = item.link === item.feedUrl ? item.feedUrl : `${item.feedUrl}#${item.key}`;
  const input = await itemInput(item, o);
  if ('dead' in input) return { letter: { origin, reason: 'no-content', detail: input.dead } };
  return {
    raw: {
      origin, text: input.text, contentType: input.contentType, title: item.title, url: input.url, source: item.source,
      publishedAt: item.publishedAt, notes: input.note ? [input.note] : [],
    },
  };
}

/** The default processor: the whole pipeline into `store`, exactly as `sitrep ingest <feed>` stores an item. */
export function pipelineProcessor(store: Pick<Store, 'documents'>, o: ProcessOptions = {}): ProcessItem {
  const ctx = createContext({ dedupeIndex: store.documents.dedupeIndex() });
  useParagraphHistory(ctx, store.documents.paragraphHistory());
  return async (item) => {
    const read = await rawItemOf(item, o);
    if ('letter' in read) {
      await store.documents.saveBatch([], [read.letter]);
      return `rejected: ${read.letter.reason}`;
    }
    const processed = await processItem(read.raw, ctx);
    if (processed.kind === 'dead') {
      await store.documents.saveBatch([], [processed.letter]);
      return `rejected: ${processed.letter.reason}`;
    }
    const [outcome] = await store.documents.saveBatch([processed.doc]);
    if (!outcome) return 'stored';
    return outcome.status === 'failed' ? `failed: ${outcome.error ?? 'store error'}` : outcome.status;
  };
}
