import { readEditable, type OffsetMap } from './offset-map';
import { replacedAsAsked, type Surface } from './surface';

const frame = (win: Window): Promise<void> => new Promise((resolve) => win.requestAnimationFrame(() => resolve()));

/** Resolves on the next `selectionchange` (or after a short wait, if the selection did not move). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * TinyMCE records an undo level on `input` events, not on the DOM change execCommand makes: an
 * `input` before and after brackets the replacement as one undo step of its own (e2e: tinymce).
 */
const undoCheckpoint = (el: HTMLElement): void => {
  if (el.classList.contains('mce-content-body')) el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
};

/**
 * A contenteditable root: plain, or drawn by a rich editor (ProseMirror/Tiptap, Quill, CKEditor 5,
 * TinyMCE's iframe, Lexical, Slate, Draft.js). One mechanism for all: read text nodes through an
 * offset map, select the DOM range, and insert text the way typing does, so the editor's own
 * input handling updates its model and its undo history.
 */
export class EditableSurface implements Surface {
  private map: OffsetMap | undefined;

  constructor(readonly element: HTMLElement) {}

  read(): string {
    this.map = readEditable(this.element);
    return this.map.text;
  }

  private current(): OffsetMap {
    return this.map ?? (this.read(), this.map!);
  }

  rects(ranges: ReadonlyArray<readonly [number, number]>): DOMRect[][] {
    const map = this.current();
    // One rectangle per line box; drop the empty ones a range reports at element edges.
    return ranges.map(([start, end]) => [...map.range(start, end).getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5));
  }

  caret(): number | undefined {
    const sel = this.element.ownerDocument.getSelection();
    if (sel === null || sel.rangeCount === 0 || sel.focusNode === null || !this.element.contains(sel.focusNode)) return undefined;
    return this.current().offsetOf(sel.focusNode, sel.focusOffset);
  }

  setCaret(offset: number): void {
    const pos = this.current().position(offset);
    const sel = this.element.ownerDocument.getSelection();
    this.element.focus({ preventScroll: true });
    sel?.collapse(pos.node, pos.offset);
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const doc = this.element.ownerDocument;
    const win = doc.defaultView!;
    const before = this.read();
    const sel = doc.getSelection();
    if (sel === null) return false;
    this.element.focus({ preventScroll: true });
    const range = this.current().range(start, end);
    const settled = selectionSettled(doc);
    sel.removeAllRanges();
    sel.addRange(range);
    // Editors that keep their own selection (Lexical, Slate, CKEditor 5) take the DOM selection over
    // on `selectionchange`, which fires asynchronously; CKEditor also starts a new undo step then.
    await settled;
    await frame(win);
    const asked = (): boolean => replacedAsAsked(before, start, end, text, this.read());
    // execCommand does not fire `beforeinput`, and editors built on it (Slate, CKEditor 5) would let
    // the browser change their DOM behind their model's back. So first offer the edit as a
    // `beforeinput`, exactly what typing sends; an editor that takes it cancels the event.
    const offered = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
      targetRanges: [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })],
    });
    const handled = !this.element.dispatchEvent(offered);
    if (handled) {
      await frame(win);
      if (asked()) return true;
      if (this.read() !== before) return false; // the editor did something else: leave it, report it
      sel.removeAllRanges();
      sel.addRange(this.current().range(start, end));
      await frame(win);
    }
    // Everyone else (ProseMirror, Quill, Draft.js, TinyMCE, plain contenteditable) follows the DOM
    // edit the browser makes for insertText, which also lands on the browser's undo stack.
    undoCheckpoint(this.element);
    doc.execCommand('insertText', false, text);
    undoCheckpoint(this.element);
    // Editors that render from their model update the DOM after the event.
    await frame(win);
    return asked();
  }
}
