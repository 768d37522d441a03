// The clean stage: the final body text (all later offsets point into it) and the content hash.
// Unicode normalised; hard wraps joined; publisher boilerplate removed by pattern and by recurrence
// within a source; the title kept apart from the body (and not repeated as its first paragraph).
import { report } from '../document.js';
import type { Stage } from '../pipeline.js';
import { sha256 } from '../util/hash.js';
import { boilerplateConfig, removeBoilerplate } from './boilerplate.js';
import { recurringFor } from './recurring.js';
import { normalizeUnicode } from './unicode.js';
import { toParagraphs } from './unwrap.js';

/** Lower-cased, whitespace-collapsed: equal for copies that differ only in wrapping and case. */
export function normalizeForHash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function contentHash(title: string | null, text: string): string {
  return sha256(`${normalizeForHash(title ?? '')}\n${normalizeForHash(text)}`);
}

/** Where the recurrence of paragraphs is counted: the source, else the site, else the URL's host. */
function sourceKey(meta: { source: string | null; siteName: string | null; url: string | null }): string | null {
  if (meta.source) return meta.source.toLowerCase();
  if (meta.siteName) return meta.siteName.toLowerCase();
  if (meta.url) {
    try { return new URL(meta.url).hostname.toLowerCase(); } catch { return null; }
  }
  return null;
}

export const cleanStage: Stage = {
  name: 'clean',
  run(doc, ctx) {
    const config = boilerplateConfig();
    const title = doc.title ? normalizeUnicode(doc.title).replace(/\s+/g, ' ').trim() || null : null;
    let paragraphs = toParagraphs(normalizeUnicode(doc.text));

    if (title && paragraphs.length > 1 && normalizeForHash(paragraphs[0]!) === normalizeForHash(title)) paragraphs.shift();

    const { kept, removed } = removeBoilerplate(paragraphs, config.patterns);
    paragraphs = kept;
    for (const r of removed) report(doc, 'clean', 'info', `removed boilerplate (${r.id}): ${r.text.slice(0, 80)}`);

    const source = sourceKey({ source: doc.meta.source ?? ctx.defaultSource, siteName: doc.meta.siteName, url: doc.meta.url });
    if (source) {
      const recurring = recurringFor(ctx, config.recurring.minDocuments, config.recurring.minLength);
      const fresh = paragraphs.filter((p) => {
        if (!recurring.isRecurring(source, p)) return true;
        report(doc, 'clean', 'info', `removed paragraph recurring across documents of ${source}: ${p.slice(0, 80)}`);
        return false;
      });
      recurring.record(source, title, paragraphs);
      paragraphs = fresh;
    }

    doc.title = title;
    doc.text = paragraphs.join('\n\n');
    if (!doc.text) {
      report(doc, 'clean', 'error', 'nothing left after cleaning');
      return;
    }
    doc.contentHash = contentHash(title, doc.text);
    if (!doc.id) doc.id = `d${doc.contentHash.slice(0, 16)}`;
  },
};
