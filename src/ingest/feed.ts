// RSS and Atom feeds → items. Parsed with rss-parser (xml2js over sax). sax does not expand entities
// declared in a DTD, but we do not rely on that alone: a feed that declares entities (the shape of
// every "billion laughs" bomb) is refused before it reaches the parser.
import Parser from 'rss-parser';

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  publishedAt: string | null;
  /** The item's own content (HTML or text), used when its page cannot be fetched. */
  content: string | null;
}

export type ParsedFeed = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; reason: string; detail: string };

const parser = new Parser({ xml2js: { strict: true } as never });

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  if (/<!ENTITY/i.test(xml)) return { ok: false, reason: 'xml-entities', detail: 'the feed declares XML entities (possible entity-expansion bomb); refused' };
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    return { ok: false, reason: 'malformed-feed', detail: (err as Error).message.split('\n')[0]! };
  }
  const items = (feed.items ?? []).map((it): FeedItem => {
    const any = it as Record<string, unknown>;
    const content = [any['content:encoded'], it.content, it.contentSnippet, any.summary]
      .find((v): v is string => typeof v === 'string' && v.trim().length > 0) ?? null;
    return {
      guid: (typeof it.guid === 'string' && it.guid) || (typeof any.id === 'string' && any.id) || null,
      link: it.link ?? null,
      title: it.title ?? null,
      publishedAt: it.isoDate ?? null,
      content,
    };
  });
  if (items.length === 0 && !feed.title) return { ok: false, reason: 'malformed-feed', detail: 'no channel/feed element or items' };
  return { ok: true, title: feed.title ?? null, items };
}
