import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rawPublicKey, signPackText } from '../../src/cli/sign-commands';
import { LIMITS } from '../../src/packs/limits';
import { sha256Hex } from '../../src/packs/signature';
import { applyFetch, conditionalHeaders, newSubscription, requireFor, subscriptionUrlProblem, type FetchOutcome, type Subscription } from '../../src/packs/subscription';
import { pack, rule } from '../helpers';

const URL_ = 'https://packs.example.com/acme.json';
const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const packText = (version: string, extra: object = {}): string => JSON.stringify({ ...pack([rule('acme.ticket-closed', ['ticket is closed'])], { id: 'acme-en', version }), ...extra });
const body = (text: string, etag?: string, lastModified?: string): FetchOutcome => ({ kind: 'body', bytes: bytes(text), complete: true, ...(etag && { etag }), ...(lastModified && { lastModified }) });
const T0 = 1_000_000;
const fresh: Subscription = { url: URL_ };
const installed = async (s: Subscription = fresh, text = packText('1.0.0')): Promise<Subscription> => applyFetch(s, body(text, '"v1"', 'Tue, 01 Jan 2030 00:00:00 GMT'), T0);

describe('subscription updates', () => {
  it('first install: the pack, its validators and when it was fetched', async () => {
    const s = await installed();
    expect(s).toMatchObject({ url: URL_, etag: '"v1"', lastModified: 'Tue, 01 Jan 2030 00:00:00 GMT', lastChecked: T0, good: { version: '1.0.0', fetchedAt: T0 } });
    expect(s.good?.pack.id).toBe('acme-en');
    expect(s.good?.sha256).toBe(await sha256Hex(bytes(packText('1.0.0'))));
    expect(s.lastError).toBeUndefined();
    expect(conditionalHeaders(s)).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 01 Jan 2030 00:00:00 GMT' });
    // Nothing to keep yet: the first request asks for the whole pack.
    expect(conditionalHeaders({ ...fresh, etag: '"v1"' })).toEqual({});
  });

  it('304 keeps the version, records the check and clears an old error', async () => {
    const s = { ...(await installed()), lastError: 'The server answered 500.' };
    const next = await applyFetch(s, { kind: 'notModified' }, T0 + 5);
    expect(next).toEqual({ ...s, lastChecked: T0 + 5, lastError: undefined });
    expect('lastError' in next).toBe(false);
  });

  it('a new ETag with a new version replaces the pack', async () => {
    const s = await installed();
    const next = await applyFetch(s, body(packText('1.1.0'), '"v2"'), T0 + 10);
    expect(next).toMatchObject({ etag: '"v2"', good: { version: '1.1.0', fetchedAt: T0 + 10 } });
    // Validators come from the new response only.
    expect(next.lastModified).toBeUndefined();
  });

  it('the same bytes under a new ETag are no new version', async () => {
    const s = await installed();
    const next = await applyFetch(s, body(packText('1.0.0'), '"v1b"'), T0 + 10);
    expect(next.etag).toBe('"v1b"');
    expect(next.good).toEqual(s.good);
  });

  it('invalid JSON or a pack that fails validation keeps the old one, naming the pack, rule and field', async () => {
    const s = await installed();
    const broken = await applyFetch(s, body('{"id": "acme-en",', '"v3"'), T0 + 20);
    expect(broken.good).toEqual(s.good);
    expect(broken.etag).toBe('"v1"');
    expect(broken.lastChecked).toBe(T0 + 20);
    expect(broken.lastError).toMatch(/^https:\/\/packs\.example\.com\/acme\.json: pack: is not valid JSON: .* at line 1/);

    const invalid = JSON.stringify(pack([{ ...rule('acme.ticket-closed', ['ticket (is closed']), severity: 'loud' as never }], { id: 'acme-en', version: '2.0.0' }));
    const bad = await applyFetch(s, body(invalid, '"v4"'), T0 + 30);
    expect(bad.good).toEqual(s.good);
    expect(bad.lastError).toContain(`${URL_}: rule "acme.ticket-closed" (rules[0].severity): must be one of`);
    expect(bad.lastError).toContain('rule "acme.ticket-closed" (rules[0].patterns[0])');

    // A later good version installs and clears the error.
    const fixed = await applyFetch(bad, body(packText('2.0.1'), '"v5"'), T0 + 40);
    expect(fixed.good?.version).toBe('2.0.1');
    expect(fixed.lastError).toBeUndefined();
  });

  it('a long list of problems is cut short', async () => {
    const rules = Array.from({ length: 8 }, (_, i) => ({ ...rule(`r${i}`, ['x']), severity: 'loud' as never }));
    const s = await applyFetch(fresh, body(JSON.stringify(pack(rules))), T0);
    expect(s.lastError?.split('\n')).toHaveLength(6);
    expect(s.lastError).toContain('… and 3 more problems');
  });

  it('404 and network errors keep the old version with the reason', async () => {
    const s = await installed();
    const gone = await applyFetch(s, { kind: 'httpError', status: 404, statusText: 'Not Found' }, T0 + 50);
    expect(gone).toEqual({ ...s, lastChecked: T0 + 50, lastError: 'The server answered 404 Not Found.' });
    const offline = await applyFetch(s, { kind: 'networkError', message: 'Failed to fetch', blocked: false }, T0 + 60);
    expect(offline.good).toEqual(s.good);
    expect(offline.lastError).toBe('The server could not be reached (Failed to fetch).');
    const blocked = await applyFetch(s, { kind: 'networkError', message: 'Failed to fetch', blocked: true }, T0 + 60);
    expect(blocked.lastError).toBe('The request failed (Failed to fetch): the server could not be reached, or it sends no CORS headers and Tactful has no permission for https://packs.example.com.');
  });

  it('a failed first install has no pack, only the reason', async () => {
    const s = await applyFetch(fresh, { kind: 'httpError', status: 500 }, T0);
    expect(s).toEqual({ url: URL_, lastChecked: T0, lastError: 'The server answered 500.' });
    expect((await applyFetch(fresh, { kind: 'notModified' }, T0)).lastError).toContain('304');
  });

  it('an oversize body is refused before it is read as a pack', async () => {
    const s = await installed();
    const cut = await applyFetch(s, { kind: 'body', bytes: new Uint8Array(LIMITS.packBytes + 1), complete: false }, T0 + 70);
    expect(cut.good).toEqual(s.good);
    expect(cut.lastError).toBe(`${URL_}: pack: is larger than 512 KB, the most a pack may be.`);
  });

  it('a pin refuses any other bytes', async () => {
    const text = packText('1.0.0');
    const pin = await sha256Hex(bytes(text));
    const pinned = await applyFetch({ url: URL_, pin }, body(text), T0);
    expect(pinned.good?.version).toBe('1.0.0');
    const other = await applyFetch(pinned, body(packText('1.0.1')), T0 + 1);
    expect(other.good).toEqual(pinned.good);
    expect(other.lastError).toContain(`but the subscription is pinned to ${pin}`);
  });

  it('a changed pack id, or one another pack uses, is refused', async () => {
    const s = await installed();
    const renamed = await applyFetch(s, body(JSON.stringify(pack([rule('r', ['x'])], { id: 'acme-other' }))), T0 + 1);
    expect(renamed.good).toEqual(s.good);
    expect(renamed.lastError).toContain(`${URL_}: pack "acme-other": its id changed from "acme-en"`);
    const taken = await applyFetch(fresh, body(packText('1.0.0')), T0, { takenIds: ['tactful-en', 'acme-en'] });
    expect(taken.good).toBeUndefined();
    expect(taken.lastError).toContain('another pack in use has this id');
    const own = await applyFetch(fresh, body(JSON.stringify(pack([rule('r', ['x'])], { id: 'own-en' }))), T0);
    expect(own.good).toBeUndefined();
    expect(own.lastError).toContain('ids starting with "own-" are the agent\'s own phrases');
  });

  describe('with a public key', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKey(privateKey);
    const signedText = (version: string): string => signPackText(packText(version), 'x', privateKey).text!;

    it('installs a pack signed with the key, and remembers the key it was verified with', async () => {
      const s = await applyFetch({ url: URL_, publicKey }, body(signedText('1.0.0')), T0);
      expect(s.good).toMatchObject({ version: '1.0.0', verifiedWith: publicKey });
    });

    it('refuses a missing or bad signature and keeps the last good version', async () => {
      const s = await applyFetch({ url: URL_, publicKey }, body(signedText('1.0.0'), '"s1"'), T0);
      const unsigned = await applyFetch(s, body(packText('1.1.0'), '"s2"'), T0 + 1);
      expect(unsigned.good).toEqual(s.good);
      expect(unsigned.etag).toBe('"s1"');
      expect(unsigned.lastError).toBe(`${URL_}: pack "acme-en": signature: missing; this subscription accepts only packs signed with its public key.`);
      const tampered = signedText('1.1.0').replace('ticket is closed', 'ticket is shut');
      const bad = await applyFetch(s, body(tampered), T0 + 2);
      expect(bad.good).toEqual(s.good);
      expect(bad.lastError).toContain('signature: does not verify');
      const otherKey = signPackText(packText('1.1.0'), 'x', generateKeyPairSync('ed25519').privateKey).text!;
      expect((await applyFetch(s, body(otherKey), T0 + 3)).lastError).toContain('signature: does not verify');
    });
  });

  it('new requirements drop a good version that does not meet them', async () => {
    const s = await installed();
    expect(requireFor(s, {}).good).toEqual(s.good);
    expect(requireFor(s, { pin: s.good!.sha256.toUpperCase() }).good).toEqual(s.good);
    const pinned = requireFor(s, { pin: 'a'.repeat(64) });
    expect(pinned.good).toBeUndefined();
    expect(pinned.etag).toBeUndefined();
    expect(requireFor(s, { publicKey: 'A'.repeat(43) + '=' }).good).toBeUndefined();
    expect(requireFor(s, { managed: true })).toMatchObject({ managed: true, good: s.good });
  });
});

