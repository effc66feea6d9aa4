import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { analyse } from '../../src/engine/analyse';
import { preparedBundledPacks } from '../../src/cli/load';
import { compilePacks } from '../../src/packs/compile';
import { launch, type Browser } from './browser';
import { EDITORS, openEditor, type Opened } from './editor-pages';

/**
 * "De-escalate this reply" in every editor: the preview opens beside the reply box, applying it
 * changes the editor's own model in one edit, and one Ctrl+Z brings the agent's draft back.
 */
const DRAFT = "Unfortunately that's our policy. You should have read the terms. We can offer a voucher.";
const packs = compilePacks(preparedBundledPacks());
const escalating = (text: string) => analyse(text, packs).findings.filter((f) => f.severity !== 'hint');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The preview: beside the reply box, in the top document also when the box is in a frame (TinyMCE). */
const panelOf = (o: Opened): Locator => o.page.locator('tactful-coach [data-tactful-rewrite]');

/** The draft as the preview says it will read: the text without the struck-out words. */
const previewed = (o: Opened): Promise<string> =>
  panelOf(o)
    .locator('[data-tactful-rewrite-text]')
    .evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const del of copy.querySelectorAll('del')) del.remove();
      return copy.textContent ?? '';
    });

async function typed(editorName: string, draft = DRAFT): Promise<Opened> {
  const o = await openEditor(browser, EDITORS.find((e) => e.name === editorName)!);
  await o.page.keyboard.type(draft);
  await expect.poll(o.text).toBe(draft);
  await o.marks.first().waitFor({ timeout: 5000 });
  // Quill merges edits less than a second apart into one undo step (see editors.e2e.test.ts).
  await o.page.waitForTimeout(1100);
  return o;
}

describe.each(EDITORS)('$name', (editor) => {
  it('rewrites the whole reply as previewed, in one edit that one Ctrl+Z takes back', async () => {
    const o = await typed(editor.name);
    await o.page.keyboard.press('Alt+Shift+Enter');
    await panelOf(o).and(o.page.locator('[data-state=ready]')).waitFor({ timeout: 10000 });
    const expected = await previewed(o);
    expect(escalating(expected)).toEqual([]);
    expect(expected).toContain('voucher');
    // The preview sits beside the reply box, not over the text.
    const panel = (await panelOf(o).boundingBox())!;
    // (For TinyMCE, the editable body inside the frame, in the page's coordinates.)
    const box = (await o.frame.locator(editor.framed ? 'body' : '[data-testid=editor]').boundingBox())!;
    const overlapX = Math.min(panel.x + panel.width, box.x + box.width) - Math.max(panel.x, box.x);
    const overlapY = Math.min(panel.y + panel.height, box.y + box.height) - Math.max(panel.y, box.y);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);

    await panelOf(o).locator('[data-tactful-rewrite-apply=all]').click();
    await expect.poll(o.text).toBe(expected);
    await expect.poll(() => panelOf(o).count()).toBe(0);

    await o.page.keyboard.press('Control+z');
    await expect.poll(o.text).toBe(DRAFT);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe.each(['textarea', 'tiptap', 'quill', 'lexical', 'ckeditor5'])('%s, a letter with a greeting and a sign-off', (name) => {
  it('rewrites the body and leaves the greeting and the sign-off where they are', async () => {
    const letter = `Hi Anna,\n\n${DRAFT}\n\nBest regards,\nTom`;
    const o = await typed(name, letter);
    await o.page.keyboard.press('Alt+Shift+Enter');
    await panelOf(o).and(o.page.locator('[data-state=ready]')).waitFor({ timeout: 10000 });
    const expected = await previewed(o);
    expect(expected.startsWith('Hi Anna,\n\n')).toBe(true);
    expect(expected.endsWith('\n\nBest regards,\nTom')).toBe(true);
    await panelOf(o).locator('[data-tactful-rewrite-apply=all]').click();
    await expect.poll(o.text).toBe(expected);
    await o.page.keyboard.press('Control+z');
    await expect.poll(o.text).toBe(letter);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe('step by step', () => {
  it('applies only the changes the agent kept (from the checklist beside the box)', async () => {
    const o = await typed('textarea');
    await o.frame.locator('tactful-coach [data-tactful-badge]').click();
    await o.frame.locator('tactful-coach [data-tactful-deescalate]').click();
    await panelOf(o).and(o.page.locator('[data-state=ready]')).waitFor({ timeout: 10000 });
    const changes = panelOf(o).locator('[data-tactful-rewrite-change]');
    expect(await changes.count()).toBeGreaterThan(1);
    const all = await previewed(o);
    // Drop the first change: the preview and then the draft read without it.
    await changes.first().locator('button').click();
    expect(await changes.first().getAttribute('data-accepted')).toBe('false');
    const some = await previewed(o);
    expect(some).not.toBe(all);
    await panelOf(o).locator('[data-tactful-rewrite-apply=selected]').click();
    await expect.poll(o.text).toBe(some);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('opens from the card too, and Escape closes the preview without touching the draft', async () => {
    const o = await typed('contenteditable');
    await o.marks.first().click();
    await o.frame.locator('tactful-coach [data-tactful-card] [data-tactful-deescalate]').click();
    await panelOf(o).and(o.page.locator('[data-state=ready]')).waitFor({ timeout: 10000 });
    await o.page.keyboard.press('Escape');
    await expect.poll(() => panelOf(o).count()).toBe(0);
    expect(await o.text()).toBe(DRAFT);
    // Typing goes on in the reply box (clicking the mark put the caret in it).
    await o.page.keyboard.press('Control+End');
    await o.page.keyboard.type(' Thanks.');
    await expect.poll(o.text).toBe(`${DRAFT} Thanks.`);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('in a framed editor (TinyMCE) the preview opens beside the frame; Escape there returns to the draft', async () => {
    const o = await typed('tinymce');
    await o.page.keyboard.press('Alt+Shift+Enter');
    await panelOf(o).and(o.page.locator('[data-state=ready]')).waitFor({ timeout: 10000 });
    // Opened from the keyboard, the focus is on "Apply all", in the top document.
    expect(await panelOf(o).locator('[data-tactful-rewrite-apply=all]').evaluate((b) => b.matches(':focus'))).toBe(true);
    await o.page.keyboard.press('Escape');
    await expect.poll(() => panelOf(o).count()).toBe(0);
    await o.page.keyboard.type(' Thanks.');
    await expect.poll(o.text).toBe(`${DRAFT} Thanks.`);
    expect(await o.frame.locator('tactful-coach [data-tactful-rewrite]').count()).toBe(0);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});
