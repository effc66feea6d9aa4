import { readEditable, type OffsetMap } from './offset-map';
import { replacedAsAsked, type Surface } from './surface';

const frame = (win: Window): Promise<void> => new Promise((resolve) => win.requestAnimationFrame(() => resolve()));

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
    sel.removeAllRanges();
    sel.addRange(this.current().range(start, end));
    // Editors that keep their own selection (Lexical, Slate, Draft.js) take the DOM selection over on
    // `selectionchange`, which fires asynchronously: give it a frame before inserting.
    await frame(win);
    doc.execCommand('insertText', false, text);
    // Editors that render from their model (Slate, Draft.js, Lexical) update the DOM after the event.
    await frame(win);
    return replacedAsAsked(before, start, end, text, this.read());
  }
}
