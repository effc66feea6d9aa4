import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/engine/normalize';
import { tokenize } from '../../src/engine/tokenize';
import { compile, pack, rule } from '../helpers';
import { analyse } from '../../src/engine/analyse';

/** Random text from every corner of Unicode that drafts contain: emoji, marks, RTL, CJK, spaces. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('😡', '👍🏽', '👩‍💻', 'e\u0301', '\u00a0', '\r\n', '\u200b', 'שלום', 'مرحبا', '你好', 'Žluťoučký', 'ģērbties', 'ёлка', '’', '“', '—', '…', '. ', '?', '\ufe0f'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('tokenizer offsets (property)', () => {
  it('tokens lie in order inside the text, never split a surrogate pair, and fold from their own slice', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { tokens } = tokenize(t);
        let prevEnd = 0;
        for (const tok of tokens) {
          expect(tok.start).toBeGreaterThanOrEqual(prevEnd);
          expect(tok.end).toBeGreaterThan(tok.start);
          expect(tok.end).toBeLessThanOrEqual(t.length);
          for (const edge of [tok.start, tok.end]) {
            const c = t.charCodeAt(edge);
            expect(edge < t.length && c >= 0xdc00 && c <= 0xdfff && edge > 0 && t.charCodeAt(edge - 1) >= 0xd800 && t.charCodeAt(edge - 1) <= 0xdbff).toBe(false);
          }
          expect(foldText(t.slice(tok.start, tok.end))).toBe(tok.text);
          prevEnd = tok.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a phrase dropped into random text is found at exactly its own offsets', () => {
    const packs = compile(pack([rule('calm', ['calm down'])]));
    const phrase = fc.constantFrom('calm down', 'Calm Down', 'CALM\u00a0down', 'calm\u0301 down');
    fc.assert(
      fc.property(text, phrase, text, (before, p, after) => {
        const draft = `${before} ${p} ${after}`;
        const at = before.length + 1;
        const found = analyse(draft, packs).findings.filter((f) => f.start === at);
        // Random text may end a sentence or glue letters to the phrase; when the phrase stands alone
        // it must be found at exactly its place.
        const standsAlone = !/[\p{L}\p{N}\p{M}'’]$/u.test(before) && !/^[\p{L}\p{N}\p{M}'’]/u.test(after);
        if (standsAlone) {
          expect(found).toHaveLength(1);
          expect(draft.slice(found[0]!.start, found[0]!.end)).toBe(p);
        }
        for (const f of analyse(draft, packs).findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 2000 },
    );
  });
});
