// Inputs named on the command line → raw items: files, directories (recursive), http(s) URLs,
// RSS/Atom feeds (each item's page fetched; the item's own content used when the page cannot be had)
// and JSONL documents. Anything unreadable becomes a dead letter; nothing here throws for bad input.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { sha256 } from '../util/hash.js';
import { decodeBytes, MAX_INPUT_BYTES } from './decode.js';
import { parseFeed } from './feed.js';
import { safeFetch } from './fetch.js';
import { dead, item, type ReadResult } from './item.js';
import { readJson, readJsonl } from './jsonl.js';
import { sniffKind } from './sniff.js';

export interface ReadOptions {
  allowPrivate?: boolean;
  /** Fetch the pages of feed items (default true). */
  fetchFeedPages?: boolean;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Every raw item (or dead letter) behind the given inputs, in order. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (isUrl(input)) yield* readUrl(input, options);
    else yield* readPath(resolve(input), options);
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    yield dead(path, 'not-found', (err as Error).message);
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = readdirSync(path).filter((n) => !n.startsWith('.')).sort();
    } catch (err) {
      yield dead(path, 'unreadable', (err as Error).message);
      return;
    }
    for (const name of entries) yield* readPath(join(path, name), options);
    return;
  }
  if (!info.isFile()) {
    yield dead(path, 'unreadable', 'not a regular file');
    return;
  }
  // JSONL corpora may be far larger than one document: read line by line, capping each line instead.
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    yield* readJsonlFile(path);
    return;
  }
  if (info.size > MAX_INPUT_BYTES) {
    yield dead(path, 'too-large', `${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`, { size: info.size });
    return;
  }
  // Local files are read synchronously: one at a time anyway, and much faster than a promise per file.
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    yield dead(path, 'unreadable', (err as Error).message);
    return;
  }
  yield* readBytes(bytes, path, { path }, options);
}

async function* readJsonlFile(path: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.length > MAX_INPUT_BYTES) {
        yield dead(`${path}:${n}`, 'too-large', `line of ${line.length} characters; the limit is ${MAX_INPUT_BYTES}`);
        continue;
      }
      if (!line.trim()) continue;
      for (const r of readJsonl(line, path)) {
        // readJsonl numbers lines within its input; here each call gets one line.
        yield r.kind === 'dead' && r.letter.origin === `${path}:1` ? { ...r, letter: { ...r.letter, origin: `${path}:${n}` } }
          : r.kind === 'item' && r.item.origin === `${path}:1` ? { ...r, item: { ...r.item, origin: `${path}:${n}` } } : r;
      }
    }
  } catch (err) {
    yield dead(path, 'unreadable', (err as Error).message);
  }
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const res = await safeFetch(url, { allowPrivate: options.allowPrivate });
  if (!res.ok) {
    yield dead(url, res.reason, res.detail);
    return;
  }
  yield* readBytes(res.bytes, url, { contentType: res.contentType, charset: res.charset, url: res.url }, options);
}

async function* readBytes(bytes: Buffer, origin: string, hint: { path?: string; contentType?: string; charset?: string | null; url?: string }, options: ReadOptions): AsyncGenerator<ReadResult> {
  const decoded = decodeBytes(bytes, hint.charset);
  if (!decoded.ok) {
    yield dead(origin, decoded.reason, decoded.detail, { contentHash: sha256(bytes), size: bytes.length });
    return;
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    yield dead(origin, 'empty', 'only whitespace', { contentHash: sha256(bytes), size: bytes.length });
    return;
  }
  const notes = decoded.note ? [decoded.note] : [];
  const kind = sniffKind(text, hint);
  switch (kind) {
    case 'jsonl': yield* readJsonl(text, origin); return;
    case 'json': yield* readJson(text, origin); return;
    case 'feed': yield* readFeed(text, origin, options); return;
    case 'html': yield item({ origin, text, contentType: 'text/html', url: hint.url ?? null, notes }); return;
    case 'text': yield item({ origin, text, contentType: 'text/plain', url: hint.url ?? null, notes }); return;
  }
}

async function* readFeed(xml: string, origin: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const feed = await parseFeed(xml);
  if (!feed.ok) {
    yield dead(origin, feed.reason, feed.detail, { contentHash: sha256(xml), size: Buffer.byteLength(xml) });
    return;
  }
  for (const [i, it] of feed.items.entries()) {
    const itemOrigin = `${origin}#${it.guid ?? it.link ?? i}`;
    const base = { title: it.title, publishedAt: it.publishedAt, source: feed.title, url: it.link };
    let fetchNote: string | null = null;
    if (it.link && isUrl(it.link) && options.fetchFeedPages !== false) {
      const res = await safeFetch(it.link, { allowPrivate: options.allowPrivate });
      if (res.ok) {
        const decoded = decodeBytes(res.bytes, res.charset);
        if (decoded.ok && decoded.text.trim()) {
          const kind = sniffKind(decoded.text, { contentType: res.contentType });
          if (kind === 'html' || kind === 'text') {
            yield item({ ...base, origin: itemOrigin, url: res.url, text: decoded.text, contentType: kind === 'html' ? 'text/html' : 'text/plain', notes: decoded.note ? [decoded.note] : [] });
            continue;
          }
          fetchNote = `item page is ${kind}, not an article`;
        } else {
          fetchNote = decoded.ok ? 'item page is empty' : `item page unreadable: ${decoded.reason}`;
        }
      } else {
        fetchNote = `item page not fetched (${res.reason}: ${res.detail})`;
      }
    }
    if (it.content) {
      yield item({ ...base, origin: itemOrigin, text: it.content, contentType: /<[a-z][^>]*>/i.test(it.content) ? 'text/html' : 'text/plain',
        notes: [fetchNote ? `${fetchNote}; used the feed item's own content` : "used the feed item's own content"] });
    } else {
      yield dead(itemOrigin, 'no-content', fetchNote ?? 'the item has neither a fetchable link nor content');
    }
  }
}
