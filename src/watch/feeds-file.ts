// The --feeds file: one URL per line (blank lines and # comments ignored), or JSON — an array of URLs
// or of {"url": ...} objects, or {"feeds": [...]}.
import { readFileSync } from 'node:fs';

export function parseFeedsFile(text: string): string[] {
  const trimmed = text.trim();
  let urls: string[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const data = JSON.parse(trimmed) as unknown;
    const list = Array.isArray(data) ? data : (data as { feeds?: unknown }).feeds;
    if (!Array.isArray(list)) throw new Error('a JSON feeds file is an array of URLs or {"feeds": [...]}');
    urls = list.map((f) => (typeof f === 'string' ? f : (f as { url?: unknown })?.url)).filter((u): u is string => typeof u === 'string');
  } else {
    urls = trimmed.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
  }
  const bad = urls.filter((u) => !/^https?:\/\/./i.test(u));
  if (bad.length) throw new Error(`not http(s) URLs: ${bad.join(', ')}`);
  return [...new Set(urls)];
}

export function readFeedsFile(path: string): string[] {
  return parseFeedsFile(readFileSync(path, 'utf8'));
}
