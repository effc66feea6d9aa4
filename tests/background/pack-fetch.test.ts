import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPack } from '../../src/background/pack-fetch';
import { LIMITS } from '../../src/packs/limits';
import { originPattern, type Subscription } from '../../src/packs/subscription';

/** The background's fetch against a real HTTP server (Node's fetch is the same WHATWG fetch). */
let base = '';
let lastHeaders: IncomingHttpHeaders = {};
let streamed = 0;
const server = createServer((req, res) => {
  lastHeaders = req.headers;
  if (req.url === '/pack.json') {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    return void res.writeHead(200, { ETag: '"v1"', 'Last-Modified': 'Tue, 01 Jan 2030 00:00:00 GMT' }).end('{"id":"x"}');
  }
  if (req.url === '/huge-declared.json') return void res.writeHead(200, { 'Content-Length': String(LIMITS.packBytes + 10) }).end('x'.repeat(LIMITS.packBytes + 10));
  if (req.url === '/huge-streamed.json') {
    // No Content-Length: chunks until the client stops reading (or 4 MB).
    res.writeHead(200);
    streamed = 0;
    const chunk = 'x'.repeat(64 * 1024);
    const write = (): void => {
      while (streamed < 4 * 1024 * 1024) {
        streamed += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    return write();
  }
  res.writeHead(404, 'Not Found').end('no');
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const deps = (granted: boolean) => ({ fetch: globalThis.fetch, hasPermission: async () => granted });
const sub = (path: string, extra: Partial<Subscription> = {}): Subscription => ({ url: `${base}${path}`, ...extra });

describe('fetching a subscribed pack', () => {
  it('reads the body and the validators; sends them back once there is a good version', async () => {
    const first = await fetchPack(sub('/pack.json', { etag: '"v1"' }), deps(true));
    expect(lastHeaders['if-none-match']).toBeUndefined();
    expect(first).toMatchObject({ kind: 'body', complete: true, etag: '"v1"', lastModified: 'Tue, 01 Jan 2030 00:00:00 GMT' });
    expect(new TextDecoder().decode((first as { bytes: Uint8Array }).bytes)).toBe('{"id":"x"}');
    const good = { pack: { id: 'x', name: 'x', version: '1.0.0', language: 'en', rules: [] }, version: '1.0.0', fetchedAt: 0, sha256: '' };
    const again = await fetchPack(sub('/pack.json', { etag: '"v1"', lastModified: 'Tue, 01 Jan 2030 00:00:00 GMT', good }), deps(true));
    expect(again).toEqual({ kind: 'notModified' });
    expect(lastHeaders).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 01 Jan 2030 00:00:00 GMT' });
  });

  it('reports HTTP errors with their status', async () => {
    expect(await fetchPack(sub('/missing.json'), deps(true))).toEqual({ kind: 'httpError', status: 404, statusText: 'Not Found' });
  });

  it('stops reading at the size limit, whether or not the server declares the length', async () => {
    expect(await fetchPack(sub('/huge-declared.json'), deps(true))).toMatchObject({ kind: 'body', complete: false });
    const streamedOutcome = await fetchPack(sub('/huge-streamed.json'), deps(true));
    expect(streamedOutcome).toMatchObject({ kind: 'body', complete: false });
    expect((streamedOutcome as { bytes: Uint8Array }).bytes.length).toBeGreaterThan(LIMITS.packBytes);
    expect((streamedOutcome as { bytes: Uint8Array }).bytes.length).toBeLessThan(LIMITS.packBytes + 256 * 1024);
  });

  it('a failed request says whether the origin’s permission is missing', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/p.json`;
    await new Promise<void>((r) => closed.close(() => r()));
    const asked: string[] = [];
    const outcome = await fetchPack({ url }, { fetch: globalThis.fetch, hasPermission: async (o) => (asked.push(o), false) });
    expect(outcome).toMatchObject({ kind: 'networkError', blocked: true });
    expect(asked).toEqual(['http://127.0.0.1/*']);
    expect(await fetchPack({ url }, deps(true))).toMatchObject({ kind: 'networkError', blocked: false });
  });

  it('a conditional request refused (as CORS refuses a preflight) is asked again for the whole file', async () => {
    // Node's fetch does no CORS, so the refusal is played by a fetch that fails on conditional headers.
    const good = { pack: { id: 'x', name: 'x', version: '1.0.0', language: 'en', rules: [] }, version: '1.0.0', fetchedAt: 0, sha256: '' };
    const sent: string[] = [];
    const refusesPreflight: typeof fetch = async (input, init) => {
      const h = new Headers(init?.headers);
      sent.push(h.get('If-None-Match') ?? 'unconditional');
      if (h.has('If-None-Match')) throw new TypeError('Failed to fetch');
      return globalThis.fetch(input, init);
    };
    const outcome = await fetchPack(sub('/pack.json', { etag: '"v1"', good }), { fetch: refusesPreflight, hasPermission: async () => false });
    expect(sent).toEqual(['"v1"', 'unconditional']);
    expect(outcome).toMatchObject({ kind: 'body', complete: true, etag: '"v1"' });
  });

  it('asks for the permission of the host, whatever the port and path', () => {
    expect(originPattern('https://packs.example.com:8443/team/acme.json?x=1')).toBe('https://packs.example.com/*');
  });
});
