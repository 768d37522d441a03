// JSONL (and JSON arrays) in the document format of DESIGN.md:
// {"id", "text", "title"?, "published_at"?, "url"?, "source"?}. A line that does not parse or lacks
// `text` becomes a dead letter; the other lines go on.
import { dead, item, type ReadResult } from './item.js';

function fromRecord(value: unknown, origin: string): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return dead(origin, 'malformed-json', 'not a JSON object');
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') return dead(origin, 'missing-text', 'the document has no "text" string');
  if (!r.text.trim()) return dead(origin, 'empty', 'the "text" is empty');
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);
  return item({
    origin,
    text: r.text,
    contentType: 'application/json',
    id: str(r.id),
    title: str(r.title),
    url: str(r.url),
    source: str(r.source),
    publishedAt: str(r.published_at),
  });
}

export function* readJsonl(text: string, origin: string): Generator<ReadResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield dead(`${origin}:${i + 1}`, 'malformed-json', (err as Error).message);
      continue;
    }
    const id = value && typeof value === 'object' && typeof (value as { id?: unknown }).id !== 'undefined' ? String((value as { id: unknown }).id) : null;
    yield fromRecord(value, id ? `${origin}#${id}` : `${origin}:${i + 1}`);
  }
}

export function* readJson(text: string, origin: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield dead(origin, 'malformed-json', (err as Error).message);
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as { id?: unknown } | null;
    const id = r && typeof r === 'object' && r.id !== undefined ? String(r.id) : null;
    yield fromRecord(records[i], records.length === 1 && !Array.isArray(value) ? origin : id ? `${origin}#${id}` : `${origin}[${i}]`);
  }
}
