import type { DraftChange, DraftChangePart } from './types';

interface Placed extends DraftChangePart {
  change: number;
}

/** The parts of the given changes, in the order they apply: by offset, insertions in change order. */
export function placedParts(changes: readonly DraftChange[]): Placed[] {
  const parts = changes.flatMap((c, change) => c.parts.map((p) => ({ ...p, change })));
  return parts.sort((a, b) => a.start - b.start || a.end - b.end || a.change - b.change);
}

/** `original` with the given changes applied (any subset of a rewrite's changes). */
export function applyChanges(original: string, changes: readonly DraftChange[]): string {
  let out = '';
  let at = 0;
  for (const p of placedParts(changes)) {
    if (p.start < at) throw new RangeError(`draft changes overlap at ${p.start}`);
    out += original.slice(at, p.start) + p.text;
    at = p.end;
  }
  return out + original.slice(at);
}

/**
 * Where `after` differs from `before`: `before.slice(start, beforeEnd)` became
 * `after.slice(start, afterEnd)`. Replacing just that keeps the rest of the editor's content
 * (formatting, links) as it was, in one edit.
 */
export function changedSpan(before: string, after: string): { start: number; beforeEnd: number; afterEnd: number } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Do not split a surrogate pair.
  if (start > 0 && start < max && isLowSurrogate(before.charCodeAt(start))) start--;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
