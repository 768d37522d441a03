// Article metadata from an HTML page: headline, byline, publication time, site name and a JSON-LD
// articleBody, from <meta> tags (Open Graph, article:*, Dublin Core) and JSON-LD NewsArticle blocks.

export interface HtmlMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  articleBody: string | null;
}

type Doc = { querySelector(s: string): { getAttribute(n: string): string | null; textContent: string | null } | null; querySelectorAll(s: string): ArrayLike<{ textContent: string | null; getAttribute(n: string): string | null }> };

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting/;

/** Every JSON-LD object on the page, flattened (@graph and arrays). */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as { '@graph'?: unknown })['@graph'];
      if (graph) add(graph);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try { add(JSON.parse(scripts[i]!.textContent ?? '')); } catch { /* a broken JSON-LD block is ignored */ }
  }
  return out;
}

const name = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name.trim() || null;
  return null;
};

export function htmlMeta(doc: Doc): HtmlMeta {
  const ld = jsonLd(doc).find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const titleTag = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title: str(ld?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? h1 ?? titleTag,
    byline: name(ld?.author) ?? meta(doc, 'author', 'article:author', 'dc.creator', 'byl'),
    publishedAt: str(ld?.datePublished) ?? meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'dc.date', 'date') ?? time,
    siteName: name(ld?.publisher) ?? meta(doc, 'og:site_name', 'application-name'),
    articleBody: str(ld?.articleBody),
  };
}
