import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, MARK, storedSettings, storeSettings, typeDraft as typeDraftIn, type Browser } from './browser';

/** The agent's controls: per-site switch, pause, ignoring, and the keyboard path through a card. */
const DRAFT = 'Thanks for waiting. Please calm down, we will refund the order today.';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const typeDraft = (draft = DRAFT): Promise<{ page: Page; errors: string[] }> => typeDraftIn(browser, inject('fixtureUrl'), draft);
const settings = (): Promise<unknown> => storedSettings(browser);
const setSettings = (value: object): Promise<void> => storeSettings(browser, value);
const value = (page: Page): Promise<string> => page.inputValue('[data-testid=editor]');

describe('agent controls', () => {
  it('switching a site off removes every trace at once; switching it on brings the marks back', async () => {
    const { page, errors } = await typeDraft();
    await page.locator(MARK).first().waitFor();
    await setSettings({ paused: false, disabledSites: ['127.0.0.1'], ignoredRules: [] });
    await expect.poll(() => page.locator('tactful-coach').count()).toBe(0);
    await page.keyboard.type(' As I already said, calm down.');
    await page.waitForTimeout(600);
    expect(await page.locator('tactful-coach').count()).toBe(0);

    await setSettings({ paused: false, disabledSites: [], ignoredRules: [] });
    await expect.poll(() => page.locator(MARK).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the popup pauses Tactful everywhere', async () => {
    const { page } = await typeDraft();
    await page.locator(MARK).first().waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('[data-tactful-pause]').check();
    await expect.poll(settings).toMatchObject({ paused: true });
    await expect.poll(() => page.locator('tactful-coach').count()).toBe(0);
    await popup.locator('[data-tactful-pause]').uncheck();
    await expect.poll(settings).toMatchObject({ paused: false });
    await popup.close();
    await page.close();
  });

  it('"Never flag this" is remembered across pages; "Ignore" only hides this finding here', async () => {
    const { page } = await typeDraft('As I already said, please calm down.');
    const calm = page.locator(`${MARK}[data-category=dismissive]`);
    const said = page.locator(`${MARK}[data-category=condescending]`);
    await calm.waitFor();
    await said.waitFor();

    await said.click();
    await page.locator('tactful-coach [data-tactful-ignore]').click();
    await expect.poll(() => said.count()).toBe(0);
    expect(await calm.count()).toBe(1);

    await calm.click();
    await page.locator('tactful-coach [data-tactful-ignore-rule]').click();
    await expect.poll(() => calm.count()).toBe(0);
    const rule = await browser.background.evaluate(() => chrome.storage.local.get('settings').then((r) => (r.settings as { ignoredRules: string[] }).ignoredRules));
    expect(rule).toHaveLength(1);
    await page.close();

    // A new page: the ignored rule stays quiet, the rule ignored once is flagged again.
    const again = await typeDraft('As I already said, please calm down.');
    await again.page.locator(`${MARK}[data-category=condescending]`).waitFor();
    await again.page.waitForTimeout(400);
    expect(await again.page.locator(`${MARK}[data-category=dismissive]`).count()).toBe(0);
    await setSettings({ paused: false, disabledSites: [], ignoredRules: [] });
    await again.page.close();
  });

  it('Alt+Enter opens the card at the caret with focus on the best rewrite; Enter applies it, Escape closes', async () => {
    const { page, errors } = await typeDraft();
    await page.locator(MARK).first().waitFor();
    // Caret inside "calm down".
    const at = DRAFT.indexOf('calm') + 2;
    await page.evaluate((i) => (document.querySelector('[data-testid=editor]') as HTMLTextAreaElement).setSelectionRange(i, i), at);
    await page.keyboard.press('Alt+Enter');
    const best = page.locator('tactful-coach [data-tactful-suggestion="0"]');
    await expect.poll(() => best.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => best.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');

    await page.keyboard.press('Alt+Enter');
    await best.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => value(page)).not.toContain('calm down');
    expect(await value(page)).toMatch(/^Thanks for waiting\. .+, we will refund the order today\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
