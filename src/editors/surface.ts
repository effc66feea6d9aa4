/**
 * A text surface: one reply box, whatever editor draws it. The coach reads text and screen boxes
 * through it and writes back only through the editor's own input handling.
 */
export interface Surface {
  /** The element that holds the text and the caret (textarea, input or the contenteditable root). */
  readonly element: HTMLElement;
  /** The current text, as the engine sees it. */
  read(): string;
  /**
   * For each `[start, end]` of the last read text, the viewport rectangles (of the surface's own
   * window) covering it, one per line. All ranges at once: measuring can force a layout.
   */
  rects(ranges: ReadonlyArray<readonly [number, number]>): DOMRect[][];
  /** The caret's text offset, when the caret is in the surface. */
  caret(): number | undefined;
  /** Puts the caret at a text offset. */
  setCaret(offset: number): void;
  /**
   * Replaces `start..end` of the last read text with `text` through the editor's own input path,
   * as one undoable edit. Resolves true when the surface's text became exactly what was asked.
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
}

/** The outcome of a replacement, checked by reading the text again. */
export function replacedAsAsked(before: string, start: number, end: number, text: string, after: string): boolean {
  return after === before.slice(0, start) + text + before.slice(end);
}
