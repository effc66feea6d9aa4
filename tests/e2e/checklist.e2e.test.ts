import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { collectErrors, launch, type Browser } from './browser';

/** The de-escalation checklist beside the reply box and in the popup (contract: data-tactful-step). */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const step = (root: Page | Locator, id: string): Locator => root.locator(`[data-tactful-step="${id}"]`);
const done = (l: Locator): Promise<string | null> => l.getAttribute('data-done');

describe('checklist', () => {
  it('ticks itself from the draft, beside the reply box, and takes manual ticks', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${inject('fixtureUrl')}textarea.html`);
    await page.click('[data-testid=editor]');
    await page.keyboard.type("I'm so sorry about the delay. Is there anything else I can help with?");
    const badge = page.locator('tactful-coach [data-tactful-badge]');
    await expect.poll(() => badge.textContent()).toBe('2/7');
    // The badge sits outside the reply box: it never covers the text.
    const box = (await page.locator('[data-testid=editor]').boundingBox())!;
    const b = (await badge.boundingBox())!;
    expect(b.x >= box.x + box.width || b.y >= box.y + box.height).toBe(true);

    await badge.click();
    const panel = page.locator('tactful-coach .panel');
    expect(await done(step(panel, 'apologize'))).toBe('true');
    expect(await done(step(panel, 'anything_else'))).toBe('true');
    expect(await done(step(panel, 'acknowledge'))).toBe('false');
    await step(panel, 'acknowledge').locator('button').click();
    expect(await done(step(panel, 'acknowledge'))).toBe('true');
    await expect.poll(() => badge.textContent()).toBe('3/7');

    // Typing on keeps the manual tick and adds what the draft now does.
    await page.keyboard.type(' I will call you back tomorrow.');
    await expect.poll(() => badge.textContent()).toBe('5/7');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same checklist in the popup, and a tick there reaches the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${inject('fixtureUrl')}textarea.html`);
    await page.click('[data-testid=editor]');
    await page.keyboard.type("I'm really sorry. Please calm down.");
    const badge = page.locator('tactful-coach [data-tactful-badge]');
    await expect.poll(() => badge.textContent()).toBe('1/7');
    // The page is the active tab until the popup opens (ids need no permission, URLs would).
    const tabId = await browser.background.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => done(step(popup, 'apologize'))).toBe('true');
    expect(await popup.locator('[data-tactful-calm]').getAttribute('data-tactful-calm')).toBe('1');
    await step(popup, 'timeline').locator('button').click();
    await expect.poll(() => badge.textContent()).toBe('2/7');
    await expect.poll(() => done(step(popup, 'timeline'))).toBe('true');
    await popup.close();
    await page.close();
  });
});
