import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, MARK, storedSettings, storeSettings, typeDraft as typeDraftIn, openOptionsPage, type Browser } from './browser';

/** The options page: its switches reach the open pages, and it speaks the agent's language. */
const DEFAULTS = { paused: false, disabledSites: [], ignoredRules: [], disabledPacks: [], ownPhrases: [], uiLanguage: null };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await setSettings(DEFAULTS);
});

interface Stored {
  disabledPacks: string[];
  ignoredRules: string[];
  disabledSites: string[];
  ownPhrases: { phrase: string; language: string; suggestion?: string }[];
  uiLanguage: string | null;
}
const settings = (): Promise<Stored> => storedSettings<Stored>(browser);
const setSettings = (value: object): Promise<void> => storeSettings(browser, value);

const typeDraft = (draft: string): Promise<{ page: Page; errors: string[] }> => typeDraftIn(browser, inject('fixtureUrl'), draft);

const openOptions = (): Promise<{ options: Page; errors: string[] }> => openOptionsPage(browser);

describe('options page', () => {
  it('switching a pack off stops its marks on open pages and new ones; switching it on brings them back', async () => {
    const { page, errors } = await typeDraft('Please calm down.');
    const calm = page.locator(`${MARK}[data-rule="en.calm-down"]`);
    await calm.waitFor();

    const { options, errors: optionErrors } = await openOptions();
    const toggle = options.locator('[data-tactful-pack-toggle="tactful-en"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(settings).toMatchObject({ disabledPacks: ['tactful-en'] });
    await expect.poll(() => page.locator(MARK).count()).toBe(0);

    // A page opened now gets the packs without it from the start.
    const fresh = await typeDraft('Please calm down.');
    await fresh.page.waitForTimeout(800);
    expect(await fresh.page.locator(MARK).count()).toBe(0);
    await fresh.page.close();

    // Back on, from the keyboard.
    await toggle.focus();
    await options.keyboard.press('Space');
    await expect.poll(settings).toMatchObject({ disabledPacks: [] });
    await expect.poll(() => calm.count()).toBe(1);
    expect(errors).toEqual([]);
    expect(optionErrors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('a pack’s rules can be read as text', async () => {
    const { options, errors } = await openOptions();
    const pack = options.locator('[data-tactful-pack="tactful-en"]');
    await pack.locator('[data-tactful-pack-rules]').click();
    const rule = pack.locator('[data-tactful-rule="en.calm-down"]');
    await rule.waitFor();
    expect(await rule.textContent()).toContain('Please calm down, I');
    await pack.locator('[data-tactful-rule-filter]').fill('calm-down');
    await expect.poll(() => pack.locator('[data-tactful-rule]').count()).toBe(1);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('an own phrase is checked as it is typed and, once added, flagged on open pages', async () => {
    const { page, errors } = await typeDraft('Your ticket is closed.');
    await page.waitForTimeout(600);
    expect(await page.locator(MARK).count()).toBe(0);

    const { options, errors: optionErrors } = await openOptions();
    const input = options.locator('[data-tactful-new-phrase]');
    await input.fill('ticket (is closed');
    await expect.poll(() => options.locator('.own-new [data-tactful-own-problem]').count()).toBe(1);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('ticket is closed');
    await expect.poll(() => options.locator('.own-new [data-tactful-own-problem]').count()).toBe(0);
    await options.locator('.own-new [data-tactful-own-language]').selectOption('en');
    await input.press('Enter');
    await expect.poll(settings).toMatchObject({ ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }] });
    await expect.poll(() => input.inputValue()).toBe('');
    expect(await options.locator('[data-tactful-own-entry="0"]').getAttribute('data-active')).toBe('true');

    const own = page.locator(`${MARK}[data-rule^="own."]`);
    await expect.poll(() => own.count()).toBe(1);

    // An entry that does not validate is kept, shown as not active, and breaks nothing else.
    await input.fill('a*');
    await options.locator('[data-tactful-own-add]').click();
    await expect.poll(async () => (await settings()).ownPhrases.length).toBe(2);
    const bad = options.locator('[data-tactful-own-entry="1"]');
    expect(await bad.getAttribute('data-active')).toBe('false');
    expect(await bad.locator('[data-tactful-own-problem]').textContent()).toContain('stem');
    await page.waitForTimeout(400);
    expect(await own.count()).toBe(1);

    // Fixed in place (saved on Enter), it becomes active.
    await bad.locator('[data-tactful-own-phrase]').fill('order is closed');
    await bad.locator('[data-tactful-own-phrase]').press('Enter');
    await expect.poll(async () => (await settings()).ownPhrases[1]).toEqual({ phrase: 'order is closed', language: 'en' });
    await expect.poll(() => bad.getAttribute('data-active')).toBe('true');

    // Removing the phrase removes its mark.
    await options.locator('[data-tactful-own-remove="0"]').click();
    await expect.poll(async () => (await settings()).ownPhrases).toEqual([{ phrase: 'order is closed', language: 'en' }]);
    await expect.poll(() => own.count()).toBe(0);
    expect(await options.locator('[data-tactful-own-entry="0"] [data-tactful-own-phrase]').inputValue()).toBe('order is closed');
    expect(errors).toEqual([]);
    expect(optionErrors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('un-ignoring a rule flags it again on open pages', async () => {
    await setSettings({ ...DEFAULTS, ignoredRules: ['en.calm-down', 'en.relax'] });
    const { page } = await typeDraft('As I already said, please calm down.');
    await page.locator(`${MARK}[data-category=condescending]`).waitFor();
    const calm = page.locator(`${MARK}[data-rule="en.calm-down"]`);
    expect(await calm.count()).toBe(0);

    const { options, errors } = await openOptions();
    await options.locator('[data-tactful-unignore-rule="en.calm-down"]').focus();
    await options.keyboard.press('Enter');
    await expect.poll(settings).toMatchObject({ ignoredRules: ['en.relax'] });
    await expect.poll(() => calm.count()).toBe(1);
    // Focus moves to the next rule's button, not to the page's body.
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-tactful-unignore-rule'))).toBe('en.relax');
    await options.keyboard.press('Enter');
    await expect.poll(settings).toMatchObject({ ignoredRules: [] });
    await expect.poll(() => options.locator('[data-tactful-ignored-rule]').count()).toBe(0);
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('switching a site back on brings Tactful back there', async () => {
    await setSettings({ ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    const { page } = await typeDraft('Please calm down.');
    await page.waitForTimeout(600);
    expect(await page.locator('tactful-coach').count()).toBe(0);

    const { options } = await openOptions();
    await options.locator('[data-tactful-enable-site="127.0.0.1"]').click();
    await expect.poll(settings).toMatchObject({ disabledSites: [] });
    await expect.poll(() => page.locator(MARK).count()).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('the interface language switch shows Russian labels, and stays after a reload', async () => {
    const { options, errors } = await openOptions();
    expect(await options.locator('h1').textContent()).toBe('Tactful settings');
    await options.locator('[data-tactful-ui-language]').selectOption('ru');
    await expect.poll(settings).toMatchObject({ uiLanguage: 'ru' });
    await expect.poll(() => options.locator('h1').textContent()).toBe('Настройки Tactful');
    expect(await options.locator('#language-title').textContent()).toBe('Язык интерфейса');
    expect(await options.locator('[data-tactful-pack="tactful-en"] [data-tactful-pack-rules]').textContent()).toBe('Показать правила');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('ru');

    await options.reload();
    await options.locator('[data-tactful-options]').waitFor();
    expect(await options.locator('h1').textContent()).toBe('Настройки Tactful');
    await options.locator('[data-tactful-ui-language]').selectOption('');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Tactful settings');
    expect(errors).toEqual([]);
    await options.close();
  });

  it('says so when stored settings had to be repaired', async () => {
    // Damaged at the current version (`settings$` is WXT's version record): an older version would
    // be migrated, and the migration repairs silently.
    await browser.background.evaluate(() => chrome.storage.local.set({ settings: { paused: 'yes', disabledSites: 'all', ignoredRules: [] }, settings$: { v: 2 } }));
    const { options } = await openOptions();
    expect(await options.locator('[data-tactful-repaired]').textContent()).toContain('damaged');
    await options.close();
  });
});
