// The extract stage: raw input → title, pre-clean body text and publication metadata.
// HTML goes through the article extractor; plain text has its headline line split off; bodies from
// the document format (JSONL) are taken as they are, their title given by the input.
import { report } from '../document.js';
import type { Stage } from '../pipeline.js';
import { extractHtml } from './html.js';
import { splitTitle } from './text.js';

export const extractStage: Stage = {
  name: 'extract',
  run(doc) {
    const type = doc.meta.contentType;
    if (/html|xml/.test(type)) {
      const a = extractHtml(doc.raw);
      doc.title = doc.title ?? a.title;
      doc.text = a.text;
      doc.meta.byline = doc.meta.byline ?? a.byline;
      doc.meta.siteName = doc.meta.siteName ?? a.siteName;
      doc.meta.publishedAt = doc.meta.publishedAt ?? normalizeDate(a.publishedAt);
      for (const note of a.notes) report(doc, 'extract', 'warning', note);
      report(doc, 'extract', 'info', `article text from ${a.method}`);
    } else if (type === 'text/plain') {
      const { title, body } = splitTitle(doc.raw);
      doc.title = doc.title ?? title;
      doc.text = doc.title && title && doc.title.toLowerCase() !== title.toLowerCase() ? doc.raw : body;
    } else {
      doc.text = doc.raw;
    }
    if (!doc.text.trim()) report(doc, 'extract', 'error', 'no article text found');
  },
};

/** An ISO date-time from what a page says, or null when it cannot be read. */
function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
