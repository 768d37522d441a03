// A fetched feed body → the items to process. RSS and Atom go through the core's parseFeed (rss-parser,
// entity declarations refused); a web page that is
// not a feed is one item itself (keyed by its URL, so a changed page is processed again).
import { parseFeed } from '../ingest/feed.js';
import { sha256 } from '../util/hash.js';

/** One thing to process: a feed item or a followed page. */
export interface FeedItem {
  feedUrl: string;
  /** guid, else link, else a hash of title and content. */
  key: string;
  /** sha256 of title, link and content: an item whose content changes is processed again. */
  contentHash: string;
  link: string | null;
  title: string | null;
  /** The item's own content (HTML or text): the whole page for a followed page. */
  content: string;
  contentType: 'text/html' | 'text/plain';
  publishedAt: string | null;
  /** The feed's title, used as the source name. */
  source: string | null;
}

export type ParsedItems = { ok: true; kind: 'feed' | 'page'; items: FeedItem[] } | { ok: false; reason: string; detail: string };

function looksLikeHtml(body: string, contentType: string): boolean {
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return !/<(rss|feed|rdf:RDF)[\s>]/i.test(body.slice(0, 2000));
  return /^\s*(<!doctype html|<html[\s>])/i.test(body);
}

function itemHash(title: string | null, link: string | null, content: string): string {
  return sha256(`${title ?? ''}\n${link ?? ''}\n${content}`);
}

/** The items of a feed (oldest first, so a stopped watcher resumes in publication order) or the page as one item. */
export async function parseFeedItems(feedUrl: string, body: string, contentType: string): Promise<ParsedItems> {
  if (looksLikeHtml(body, contentType)) {
    return { ok: true, kind: 'page', items: [{
      feedUrl, key: feedUrl, contentHash: sha256(body), link: feedUrl, title: null, content: body, contentType: 'text/html', publishedAt: null, source: null,
    }] };
  }
  const feed = await parseFeed(body);
  if (!feed.ok) return { ok: false, reason: feed.reason, detail: feed.detail };
  const items: FeedItem[] = feed.items.map((it) => {
    const content = it.content ?? '';
    const hash = itemHash(it.title, it.link, content);
    return {
      feedUrl, key: it.guid ?? it.link ?? hash, contentHash: hash, link: it.link, title: it.title, content,
      contentType: /<[a-z][^>]*>/i.test(content) ? 'text/html' as const : 'text/plain' as const,
      publishedAt: it.publishedAt, source: feed.title,
    };
  });
  items.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  return { ok: true, kind: 'feed', items };
}
