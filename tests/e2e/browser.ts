import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { unpackedExtensionId, writePolicyFile, type PolicyFile } from './policy-file';

export const EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  /** The enterprise policy file, when launched with `policy`: change it live, or see where it is. */
  policy?: PolicyFile;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Enterprise policy for the extension (what an administrator puts under 3rdparty.extensions.<id>),
   * in place before the browser starts and removed when it closes. See ./policy-file.ts.
   */
  policy?: object;
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
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  // The policy names the extension by id, so it is written before the browser (and its id) exists.
  const policy = options.policy === undefined ? undefined : writePolicyFile(EXTENSION, options.policy);
  let started: { context: BrowserContext; profile: string } | undefined;
  try {
    started = await start([`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]);
    const { context, profile } = started;
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
    const extensionId = new URL(background.url()).host;
    // Chromium answers storage.managed only once it has loaded the extension's policy, about three
    // seconds after start, and Tactful waits for that answer before it coaches (a site the
    // organization keeps off must never see it). Tests start once the browser has, as agents do.
    await background.evaluate(() => chrome.storage.managed.get());
    if (policy !== undefined && extensionId !== unpackedExtensionId(EXTENSION)) {
      throw new Error(`The extension's id ${extensionId} is not the ${unpackedExtensionId(EXTENSION)} its policy was written for (${policy.path})`);
    }
    return {
      context,
      background,
      extensionId,
      policy,
      async close() {
        try {
          await context.close();
        } finally {
          policy?.remove();
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    await started?.context.close();
    if (started !== undefined) rmSync(started.profile, { recursive: true, force: true });
    policy?.remove();
    throw e;
  }
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

/** The extension's options page, loaded, with its errors collected. */
export async function openOptionsPage(browser: Browser): Promise<{ options: Page; errors: string[] }> {
  const options = await browser.context.newPage();
  const errors = collectErrors(options);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-tactful-options]').waitFor();
  return { options, errors };
}
