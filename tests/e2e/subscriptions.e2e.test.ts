import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { rawPublicKey, signPackText } from '../../src/cli/sign-commands';
import { launch, MARK, typeDraft as typeDraftIn, openOptionsPage, type Browser } from './browser';

/**
 * Pack subscriptions in the real browser: a team's pack served over HTTP by a server each test
 * controls, subscribed to in the options page, checked with "Check now", and flagging on a page.
 */

interface Served {
  status: number;
  body: string;
  etag?: string;
}
interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

/** A pack host: serves `served` at any path, answers 304 to a matching If-None-Match, and logs requests. */
class PackHost {
  served: Served = { status: 404, body: 'not found' };
  seen: Seen[] = [];
  private server: Server = createServer((req, res) => {
    const { status, body, etag } = this.served;
    const notModified = status === 200 && etag !== undefined && req.headers['if-none-match'] === etag;
    const answer = notModified ? 304 : status;
    this.seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, status: answer });
    res.writeHead(answer, { 'Content-Type': 'application/json', ...(etag !== undefined && { ETag: etag }) });
    res.end(notModified ? undefined : body);
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
  serve(body: string, etag?: string, status = 200): void {
    this.served = { status, body, ...(etag !== undefined && { etag }) };
  }
}

const teamPack = (version: string, rules: { id: string; pattern: string }[] = [{ id: 'acme.ticket-closed', pattern: '[your] ticket (is | was) closed' }]): string =>
  `${JSON.stringify(
    {
      id: 'acme-en',
      name: 'ACME wording',
      version,
      language: 'en',
      rules: rules.map((r) => ({
        id: r.id,
        category: 'custom:wording',
        severity: 'warning',
        patterns: [r.pattern],
        message: '"Closed" sounds like we stopped listening; say the request is resolved.',
        suggestions: [{ kind: 'neutral', text: 'your request is resolved' }],
      })),
    },
    null,
    2,
  )}\n`;

let browser: Browser;
let host: PackHost;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await host?.close();
  host = new PackHost();
  await host.start();
  await browser.background.evaluate(() => chrome.storage.local.set({ subscriptions: [], subscribedPacks: {} }));
});

/** The hashes of the packs stored apart from the subscriptions (src/store/subscriptions-store.ts). */
const storedPackHashes = (): Promise<string[]> =>
  browser.background.evaluate(() => chrome.storage.local.get('subscribedPacks').then((r) => Object.keys((r.subscribedPacks ?? {}) as object)));

const typeDraft = (draft: string): Promise<{ page: Page; errors: string[] }> => typeDraftIn(browser, inject('fixtureUrl'), draft);

const openOptions = (): Promise<{ options: Page; errors: string[] }> => openOptionsPage(browser);

async function subscribe(options: Page, url: string, publicKey?: string): Promise<void> {
  await options.locator('[data-tactful-subscribe-url]').fill(url);
  if (publicKey !== undefined) await options.locator('[data-tactful-subscribe-key]').fill(publicKey);
  await options.locator('[data-tactful-subscribe]').click();
  await options.locator(`[data-tactful-subscription="${url}"] [data-tactful-sub-checked] time`).waitFor();
}

const item = (options: Page, url: string) => options.locator(`[data-tactful-subscription="${url}"]`);
const goodVersion = (options: Page, url: string) => item(options, url).locator('[data-tactful-sub-good]').getAttribute('data-tactful-sub-good');
const lastChecked = (options: Page, url: string) => item(options, url).locator('[data-tactful-sub-checked] time').getAttribute('datetime');
const errorText = (options: Page, url: string) => item(options, url).locator('[data-tactful-sub-error]').textContent();

/** Clicks "Check now" and waits until the check is stored and shown. */
async function checkNow(options: Page, url: string): Promise<void> {
  const before = await lastChecked(options, url);
  await item(options, url).locator('[data-tactful-sub-check]').click();
  await expect.poll(() => lastChecked(options, url)).not.toBe(before);
}

