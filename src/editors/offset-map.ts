/**
 * Reads the text of a contenteditable subtree the way the engine needs it, with a map back to DOM
 * positions: text nodes in document order, a line break for `<br>` and between blocks. Nothing in the
 * editor is changed or annotated; the map lives only until the next read.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'IFRAME']);

interface Segment {
  /** Offset of the node's first character in the extracted text. */
  at: number;
  node: Text;
}

export interface DomPosition {
  node: Node;
  offset: number;
}

export class OffsetMap {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    private readonly root: HTMLElement,
  ) {}

  /** The DOM position of a text offset; offsets on a synthetic line break snap to the next text. */
  position(offset: number, preferEnd = false): DomPosition {
    const segs = this.segments;
    if (segs.length === 0) return { node: this.root, offset: 0 };
    // Last segment starting at or before the offset.
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    const len = seg.node.data.length;
    if (offset < seg.at) return { node: seg.node, offset: 0 };
    if (offset - seg.at <= len) {
      // At a node boundary the end of a range belongs to the node before, a start to the node after.
      if (offset - seg.at === len && !preferEnd && lo + 1 < segs.length && segs[lo + 1]!.at === offset) return { node: segs[lo + 1]!.node, offset: 0 };
      return { node: seg.node, offset: offset - seg.at };
    }
    // Inside synthetic text (a line break): the end of this node or the start of the next.
    if (preferEnd || lo + 1 >= segs.length) return { node: seg.node, offset: len };
    return { node: segs[lo + 1]!.node, offset: 0 };
  }

  /** A DOM Range over text offsets `start..end`. */
  range(start: number, end: number): Range {
    const r = this.root.ownerDocument.createRange();
    const a = this.position(start, false);
    const b = this.position(end, true);
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  /** The text offset of a DOM position (for the caret), or undefined when it is outside the map. */
  offsetOf(node: Node, offset: number): number | undefined {
    for (const seg of this.segments) if (seg.node === node) return seg.at + Math.min(offset, seg.node.data.length);
    if (node.nodeType === Node.ELEMENT_NODE) {
      const child = node.childNodes[offset] ?? null;
      const after = child !== null ? firstText(child) : undefined;
      const seg = after !== undefined ? this.segments.find((s) => s.node === after) : undefined;
      if (seg !== undefined) return seg.at;
      if (node === this.root && offset >= node.childNodes.length) return this.text.length;
    }
    return undefined;
  }
}

function firstText(node: Node): Text | undefined {
  if (node.nodeType === Node.TEXT_NODE) return node as Text;
  for (let c = node.firstChild; c !== null; c = c.nextSibling) {
    const t = firstText(c);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Extracts the text of an editable root with its offset map. */
export function readEditable(root: HTMLElement): OffsetMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const lineBreak = (): void => {
    if (length > 0) pendingBreak = true;
  };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        const t = c as Text;
        if (t.data.length === 0) continue;
        if (pendingBreak) {
          push('\n');
          pendingBreak = false;
        }
        segments.push({ at: length, node: t });
        push(t.data);
      } else if (c.nodeType === Node.ELEMENT_NODE) {
        const el = c as HTMLElement;
        if (SKIP.has(el.tagName.toUpperCase())) {
          // An image or widget separates words without being text.
          if (length > 0 && !pendingBreak) push(' ');
          continue;
        }
        if (el.tagName === 'BR') {
          if (pendingBreak) push('\n');
          pendingBreak = true;
          continue;
        }
        const block = BLOCK.has(el.tagName.toUpperCase());
        if (block) lineBreak();
        if (el.isContentEditable || el === root) walk(el);
        else if (length > 0 && !pendingBreak) push(' '); // a non-editable island (a mention chip): a separator
        if (block) lineBreak();
      }
    }
  };
  walk(root);
  return new OffsetMap(parts.join(''), segments, root);
}
