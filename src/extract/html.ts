// HTML page → article: Readability over linkedom, with JSON-LD articleBody and <article> fallbacks,
// and a check that the chosen text overlaps the headline.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { headlineOverlap } from './headline.js';
import { blockText } from './html-text.js';
import { htmlMeta } from './html-meta.js';

export interface ExtractedArticle {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** Which extractor produced the text: readability, json-ld, article, body. */
  method: string;
  notes: string[];
}

/** Minimum share of headline words the body should contain near its top. */
const MIN_OVERLAP = 0.3;

/** Markup that never holds article text (JSON-LD scripts are kept: they carry metadata). */
const NOISE = /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/gi;

/**
 * A page with exactly one <article> element, cut down to its <head> and that element. Parsing a
 * 50 KB page costs far more than extracting from it; most of it is navigation, related links and
 * footers outside the article. Null when the page does not have this shape.
 */
function articleOnly(html: string): string | null {
  const opens = html.match(/<article[\s>]/gi);
  if (!opens || opens.length !== 1) return null;
  const start = html.search(/<article[\s>]/i);
  const end = html.toLowerCase().lastIndexOf('</article>');
  if (end < start) return null;
  const head = html.match(/<head[\s>][\s\S]*?<\/head\s*>/i)?.[0] ?? '<head></head>';
  return `<!doctype html><html>${head}<body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

export function extractHtml(html: string): ExtractedArticle {
  const stripped = html.replace(NOISE, '');
  const slim = articleOnly(stripped);
  if (slim) {
    const fast = extractFromPage(slim);
    // Accepted when it holds a real body that matches the headline; otherwise the whole page is read.
    if (fast.text.length >= 200 && (!fast.title || headlineOverlap(fast.title, fast.text) >= MIN_OVERLAP)) {
      fast.notes.push('read the single <article> element only');
      return fast;
    }
  }
  // A fragment (a feed item's content) gets a document around it, so that it has a body.
  const page = /<(html|body)[\s>]/i.test(stripped) ? stripped : `<!doctype html><html><head></head><body>${stripped}</body></html>`;
  return extractFromPage(page);
}

function extractFromPage(page: string): ExtractedArticle {
  const { document } = parseHTML(page);
  const meta = htmlMeta(document as never);
  const notes: string[] = [];

  // Fallback candidates, read before Readability rearranges the DOM.
  const candidates: { method: string; text: string }[] = [];
  if (meta.articleBody) candidates.push({ method: 'json-ld', text: meta.articleBody });
  // A page with exactly one <article> element: its text is the article without the page's footer,
  // which Readability sometimes keeps.
  const articles = document.querySelectorAll('article');
  const article = articles.length === 1 ? blockText(articles[0] as never) : '';
  if (article.length >= 200) candidates.push({ method: 'article', text: article });

  let readable: ReturnType<Readability<Node>['parse']> = null;
  try {
    readable = new Readability<Node>(document as never, { serializer: (n) => n, charThreshold: 200 }).parse();
  } catch (err) {
    notes.push(`readability failed: ${(err as Error).message}`);
  }
  if (readable?.content) {
    const text = blockText(readable.content as never);
    // Prefer the single <article> (or JSON-LD body) when Readability's text contains it and more.
    const inner = candidates.find((c) => c.method === 'article');
    const at = inner ? candidates.indexOf(inner) + 1 : 0;
    candidates.splice(inner && text.length > inner.text.length ? at : 0, 0, { method: 'readability', text });
  }
  // The whole body is the last resort. Readability has rearranged the DOM (it drops whatever looks
  // like a sidebar, sometimes the story itself), so the page is parsed again, only when needed.
  const bodyCandidate = () => {
    const fresh = parseHTML(page).document;
    return { method: 'body', text: fresh.body ? blockText(fresh.body as never) : '' };
  };

  const title = meta.title ?? readable?.title ?? null;
  const usable = candidates.filter((c) => c.text.trim().length > 0);
  if (usable.length === 0) usable.push(bodyCandidate());
  let chosen = usable[0]!;
  if (title) {
    const scored = usable.map((c) => ({ ...c, overlap: headlineOverlap(title, c.text) }));
    const first = scored[0]!;
    if (first.overlap < MIN_OVERLAP) {
      if (first.method !== 'body') {
        const body = bodyCandidate();
        scored.push({ ...body, overlap: headlineOverlap(title, body.text) });
      }
      const better = scored.find((c) => c.overlap >= MIN_OVERLAP && c.text.length >= 80);
      if (better) {
        notes.push(`${first.method} text does not match the headline (overlap ${first.overlap.toFixed(2)}); used ${better.method}`);
        chosen = better;
      } else {
        notes.push(`extracted text overlaps the headline weakly (${first.overlap.toFixed(2)})`);
      }
    }
  }
  return {
    title,
    text: chosen.text,
    byline: meta.byline ?? readable?.byline ?? null,
    siteName: meta.siteName ?? readable?.siteName ?? null,
    publishedAt: meta.publishedAt ?? readable?.publishedTime ?? null,
    method: chosen.method,
    notes,
  };
}
