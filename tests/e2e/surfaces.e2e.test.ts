import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, launch, MARK, type Browser } from './browser';

/** Where the coach attaches, where it must not, and how its marks follow the text. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${inject('fixtureUrl')}${name}.html`);
  await page.evaluate(() => (window as unknown as { fixture: { ready: Promise<void> } }).fixture.ready);
  return { page, errors };
}
const text = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText());

describe('reply boxes the coach attaches to', () => {
  it('a contenteditable inside an open shadow root, mounted after the page loaded', async () => {
    const { page, errors } = await open('shadow-dom');
    await page.evaluate(() => (window as unknown as { fixture: { focus(): void } }).fixture.focus());
    const draft = 'Sorry for the wait. Please calm down, the parcel is on its way.';
    await page.keyboard.type(draft);
    const mark = page.locator(`${MARK}[data-category=dismissive]`);
    await mark.waitFor();
    await page.waitForTimeout(1100);
    await mark.click();
    await page.locator('tactful-coach [data-tactful-suggestion="0"]').click();
    await expect.poll(() => text(page)).not.toContain('calm down');
    expect(await text(page)).toMatch(/^Sorry for the wait\. .+, the parcel is on its way\.$/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(draft);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('fields the coach leaves alone', () => {
  it('passwords, e-mail, search, short codes, spellcheck="false", data-gramm="false" and code editors', async () => {
    const { page, errors } = await open('ineligible');
    const fields = await page.locator('[data-field]').all();
    expect(fields).toHaveLength(7);
    for (const field of fields) {
      await field.click();
      await page.keyboard.type('Calm down, that is our policy.');
    }
    await page.waitForTimeout(800);
    // Not a mark, not even the overlay's host element: the page is left as it was.
    expect(await page.locator('tactful-coach').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('marks follow the text', () => {
  it('move with the reply box when its text scrolls', async () => {
    const { page } = await open('textarea');
    await page.click('[data-testid=editor]');
    await page.keyboard.type('Please calm down.');
    for (let i = 0; i < 15; i++) await page.keyboard.press('Enter');
    await page.keyboard.type('Best regards');
    await page.evaluate(() => ((document.querySelector('[data-testid=editor]') as HTMLTextAreaElement).scrollTop = 0));
    const mark = page.locator(MARK).first();
    await mark.waitFor();
    await page.waitForTimeout(200);
    const before = (await mark.boundingBox())!;
    await page.evaluate(() => ((document.querySelector('[data-testid=editor]') as HTMLTextAreaElement).scrollTop = 12));
    await expect.poll(async () => Math.round((await mark.boundingBox())!.y)).toBe(Math.round(before.y - 12));
    // Scrolled out of the box: no mark is drawn over the page around it.
    await page.evaluate(() => ((document.querySelector('[data-testid=editor]') as HTMLTextAreaElement).scrollTop = 300));
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    await page.close();
  });
});
