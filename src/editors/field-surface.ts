import { measureFieldRanges } from './mirror';
import { replacedAsAsked, type Surface } from './surface';

/** A <textarea> or text <input>, also when React controls its value. */
export class FieldSurface implements Surface {
  constructor(
    readonly element: HTMLTextAreaElement | HTMLInputElement,
    /** Where the measuring copy may be attached: the coach's own shadow root. */
    private readonly measureHost: () => Node,
  ) {}

  read(): string {
    return this.element.value;
  }

  rects(ranges: ReadonlyArray<readonly [number, number]>): DOMRect[][] {
    return measureFieldRanges(this.element, this.measureHost(), ranges);
  }

  caret(): number | undefined {
    return this.element.ownerDocument.activeElement === this.element ? (this.element.selectionEnd ?? undefined) : undefined;
  }

  setCaret(offset: number): void {
    this.element.focus();
    this.element.setSelectionRange(offset, offset);
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const el = this.element;
    const before = el.value;
    el.focus();
    el.setSelectionRange(start, end);
    // insertText goes through the browser's editing path: input events that React and other frameworks
    // listen to, and an entry on the field's own undo stack, so one Ctrl+Z takes it back.
    const done = el.ownerDocument.execCommand('insertText', false, text);
    if (!done || el.value === before) {
      // Browsers without execCommand on fields: set the text and tell the page, as typing would.
      el.setRangeText(text, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    return replacedAsAsked(before, start, end, text, el.value);
  }
}
