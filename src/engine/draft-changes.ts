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
