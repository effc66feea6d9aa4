import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, MARK, storeSettings, typeDraft as typeDraftIn, openOptionsPage, type Browser } from './browser';

/**
 * Enterprise policy, set for real: a Chromium policy file written before the browser starts (see
 * ./policy-file.ts), read by the extension from chrome.storage.managed.
 */
const POLICY = {
  lockedPacks: ['tactful-en'],
  // The fixture server answers on 127.0.0.1; the same pages under the name "localhost" stand for a
  // site the organization keeps Tactful off.
  sitesAlwaysOff: ['localhost'],
  allowOwnPacks: false,
  // Not https: the options page must name it as a problem.
  packs: [{ url: 'http://packs.example.com/team.json' }],
};
const DEFAULTS = { paused: false, disabledSites: [], ignoredRules: [], disabledPacks: [], ownPhrases: [], uiLanguage: null };

let browser: Browser;
const managed = (): Promise<unknown> => browser.background.evaluate(() => chrome.storage.managed.get());
beforeAll(async () => {
  browser = await launch({ policy: POLICY });
  // Chromium fills storage.managed shortly after start; the tests below are about what follows.
  for (let i = 0; i < 30 && JSON.stringify(await managed()) === '{}'; i++) await new Promise((r) => setTimeout(r, 500));
});
afterAll(async () => {
  const file = browser?.policy?.path;
  await browser?.close();
  if (file !== undefined) expect(existsSync(file)).toBe(false);
});
beforeEach(async () => {
  await storeSettings(browser, DEFAULTS);
});

const fixtureUrl = (): string => inject('fixtureUrl');
const typeDraft = (draft: string, url = fixtureUrl()): Promise<{ page: Page; errors: string[] }> => typeDraftIn(browser, url, draft);

const openOptions = (): Promise<{ options: Page; errors: string[] }> => openOptionsPage(browser);

describe('enterprise policy', () => {
  it('reaches the extension through chrome.storage.managed, as the administrator wrote it', async () => {
    expect(await managed()).toEqual(POLICY);
  });

  it('a locked pack stays on: its switch is disabled in the options page, and its phrases are still marked though settings list it as off', async () => {
    await storeSettings(browser, { ...DEFAULTS, disabledPacks: ['tactful-en', 'tactful-ru'] });
    const { options, errors } = await openOptions();
    const en = options.locator('[data-tactful-pack="tactful-en"]');
    expect(await en.getAttribute('data-locked')).toBe('true');
    const toggle = options.locator('[data-tactful-pack-toggle="tactful-en"]');
    expect(await toggle.isDisabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    expect(await en.locator('[data-tactful-locked]').textContent()).toBe('Managed by your organization');
    // A pack the policy does not lock is still the agent's.
    expect(await options.locator('[data-tactful-pack-toggle="tactful-ru"]').isDisabled()).toBe(false);
    // The summary at the top, with the part of the policy that could not be used.
    const summary = options.locator('[data-tactful-policy]');
    expect(await summary.locator('h2').textContent()).toBe('Managed by your organization');
    expect(await summary.locator('[data-tactful-policy-problem]').allTextContents()).toEqual([
      'packs[0].url: "http://packs.example.com/team.json" must be https (http only for localhost and 127.0.0.1); the pack is not installed',
    ]);

    const { page, errors: pageErrors } = await typeDraft('Please calm down.');
    await page.locator(`${MARK}[data-rule="en.calm-down"]`).waitFor();
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('a site the organization keeps off shows no marks, and the options page lists it as locked', async () => {
    const url = fixtureUrl().replace('127.0.0.1', 'localhost');
    const { page, errors } = await typeDraft('Please calm down. As I already said, that is our policy.', url);
    await page.waitForTimeout(1000);
    expect(await page.locator('tactful-coach').count()).toBe(0);
    expect(errors).toEqual([]);

    // The popup's locked switch is covered by tests/ui/policy.test.ts: a popup opened as a page here
    // gets no activeTab grant, so it cannot read the tab's host.
    const { options } = await openOptions();
    expect(await options.locator('[data-tactful-policy-site="localhost"]').getAttribute('data-mode')).toBe('off');
    await options.close();
    await page.close();
  });

  it('without allowOwnPacks the agent’s own phrases are not marked, and their section is locked', async () => {
    await storeSettings(browser, { ...DEFAULTS, ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }] });
    const { page } = await typeDraft('Your ticket is closed. Please calm down.');
    await page.locator(`${MARK}[data-rule="en.calm-down"]`).waitFor();
    await page.waitForTimeout(400);
    expect(await page.locator(`${MARK}[data-rule^="own."]`).count()).toBe(0);

    const { options } = await openOptions();
    expect(await options.locator('[data-tactful-own-section]').getAttribute('data-locked')).toBe('true');
    expect(await options.locator('[data-tactful-new-phrase]').isDisabled()).toBe(true);
    expect(await options.locator('[data-tactful-own-entry="0"] [data-tactful-own-phrase]').inputValue()).toBe('ticket is closed');
    await options.close();
    await page.close();
  });

  it('a change of policy applies live on open pages: a lifted lock hands the switch back, a lifted "always off" brings the coach', async () => {
    await storeSettings(browser, { ...DEFAULTS, disabledPacks: ['tactful-en'] });
    const { page } = await typeDraft('Please calm down.');
    const calm = page.locator(`${MARK}[data-rule="en.calm-down"]`);
    await calm.waitFor();
    const { page: offSite } = await typeDraft('Успокойтесь, пожалуйста, курьер уже в пути.', fixtureUrl().replace('127.0.0.1', 'localhost'));
    const { options } = await openOptions();
    const toggle = options.locator('[data-tactful-pack-toggle="tactful-en"]');
    expect(await toggle.isDisabled()).toBe(true);
    expect(await offSite.locator('tactful-coach').count()).toBe(0);

    browser.policy!.set({ ...POLICY, lockedPacks: [], sitesAlwaysOff: [] });
    // Chromium re-reads the policy directory about five seconds after a change.
    await expect.poll(() => calm.count(), { timeout: 30000 }).toBe(0);
    await expect.poll(() => toggle.isDisabled()).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    expect(await options.locator('[data-tactful-pack="tactful-en"]').getAttribute('data-locked')).toBeNull();
    // The coach starts on the page that was off, and marks what is already typed once it is focused.
    await offSite.bringToFront();
    await offSite.click('[data-testid=editor]');
    await offSite.keyboard.press('End');
    await expect.poll(() => offSite.locator(`${MARK}[data-rule="ru.calm-down"]`).count(), { timeout: 10000 }).toBe(1);

    browser.policy!.set(POLICY);
    await expect.poll(() => calm.count(), { timeout: 30000 }).toBe(1);
    await expect.poll(() => offSite.locator('tactful-coach').count()).toBe(0);
    await options.close();
    await offSite.close();
    await page.close();
  });
});
