// readBody: the response reader shared by page fetches and feed polls — decoding and the size cap.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { readBody } from '../../src/util/read-body.js';
import { conditionalGet } from '../../src/watch/conditional-get.js';

const TEXT = 'Protesters gathered in the square. '.repeat(200);
let server: http.Server;
let base: string;

before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/gzip') { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }); res.end(zlib.gzipSync(TEXT)); return; }
    if (req.url === '/br') { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' }); res.end(zlib.brotliCompressSync(TEXT)); return; }
    if (req.url === '/declared') { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(TEXT.length) }); res.end(TEXT); return; }
    // No content-length: the cap must be found while reading, chunk by chunk.
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write(TEXT);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => new Promise<http.IncomingMessage>((resolve, reject) => http.get(`${base}${path}`, resolve).on('error', reject));
const tooLarge = (detail: string) => Object.assign(new Error(detail), { reason: 'too-large' });

describe('readBody', () => {
  it('undoes gzip and brotli', async () => {
    assert.equal((await readBody(await get('/gzip'), 1_000_000, tooLarge)).toString(), TEXT);
    assert.equal((await readBody(await get('/br'), 1_000_000, tooLarge)).toString(), TEXT);
  });
  it('refuses a declared length over the cap before reading', async () => {
    await assert.rejects(readBody(await get('/declared'), 100, tooLarge), /content-length \d+ exceeds 100 bytes/);
  });
  it('stops a body without a declared length once it passes the cap', async () => {
    await assert.rejects(readBody(await get('/stream'), TEXT.length * 2, tooLarge), /response exceeds \d+ bytes/);
    assert.equal((await readBody(await get('/stream'), TEXT.length * 10, tooLarge)).length, TEXT.length * 10);
  });
  it('a feed poll over the cap comes back as an error with its reason', async () => {
    const r = await conditionalGet(`${base}/stream`, { allowPrivate: true, maxBytes: 1000 });
    assert.equal(r.kind, 'error');
    assert.equal(r.kind === 'error' && r.reason, 'too-large');
  });
});
