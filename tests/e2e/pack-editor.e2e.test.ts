import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, MARK, storeSettings, typeDraft as typeDraftIn, openOptionsPage, type Browser } from './browser';

/** Team leads' packs in the real options page: import, the editor, export (issue 6). */
const DEFAULTS = { paused: false, disabledSites: [], ignoredRules: [], disabledPacks: [], ownPhrases: [], uiLanguage: null };
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await storeSettings(browser, DEFAULTS);
  await browser.background.evaluate(() => chrome.storage.local.remove('localPacks'));
});

interface StoredPack {
  pack: { id: string; rules: Array<{ id: string }> };
  prepared: { id: string };
}
const localPacks = (): Promise<StoredPack[] | undefined> =>
  browser.background.evaluate(() => chrome.storage.local.get('localPacks').then((r) => r.localPacks)) as Promise<StoredPack[] | undefined>;
const typeDraft = (draft: string): Promise<{ page: Page; errors: string[] }> => typeDraftIn(browser, inject('fixtureUrl'), draft);

const openOptions = (): Promise<{ options: Page; errors: string[] }> => openOptionsPage(browser);

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** A pack written in the editor: a rule whose examples pass, one whose flag example fails, a step. */
const AUTHORED = {
  id: 'acme-authored',
  name: 'ACME authored',
  version: '1.0.0',
  language: 'en',
  rules: [
    {
      id: 'acme.ticket-closed',
      category: 'wording',
      severity: 'warning',
      patterns: ['[your] ticket (is | was | has been) closed'],
      message: 'Say the request is resolved.',
      suggestions: [{ kind: 'neutral', text: 'your request is resolved' }],
      examples: { flag: ['Your ticket was closed.'], ok: ['Is your ticket open?'] },
    },
    {
      id: 'acme.asap',
      category: 'custom:wording',
      severity: 'hint',
      patterns: ['asap'],
      message: 'Give a time instead.',
      suggestions: [],
      examples: { flag: ['Reply as soon as possible.'] },
    },
  ],
  steps: { apologize: { patterns: ['i am [so] sorry'] } },
};

