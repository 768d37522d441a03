// What kind of input a file or response is: by content type, then extension, then the first bytes.

export type InputKind = 'html' | 'text' | 'jsonl' | 'json' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  html: 'html', htm: 'html', xhtml: 'html',
  txt: 'text', text: 'text', md: 'text',
  jsonl: 'jsonl', ndjson: 'jsonl',
  json: 'json',
  xml: 'feed', rss: 'feed', atom: 'feed',
};

export function sniffKind(text: string, hint: { path?: string; contentType?: string }): InputKind {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  const lowerHead = head.toLowerCase();
  const type = hint.contentType ?? '';
  if (/(rss|atom|rdf)\+xml|^(application|text)\/xml/.test(type)) return 'feed';
  if (/html/.test(type)) return looksLikeFeed(lowerHead) ? 'feed' : 'html';
  if (/json/.test(type)) return head.startsWith('[') ? 'json' : 'jsonl';
  const ext = hint.path?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext]!;
  if (looksLikeFeed(lowerHead)) return 'feed';
  if (lowerHead.startsWith('<!doctype html') || lowerHead.startsWith('<html') || /<(body|article|p|div)[\s>]/.test(lowerHead)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'text';
}

function looksLikeFeed(lowerHead: string): boolean {
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype[^>]*>\s*)?<(rss|feed|rdf:rdf)[\s>]/.test(lowerHead)
    || (lowerHead.startsWith('<?xml') && /<(rss|feed|rdf:rdf)[\s>]/.test(lowerHead));
}
