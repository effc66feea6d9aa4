import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import { analyseAll, analyseSliced, sliceBounds } from '../../src/engine/sliced';
import { compile, pack, rule } from '../helpers';

const packs = compile(pack([rule('calm', ['calm down'])], { steps: { apologize: { patterns: ['sorry'] } } }));

describe('sliced analysis of long drafts', () => {
  it('equals analyse on a short draft, in one slice', () => {
    const text = 'Sorry. Please calm down.';
    const it = analyseSliced(text, packs);
    const first = it.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual(analyse(text, packs));
  });

  it('finds every phrase of a 100,000-character paste at its exact offsets, yielding between slices', () => {
    const para = 'Thanks for writing in about the order. Please calm down, we are on it.\n';
    const text = para.repeat(Math.ceil(100000 / para.length));
    const gen = analyseSliced(text, packs);
    let yields = 0;
    let r = gen.next();
    while (r.done !== true) {
      yields++;
      r = gen.next();
    }
    expect(yields).toBeGreaterThan(10);
    const starts = r.value.findings.map((f) => f.start);
    const expected: number[] = [];
    for (let i = text.indexOf('calm down'); i >= 0; i = text.indexOf('calm down', i + 1)) expected.push(i);
    expect(starts).toEqual(expected);
    expect(r.value.findings.every((f) => text.slice(f.start, f.end) === 'calm down')).toBe(true);
  });

  it('cuts at line breaks or sentence ends and never inside a surrogate pair', () => {
    const emoji = '😡'.repeat(5000);
    for (const text of [emoji, 'word '.repeat(3000), 'a. '.repeat(4000)]) {
      const bounds = sliceBounds(text);
      expect(bounds[0]).toBe(0);
      expect(bounds[bounds.length - 1]).toBe(text.length);
      for (const b of bounds) expect(/[\uDC00-\uDFFF]/.test(text[b] ?? '')).toBe(false);
    }
    const steps = analyseAll(`${'x '.repeat(5000)}I am sorry.`, packs).steps;
    expect(steps.apologize.evidence?.text).toBe('sorry');
  });
});