describe('pack authoring', () => {
  it('imports a pack file and lists it, marks its phrases on pages; a broken file is refused naming the rule and field, and nothing is saved', async () => {
    const { options, errors } = await openOptions();
    const input = options.locator('[data-tactful-pack-import]');

    await input.setInputFiles(file('broken-pack.json', fixture('broken-pack.json')));
    const problems = options.locator('[data-tactful-import-problems]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('broken-pack.json: rule "acme.ticket-closed" (rules[1].category): must be one of');
    expect(await problems.textContent()).toContain('(rules[1].patterns[0]): "ticket (is | was closed"');
    expect(await localPacks()).toBeUndefined();
    expect(await options.locator('[data-tactful-pack="acme-broken"]').count()).toBe(0);

    await input.setInputFiles(file('team-pack.json', fixture('team-pack.json')));
    await expect.poll(() => options.locator('[data-tactful-import-status]').textContent()).toContain('ACME wording (acme-en 1.0.0)');
    expect(await problems.count()).toBe(0);
    const listed = options.locator('[data-tactful-pack="acme-en"]');
    expect(await listed.getAttribute('data-local')).toBe('true');
    await expect.poll(async () => (await localPacks())?.map((p) => p.pack.id)).toEqual(['acme-en']);

    const { page } = await typeDraft('Sorry, your ticket was closed.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();

    // Switched off like any pack, and removed.
    await listed.locator('[data-tactful-pack-toggle]').uncheck();
    await expect.poll(() => page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).count()).toBe(0);
    await listed.locator('[data-tactful-pack-remove="acme-en"]').click();
    await expect.poll(localPacks).toEqual([]);
    expect(await listed.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('the editor points at a broken field, shows the fix in the preview and the pack test, and saves a pack the page then uses', async () => {
    const { options, errors } = await openOptions();
    await options.locator('[data-tactful-pack-new]').click();
    const json = options.locator('[data-tactful-pack-json]');
    await json.waitFor();
    // The template is valid as it is.
    await options.locator('[data-tactful-editor-valid]').waitFor();

    const text = JSON.stringify(AUTHORED, null, 2);
    await json.fill(text);
    const problem = options.locator('[data-tactful-editor-problem="rules[0].category"]');
    await problem.waitFor();
    expect(await problem.getAttribute('data-rule')).toBe('acme.ticket-closed');
    const line = text.split('\n').findIndex((l) => l.includes('"wording"')) + 1;
    expect(await problem.textContent()).toContain(`line ${line}, column 19`);
    expect(await options.locator('[data-tactful-preview-waiting]').count()).toBe(1);

    // Clicking the problem selects the broken value; typing replaces it.
    await problem.click();
    const selected = await json.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('"wording"');
    await options.keyboard.type('"custom:wording"');
    await options.locator('[data-tactful-editor-valid]').waitFor();
    expect(await problem.count()).toBe(0);

    // The preview runs the pack on a sample draft.
    await options.locator('[data-tactful-preview-draft]').fill('I am so sorry. Your ticket was closed.');
    const finding = options.locator('[data-tactful-preview-finding][data-rule="acme.ticket-closed"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('“Your ticket was closed”: Say the request is resolved. → Your request is resolved');
    expect(await options.locator('[data-tactful-preview-steps]').getAttribute('data-tactful-preview-steps')).toBe('apologize');

    // pack test, in place.
    expect(await options.locator('[data-tactful-pack-test="acme.ticket-closed"]').getAttribute('data-pass')).toBe('true');
    const failing = options.locator('[data-tactful-pack-test="acme.asap"]');
    expect(await failing.getAttribute('data-pass')).toBe('false');
    expect(await failing.locator('[data-tactful-failing-example]').textContent()).toBe('Reply as soon as possible.');
    expect(await options.locator('[data-tactful-pack-tests-summary]').textContent()).toBe('1 of 2 rule(s) pass their examples.');

    await options.locator('[data-tactful-editor-save]').click();
    await options.locator('[data-tactful-editor-saved]').waitFor();
    const stored = await localPacks();
    expect(stored?.map((p) => [p.pack.id, p.pack.rules.map((r) => r.id)])).toEqual([['acme-authored', ['acme.ticket-closed', 'acme.asap']]]);
    expect(await options.locator('[data-tactful-pack="acme-authored"]').getAttribute('data-local')).toBe('true');

    const { page } = await typeDraft('Hello, your ticket has been closed.');
    await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).waitFor();

    // Edited again (the rule renamed) and saved: the open page recompiles and marks with the new id.
    await options.locator('[data-tactful-pack-edit="acme-authored"]').click();
    await expect.poll(() => json.inputValue()).toContain('"custom:wording"');
    await json.fill((await json.inputValue()).replace('"acme.ticket-closed"', '"acme.closed"'));
    await options.locator('[data-tactful-editor-valid]').waitFor();
    await options.locator('[data-tactful-editor-save]').click();
    await expect.poll(async () => (await localPacks())?.map((p) => p.pack.rules[0]!.id)).toEqual(['acme.closed']);
    await page.locator(`${MARK}[data-rule="acme.closed"]`).waitFor();
    expect(await page.locator(`${MARK}[data-rule="acme.ticket-closed"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('exports a local pack and a bundled one as JSON files equal to the packs', async () => {
    const { options, errors } = await openOptions();
    await options.locator('[data-tactful-pack-import]').setInputFiles(file('team-pack.json', fixture('team-pack.json')));
    const exportButton = options.locator('[data-tactful-pack-export="acme-en"]');
    await exportButton.waitFor();

    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('acme-en-1.0.0.json');
    const exported: unknown = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual(JSON.parse(fixture('team-pack.json')));
    expect(exported).toEqual((await localPacks())![0]!.pack);

    const [bundled] = await Promise.all([options.waitForEvent('download'), options.locator('[data-tactful-pack-export="tactful-en"]').click()]);
    expect(JSON.parse(readFileSync((await bundled.path())!, 'utf8'))).toEqual(JSON.parse(readFileSync(new URL('../../rules/en.json', import.meta.url), 'utf8')));
    expect(errors).toEqual([]);
    await options.close();
  });

  it('edits a copy of the 500 KB English pack: typing lands while the pack is checked off the page', async () => {
    const { options, errors } = await openOptions();
    await options.locator('[data-tactful-pack-copy="tactful-en"]').click();
    const json = options.locator('[data-tactful-pack-json]');
    await options.locator('[data-tactful-pack-tests-summary]').waitFor({ timeout: 20000 });
    expect(await json.inputValue()).toContain('"id": "tactful-en-copy"');
    // Checking and compiling a pack this size takes the better part of a second: it runs in a worker,
    // so keys typed meanwhile are not kept waiting (npm run bench:e2e times them).
    expect(options.workers().length).toBeGreaterThan(0);
    await json.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('"name": "') + 9;
      el.focus();
      el.setSelectionRange(at, at);
    });
    // Keys land in the pauses where the pack is being checked and compiled, and none is lost.
    const pauses: Record<string, number> = { T: 120, e: 360, a: 900, m: 120, ' ': 120 };
    for (const ch of 'Team ') {
      await options.keyboard.type(ch);
      await options.waitForTimeout(pauses[ch]!);
    }
    await options.locator('[data-tactful-editor-valid]').waitFor();
    expect(await json.inputValue()).toContain('"name": "Team English de-escalation wording (copy)"');
    expect(errors).toEqual([]);
    await options.close();
  });
});
