import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import { preparedBundledPacks } from '../../src/cli/load';
import { compilePacks } from '../../src/packs/compile';
import { launch, MARK, type Browser } from './browser';
import { EDITORS, openEditor, type EditorCase, type Opened } from './editor-pages';

/**
 * One suite, every editor (the in-page automation contract of DESIGN.md): type a reply with an
 * escalating phrase, see the mark over the words, apply rewrite 0, read the editor's own model, undo
 * with one Ctrl+Z; a clean reply gets no mark; an IME composition is left alone.
 */
const DRAFT = 'Thanks for waiting. Please calm down, we will refund the order today.';
const CLEAN = 'Thanks for waiting, I have refunded the order today.';
const packs = compilePacks(preparedBundledPacks());
const expected = analyse(DRAFT, packs).findings.find((f) => f.category === 'dismissive')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the flagged words are on screen, measured independently of the extension. */
async function wordsBox(o: Opened, editor: EditorCase, words: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return o.frame.evaluate(
    ({ words, field }) => {
      if (field) {
        const el = document.querySelector('[data-testid=editor]') as HTMLInputElement | HTMLTextAreaElement;
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const at = el.value.indexOf(words);
        const r = el.getBoundingClientRect();
        const x = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText(el.value.slice(0, at)).width - el.scrollLeft;
        return { x, y: r.top, width: ctx.measureText(words).width, height: r.height };
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(words);
        if (i < 0 || !(n.parentElement?.isContentEditable ?? false)) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + words.length);
        const b = range.getBoundingClientRect();
        return { x: b.left, y: b.top, width: b.width, height: b.height };
      }
      throw new Error(`"${words}" is not in the editor's DOM`);
    },
    { words, field: editor.field === true },
  );
}

describe.each(EDITORS)('$name', (editor) => {
  it('marks the phrase, applies rewrite 0 through the editor, and one Ctrl+Z restores the draft', async () => {
    const o = await openEditor(browser, editor);
    await o.page.keyboard.type(DRAFT);
    await expect.poll(o.text).toBe(DRAFT);

    const mark = o.marks.and(o.frame.locator(`[data-rule="${expected.rule}"]`));
    await mark.waitFor({ timeout: 5000 });
    expect(await mark.getAttribute('data-category')).toBe('dismissive');
    const box = (await mark.boundingBox())!;
    const words = await wordsBox(o, editor, expected.text);
    const frameOffset = editor.framed ? (await (await o.page.$('[data-testid=editor-frame]'))!.boundingBox())! : { x: 0, y: 0 };
    expect(Math.abs(box.x - (words.x + frameOffset.x))).toBeLessThan(3);
    expect(Math.abs(box.width - words.width)).toBeLessThan(4);
    if (editor.field !== true) expect(Math.abs(box.y - (words.y + frameOffset.y))).toBeLessThan(4);
    else expect(box.y).toBeGreaterThanOrEqual(words.y + frameOffset.y);

    // An agent reads the card before choosing; Quill merges edits less than a second apart into one
    // undo step, which would make Ctrl+Z take the typing back too.
    await o.page.waitForTimeout(1100);
    await mark.click();
    const rewrite = o.frame.locator('tactful-coach [data-tactful-suggestion="0"]');
    await rewrite.waitFor();
    const text0 = expected.suggestions[0]!.text;
    await rewrite.click();
    const after = DRAFT.slice(0, expected.start) + text0 + DRAFT.slice(expected.end);
    await expect.poll(o.text).toBe(after);
    await expect.poll(() => o.marks.and(o.frame.locator(`[data-rule="${expected.rule}"]`)).count()).toBe(0);

    await o.page.keyboard.press('Control+z');
    await expect.poll(o.text).toBe(DRAFT);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('leaves a clean reply unmarked', async () => {
    const o = await openEditor(browser, editor);
    await o.page.keyboard.type(CLEAN);
    await expect.poll(o.text).toBe(CLEAN);
    // Long enough for the analysis to have run (it runs 120 ms after the last keystroke).
    await o.page.waitForTimeout(800);
    expect(await o.marks.count()).toBe(0);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('does not disturb a Chinese IME composition', async () => {
    const o = await openEditor(browser, editor);
    await o.page.keyboard.type('Please calm down. ');
    const cdp = await browser.context.newCDPSession(o.page);
    // Compose over several steps with pauses longer than the analysis delay, as a slow typist would.
    for (const step of ['n', 'ni', 'ni h', 'ni hao', '你好']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      await o.page.waitForTimeout(200);
    }
    await cdp.send('Input.insertText', { text: '你好' });
    await expect.poll(o.text).toBe('Please calm down. 你好');
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});