describe('new subscriptions', () => {
  it('accept https, and http only on this computer', () => {
    expect(subscriptionUrlProblem('https://packs.example.com/a.json')).toBeUndefined();
    expect(subscriptionUrlProblem('http://127.0.0.1:8080/a.json')).toBeUndefined();
    expect(subscriptionUrlProblem('http://localhost/a.json')).toBeUndefined();
    expect(subscriptionUrlProblem('http://packs.example.com/a.json')).toContain('https://');
    expect(subscriptionUrlProblem('ftp://x/a.json')).toContain('https://');
    expect(subscriptionUrlProblem('https://user:pw@x/a.json')).toContain('password');
    expect(subscriptionUrlProblem('packs.json')).toBe('is not a web address');
  });

  it('check the pin and the key, naming the field', () => {
    expect(newSubscription({ url: ' https://x.example/a.json ', pin: 'AB'.repeat(32), publicKey: '' })).toEqual({ subscription: { url: 'https://x.example/a.json', pin: 'ab'.repeat(32) }, problems: [] });
    expect(newSubscription({ url: 'http://x.example/a.json', pin: '123', publicKey: 'AAAA' }).problems).toEqual([
      'The address must start with https:// (plain http is allowed only for localhost and 127.0.0.1, for testing).',
      'The sha256 pin must be 64 hexadecimal digits (a sha256).',
      'The public key is 3 bytes; an Ed25519 public key is 32 bytes (base64, 44 characters).',
    ]);
  });
});
