import { describe, expect, it } from 'vitest';
import { applyChanges, changedSpan } from '../../src/engine/draft-changes';
import type { DraftChange } from '../../src/engine/types';

const original = 'Calm down. We can offer a voucher.';
const changes: DraftChange[] = [
  { kind: 'rewrite', reason: 'en.calm-down', parts: [{ start: 0, end: 10, text: 'I understand.' }] },
  { kind: 'opener', reason: 'apologize', parts: [{ start: 0, end: 0, text: 'I am sorry. ' }] },
  { kind: 'closer', reason: 'anything_else', parts: [{ start: original.length, end: original.length, text: ' Anything else?' }] },
];

describe('applyChanges', () => {
  it('applies every change, insertions at one offset in the order of the changes', () => {
    expect(applyChanges(original, changes)).toBe('I am sorry. I understand. We can offer a voucher. Anything else?');
  });

  it('applies any subset and leaves the rest of the draft as it was', () => {
    expect(applyChanges(original, [changes[2]!])).toBe('Calm down. We can offer a voucher. Anything else?');
    expect(applyChanges(original, [])).toBe(original);
  });

  it('refuses overlapping parts instead of garbling the draft', () => {
    const bad: DraftChange = { kind: 'rewrite', reason: 'x', parts: [{ start: 5, end: 12, text: '' }] };
    expect(() => applyChanges(original, [changes[0]!, bad])).toThrow(RangeError);
  });
});

describe('changedSpan', () => {
  it('finds the one stretch that differs, so a single edit replaces only it', () => {
    const after = 'Calm down. We can offer you a voucher.';
    const span = changedSpan(original, after);
    expect(original.slice(0, span.start) + after.slice(span.start, span.afterEnd) + original.slice(span.beforeEnd)).toBe(after);
    expect(span.afterEnd - span.start).toBe(4);
  });

  it('covers both ends when the opener and the closer change', () => {
    const after = applyChanges(original, changes);
    expect(changedSpan(original, after)).toEqual({ start: 0, beforeEnd: original.length, afterEnd: after.length });
  });

  it('never splits an emoji (a surrogate pair)', () => {
    const before = 'Thanks 😀 a lot';
    const after = 'Thanks 😃 a lot';
    const span = changedSpan(before, after);
    expect(before.slice(span.start, span.beforeEnd)).toBe('😀');
    expect(after.slice(span.start, span.afterEnd)).toBe('😃');
  });

  it('is empty when nothing changed', () => {
    const span = changedSpan(original, original);
    expect(span.beforeEnd - span.start).toBe(0);
    expect(span.afterEnd - span.start).toBe(0);
  });
});