describe('pack subscriptions', () => {
  it('subscribing installs the team’s pack: its rule flags the team’s phrase on a page', async () => {
    host.serve(teamPack('1.0.0'), '"v1"');
    const url = `${host.url}/acme.json`;
    const { options, errors } = await openOptions();
    await subscribe(options, url);
    await expect.poll(() => goodVersion(options, url)).toBe('1.0.0');
    expect(await item(options, url).getAttribute('data-tactful-pack')).toBe('acme-en');
    expect(await item(options, url).locator('[data-tactful-sub-error]').count()).toBe(0);
    expect(host.seen).toHaveLength(1);
    expect(host.seen[0]!.headers['if-none-match']).toBeUndefined();

    // The permission prompt cannot be answered in headless Chromium: the host permission stays
    // ungranted, and the subscription works regardless (docs/team-leads.md, "Hosting").
    expect(await browser.background.evaluate((o) => chrome.permissions.contains({ origins: [o] }), 'http://127.0.0.1/*')).toBe(false);

    const { page, errors: pageErrors } = await typeDraft('Your ticket is closed. Please calm down.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();
    expect(await page.locator(`${MARK}[data-rule="en.calm-down"]`).count()).toBe(1);

    // Switched off like a bundled pack, its marks go.
    await item(options, url).locator('[data-tactful-pack-toggle="acme-en"]').uncheck();
    await expect.poll(() => page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).count()).toBe(0);
    await item(options, url).locator('[data-tactful-pack-toggle="acme-en"]').check();
    await expect.poll(() => page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).count()).toBe(1);

    // Its rules read as text, like a bundled pack's.
    await item(options, url).locator('[data-tactful-pack-rules]').click();
    await item(options, url).locator('[data-tactful-rule="acme.ticket-closed"]').waitFor();

    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('"Check now" sends the ETag back: 304 keeps the pack, a new version replaces it on open pages', async () => {
    host.serve(teamPack('1.0.0'), '"v1"');
    const url = `${host.url}/acme.json`;
    const { options, errors } = await openOptions();
    await subscribe(options, url);
    const { page } = await typeDraft('Your ticket is closed. We closed your case.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();
    expect(await page.locator(`${MARK}[data-rule="acme.case-closed"]`).count()).toBe(0);

    await checkNow(options, url);
    expect(host.seen.at(-1)).toMatchObject({ status: 304, headers: { 'if-none-match': '"v1"' } });
    expect(await goodVersion(options, url)).toBe('1.0.0');

    host.serve(
      teamPack('1.1.0', [
        { id: 'acme.ticket-closed', pattern: '[your] ticket (is | was) closed' },
        { id: 'acme.case-closed', pattern: 'closed your case' },
      ]),
      '"v2"',
    );
    await checkNow(options, url);
    expect(host.seen.at(-1)).toMatchObject({ status: 200, headers: { 'if-none-match': '"v1"' } });
    await expect.poll(() => goodVersion(options, url)).toBe('1.1.0');
    // The open draft gets the new rule without a reload.
    await page.locator(`${MARK}[data-rule="acme.case-closed"]`).waitFor();
    // Only the version in use is kept.
    expect(await storedPackHashes()).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('a broken version, an invalid one and a 404 keep the last good one; the page says why and when', async () => {
    host.serve(teamPack('1.0.0'), '"v1"');
    const url = `${host.url}/acme.json`;
    const { options, errors } = await openOptions();
    await subscribe(options, url);

    host.serve('{"id": "acme-en", "rules": [', '"v2"');
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain(`${url}: pack: is not valid JSON`);
    expect(await errorText(options, url)).toContain('version 1.0.0 stays in use');
    expect(await goodVersion(options, url)).toBe('1.0.0');

    host.serve(teamPack('1.1.0', [{ id: 'acme.bad', pattern: 'ticket (is closed' }]), '"v3"');
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain(`${url}: rule "acme.bad" (rules[0].patterns[0]): "ticket (is closed": "(" is not closed`);

    host.serve('gone', undefined, 404);
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain('The server answered 404 Not Found.');
    expect(await goodVersion(options, url)).toBe('1.0.0');

    // Still in force on a page.
    const { page } = await typeDraft('Your ticket was closed.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();

    // Fixed upstream, the next check installs it and the error goes.
    host.serve(teamPack('1.2.0'), '"v4"');
    await checkNow(options, url);
    await expect.poll(() => goodVersion(options, url)).toBe('1.2.0');
    expect(await item(options, url).locator('[data-tactful-sub-error]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('a signed subscription refuses an unsigned or badly signed update', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const sign = (text: string, key: KeyObject = privateKey): string => signPackText(text, 'acme.json', key).text!;
    host.serve(sign(teamPack('1.0.0')), '"s1"');
    const url = `${host.url}/signed.json`;
    const { options, errors } = await openOptions();
    await subscribe(options, url, rawPublicKey(privateKey));
    await expect.poll(() => goodVersion(options, url)).toBe('1.0.0');
    expect(await item(options, url).locator('[data-tactful-sub-signed]').count()).toBe(1);

    host.serve(sign(teamPack('1.1.0')).replace('stopped listening', 'stopped caring'), '"s2"');
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain(`${url}: pack "acme-en": signature: does not verify with the subscription's public key`);
    expect(await goodVersion(options, url)).toBe('1.0.0');

    host.serve(sign(teamPack('1.1.0'), generateKeyPairSync('ed25519').privateKey), '"s3"');
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain('signature: does not verify');

    host.serve(teamPack('1.1.0'), '"s4"');
    await checkNow(options, url);
    await expect.poll(() => errorText(options, url)).toContain('signature: missing');
    expect(await goodVersion(options, url)).toBe('1.0.0');

    host.serve(sign(teamPack('1.1.0')), '"s5"');
    await checkNow(options, url);
    await expect.poll(() => goodVersion(options, url)).toBe('1.1.0');
    expect(errors).toEqual([]);
    await options.close();
  });

  it('exports and unsubscribes; refuses a plain-http address; says what to do when the server is unreachable', async () => {
    host.serve(teamPack('1.0.0'), '"v1"');
    const url = `${host.url}/acme.json`;
    const { options, errors } = await openOptions();
    await subscribe(options, url);

    const [download] = await Promise.all([options.waitForEvent('download'), item(options, url).locator('[data-tactful-pack-export]').click()]);
    expect(download.suggestedFilename()).toBe('acme-en-1.0.0.json');
    expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ id: 'acme-en', version: '1.0.0' });
    // The exported file cannot come back as a local pack of the same id, shadowing the team's.
    await options.locator('[data-tactful-pack-import]').setInputFiles((await download.path())!);
    await expect.poll(() => options.locator('[data-tactful-import-problems]').textContent()).toContain('"acme-en" is the id of a bundled or subscribed pack');
    expect(await browser.background.evaluate(() => chrome.storage.local.get('localPacks').then((r) => r.localPacks ?? []))).toEqual([]);

    const { page } = await typeDraft('Your ticket is closed.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();
    await item(options, url).locator('[data-tactful-sub-unsubscribe]').click();
    await expect.poll(() => item(options, url).count()).toBe(0);
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    expect(await browser.background.evaluate(() => chrome.storage.local.get('subscriptions').then((r) => r.subscriptions))).toEqual([]);
    expect(await storedPackHashes()).toEqual([]);

    const requests = host.seen.length;
    await options.locator('[data-tactful-subscribe-url]').fill('http://packs.example.com/acme.json');
    await options.locator('[data-tactful-subscribe]').click();
    await expect.poll(() => options.locator('[data-tactful-subscribe-problem]').textContent()).toContain('must start with https://');
    expect(host.seen.length).toBe(requests);

    // Nothing listens there any more: kept with the reason, and a way to grant the permission.
    await host.close();
    await subscribe(options, url);
    await expect.poll(() => errorText(options, url)).toContain('Not installed yet');
    expect(await errorText(options, url)).toContain('the server could not be reached, or it sends no CORS headers and Tactful has no permission for http://127.0.0.1');
    await item(options, url).locator('[data-tactful-sub-allow]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });
});
