import type { Box } from '../store/coach-store';

/** The part of an element the user can see: its padding box cut by scrolling ancestors and the window. */
export function visibleBox(el: Element): Box | null {
  const win = el.ownerDocument.defaultView!;
  const r = el.getBoundingClientRect();
  const cs = win.getComputedStyle(el);
  let left = r.left + parseFloat(cs.borderLeftWidth);
  let top = r.top + parseFloat(cs.borderTopWidth);
  let right = r.right - parseFloat(cs.borderRightWidth);
  let bottom = r.bottom - parseFloat(cs.borderBottomWidth);
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const ps = win.getComputedStyle(p);
    if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
    const pr = p.getBoundingClientRect();
    left = Math.max(left, pr.left);
    top = Math.max(top, pr.top);
    right = Math.min(right, pr.right);
    bottom = Math.min(bottom, pr.bottom);
  }
  left = Math.max(left, 0);
  top = Math.max(top, 0);
  right = Math.min(right, win.innerWidth);
  bottom = Math.min(bottom, win.innerHeight);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

export const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });
