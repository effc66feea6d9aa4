import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  close(): Promise<void>;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function start(extraArgs: string[]): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...ARGS, ...extraArgs],
  });
  return { context, profile };
}

/** The same browser without the extension: the baseline of the benchmarks. */
export async function launchBaseline(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { context, profile } = await start([]);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the built extension loaded in a fresh profile. */
export async function launch(): Promise<Browser> {
  const { context, profile } = await start([`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]);
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(background.url()).host;
  return {
    context,
    background,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Fails a test on any error the page or our content script throws. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().startsWith('Tactful')) errors.push(m.text());
  });
  return errors;
}

export const MARK = 'tactful-coach [data-tactful-mark]';

/** Opens the plain textarea fixture, clicks into it and types a draft, as an agent would. */
export async function typeDraft(browser: Browser, fixtureUrl: string, draft: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${fixtureUrl}textarea.html`);
  await page.evaluate(() => (window as unknown as { fixture: { ready: Promise<void> } }).fixture.ready);
  await page.click('[data-testid=editor]');
  await page.keyboard.type(draft);
  return { page, errors };
}

/** The settings as stored by the extension (chrome.storage.local, key `settings`). */
export const storedSettings = <T = unknown>(browser: Browser): Promise<T> =>
  browser.background.evaluate(() => chrome.storage.local.get('settings').then((r) => r.settings)) as Promise<T>;

/** Stores settings the way the popup or options page would. */
export const storeSettings = (browser: Browser, value: object): Promise<void> =>
  browser.background.evaluate((v) => chrome.storage.local.set({ settings: v }), value);
