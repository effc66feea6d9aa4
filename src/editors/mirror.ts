/**
 * Screen boxes of text ranges inside a <textarea> or <input>, whose text has no DOM nodes to measure:
 * an invisible copy of the field with the same box and font lays the text out the same way, and the
 * ranges are measured in the copy. One layout measures every range at once.
 */
const COPIED = [
  'boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch',
  'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform',
  'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize', 'direction', 'unicodeBidi', 'writingMode', 'textRendering',
] as const;

export function measureFieldRanges(field: HTMLTextAreaElement | HTMLInputElement, host: Node, ranges: ReadonlyArray<readonly [number, number]>): DOMRect[][] {
  const doc = field.ownerDocument;
  const win = doc.defaultView!;
  const style = win.getComputedStyle(field);
  const mirror = doc.createElement('div');
  const s = mirror.style;
  for (const prop of COPIED) s[prop] = style[prop];
  const textarea = field instanceof HTMLTextAreaElement;
  s.position = 'fixed';
  s.top = '0';
  s.left = '0';
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.overflow = 'hidden';
  s.whiteSpace = textarea ? 'pre-wrap' : 'pre';
  s.overflowWrap = textarea ? 'break-word' : 'normal';
  // A textarea with a scrollbar wraps text in a narrower box than its CSS width.
  if (textarea) s.width = `${field.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`;
  // An input centres its one line vertically.
  else s.lineHeight = `${field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
  const text = field.value;
  const sorted = ranges.map((r, i) => ({ r, i })).sort((a, b) => a.r[0] - b.r[0]);
  const spans: HTMLSpanElement[] = new Array(ranges.length);
  let at = 0;
  for (const { r, i } of sorted) {
    const [start, end] = [Math.max(r[0], at), Math.max(r[1], at)];
    mirror.append(doc.createTextNode(text.slice(at, start)));
    const span = doc.createElement('span');
    span.textContent = text.slice(start, end);
    mirror.append(span);
    spans[i] = span;
    at = end;
  }
  // A trailing character keeps a final empty line's height, as the field shows it.
  mirror.append(doc.createTextNode(`${text.slice(at)}\u200b`));
  host.appendChild(mirror);
  const origin = mirror.getBoundingClientRect();
  const box = field.getBoundingClientRect();
  const dx = box.left - origin.left - field.scrollLeft;
  const dy = box.top - origin.top - field.scrollTop;
  const out = spans.map((span) =>
    span === undefined ? [] : [...span.getClientRects()].map((rc) => new DOMRect(rc.left + dx, rc.top + dy, rc.width, rc.height)),
  );
  mirror.remove();
  return out;
}
