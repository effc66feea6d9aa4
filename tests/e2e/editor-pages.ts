import { inject } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { collectErrors, MARK, type Browser } from './browser';

/** The fixture pages with a real editor each (tests/e2e/fixtures), as the e2e suites open them. */
export interface EditorCase {
  name: string;
  /** The editor lives in an iframe (TinyMCE): its document hosts the overlay. */
  framed?: boolean;
  /** A <textarea> or <input>: no DOM text to measure, so the expected box comes from canvas metrics. */
  field?: boolean;
}

export const EDITORS: EditorCase[] = [
  { name: 'textarea', field: true },
  { name: 'react-textarea', field: true },
  { name: 'react-input', field: true },
  { name: 'contenteditable' },
  { name: 'tiptap' },
  { name: 'quill' },
  { name: 'ckeditor5' },
  { name: 'tinymce', framed: true },
  { name: 'lexical' },
  { name: 'slate' },
  { name: 'draftjs' },
];

export interface Opened {
  page: Page;
  /** The frame whose document holds the editor and the overlay. */
  frame: Frame;
  marks: Locator;
  errors: string[];
  text(): Promise<string>;
}

/** Opens an editor's fixture page with the editor focused and empty. */
export async function openEditor(browser: Browser, editor: EditorCase): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${inject('fixtureUrl')}${editor.name}.html`);
  await page.evaluate(() => (window as unknown as { fixture: { ready: Promise<void> } }).fixture.ready);
  const frame = editor.framed ? (await (await page.waitForSelector('[data-testid=editor-frame]')).contentFrame())! : page.mainFrame();
  await page.evaluate(() => (window as unknown as { fixture: { focus(): void } }).fixture.focus());
  return {
    page,
    frame,
    errors,
    marks: frame.locator(MARK),
    text: () => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText()),
  };
}

