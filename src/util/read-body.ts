// The body of an HTTP response, decoded (gzip, deflate, br) and capped: one reader for the page
// fetcher (src/ingest/fetch.ts) and the feed poller (src/watch/conditional-get.ts).
import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';

/**
 * Read `res` whole. A body over `maxBytes` — declared by content-length or counted as it arrives,
 * after decoding — stops the reading and rejects with `tooLarge(detail)`.
 */
export function readBody(res: IncomingMessage, maxBytes: number, tooLarge: (detail: string) => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      res.destroy();
      reject(err);
    };
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > maxBytes) return fail(tooLarge(`content-length ${declared} exceeds ${maxBytes} bytes`));
    const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
    let stream: NodeJS.ReadableStream = res;
    if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
    else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
    else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge(`response exceeds ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    stream.on('error', fail);
    stream.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
  });
}
