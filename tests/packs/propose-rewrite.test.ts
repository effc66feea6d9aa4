import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preparedBundledPacks } from '../../src/cli/load';
import { analyse } from '../../src/engine/analyse';
import { applyChanges } from '../../src/engine/draft-changes';
import { draftFacts, lostFacts } from '../../src/engine/draft-facts';
import type { DraftRewrite, StepId } from '../../src/engine/types';
import { compilePacks } from '../../src/packs/compile';
import { composeFor, proposeRewrite } from '../../src/packs/propose-rewrite';

const packs = preparedBundledPacks();
const compiled = compilePacks(packs);
const drafts = JSON.parse(readFileSync(new URL('../fixtures/rewrite-drafts.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const serious = (text: string): string[] =>
  analyse(text, compiled).findings.filter((f) => f.severity !== 'hint').map((f) => `${f.rule}: ${f.text}`);
const propose = (text: string, previous?: DraftRewrite['used']): DraftRewrite => {
  const r = proposeRewrite(text, compiled, packs, previous === undefined ? {} : { previous });
  if (r === null) throw new Error(`no rewrite for ${text}`);
  return r;
};
const STEPS: StepId[] = ['acknowledge', 'apologize', 'solution', 'anything_else'];

/** Every subset of a rewrite's changes, up to 2^n of them (n is small for these drafts). */
function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => (mask >> i) & 1));
}

describe.each(Object.entries(drafts))('whole-draft rewrite, %s', (language, texts) => {
  it('has at least four drafts, each with errors or warnings, in the language', () => {
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const t of texts) {
      expect(analyse(t, compiled).language, t).toBe(language);
      expect(serious(t).length, t).toBeGreaterThan(0);
    }
  });

  it.each(texts)('%s', (text) => {
    const r = propose(text);
    expect(r.language).toBe(language);
    expect(r.original).toBe(text);
    expect(applyChanges(text, r.changes)).toBe(r.text);
    expect(serious(r.text), r.text).toEqual([]);
    expect(lostFacts(text, r.text), r.text).toEqual([]);
    const steps = analyse(r.text, compiled).steps;
    for (const step of STEPS) expect(steps[step].done, `${step} in ${r.text}`).toBe(true);
    // Reads naturally: no doubled spaces, no space before an end mark, Chinese without spaces between sentences.
    expect(r.text).not.toMatch(/ {2}| [.,!?。，]/);
    if (language === 'zh') expect(r.text).not.toMatch(/[。！？] /);
  });

  it('ends the reply with the closing question whichever changes the agent keeps', () => {
    for (const text of texts) {
      const r = propose(text);
      const closer = r.changes.find((c) => c.kind === 'closer');
      if (closer === undefined) continue;
      const question = closer.parts[0]!.text.trim();
      // The body's end: the whole rewrite ends with the question, or the question is followed only by
      // what came after the body (a sign-off).
      const after = r.text.slice(r.text.indexOf(question) + question.length);
      for (const some of subsets(r.changes)) {
        if (!some.includes(closer)) continue;
        const out = applyChanges(text, some);
        expect(out.slice(out.indexOf(question) + question.length), out).toBe(after);
      }
    }
  });

  it('lets the agent accept any subset of the changes, keeping every fact', () => {
    for (const text of texts) {
      const r = propose(text);
      expect(r.changes.length, text).toBeLessThanOrEqual(10);
      for (const some of subsets(r.changes)) {
        const out = applyChanges(text, some);
        expect(lostFacts(text, out), out).toEqual([]);
        expect(out, out).not.toMatch(/ {2}| [.,!?。，]/);
      }
    }
  });

  it('varies its openers and closers between consecutive rewrites', () => {
    for (const text of texts) {
      const first = propose(text);
      const second = propose(text, first.used);
      if (first.used.openers.length > 0) {
        // The rewrite's first sentence is its first opener (after any greeting line): it must change.
        const at = first.changes.find((c) => c.kind === 'opener')!.parts[0]!.start;
        expect(second.used.openers[0], text).not.toBe(first.used.openers[0]);
        expect(first.text.slice(at).startsWith(first.used.openers[0]!)).toBe(true);
        expect(second.text.slice(at).startsWith(second.used.openers[0]!)).toBe(true);
      }
      if (first.used.closer !== undefined) expect(second.used.closer, text).not.toBe(first.used.closer);
      expect(serious(second.text), second.text).toEqual([]);
    }
  });
});

describe('the issue\'s example', () => {
  const text = "Unfortunately that's our policy. You should have read the terms. We can offer a voucher.";
  const r = propose(text);

  it('acknowledges, apologizes and leads with the solution, with no escalating phrase left', () => {
    const steps = analyse(r.text, compiled).steps;
    expect(steps.acknowledge.done && steps.apologize.done && steps.solution.done && steps.anything_else.done).toBe(true);
    expect(serious(r.text)).toEqual([]);
    // Openers first, then the solution, then the rest of the draft.
    const opener = r.changes.filter((c) => c.kind === 'opener').map((c) => c.parts[0]!.text).join('');
    expect(r.text.startsWith(`${opener}We can offer a voucher. `)).toBe(true);
    expect(r.text).toContain('Next time, reading the terms first will get this sorted faster.');
    expect(r.text).not.toContain('Unfortunately');
  });

  it('moves the solution as one change of two parts: its removal and its insertion in front', () => {
    const move = r.changes.filter((c) => c.kind === 'solution-first');
    expect(move).toHaveLength(1);
    expect(move[0]!.parts.map((p) => [p.text, text.slice(p.start, p.end)])).toEqual([
      ['We can offer a voucher. ', ''],
      ['', ' We can offer a voucher.'],
    ]);
  });

  it('marks exactly the flagged words with a rewrite change', () => {
    const rewrite = r.changes.find((c) => c.kind === 'rewrite')!;
    const finding = analyse(text, compiled).findings.find((f) => f.rule === rewrite.reason)!;
    // "Unfortunately" (a hint) goes with the phrase it leads into, so the span starts at the sentence.
    expect(rewrite.parts).toEqual([{ start: 0, end: finding.end, text: 'I know this rule is frustrating' }]);
  });
});

describe('formality', () => {
  it.each([
    ['ru', 'Ты неправильно понял условия. Не мои проблемы. Мы можем вернуть 1500 рублей.', 'informal'],
    ['ru', 'Вы неправильно поняли условия. Не мои проблемы. Мы можем вернуть 1500 рублей.', 'formal'],
    ['cs', 'Uklidni se. To je tvoje chyba. Pošleme ti nový kód.', 'informal'],
    ['cs', 'Uklidněte se. To je vaše chyba. Pošleme vám nový kód.', 'formal'],
    ['lv', 'Nomierinies. Tā ir tava problēma. Varam nomainīt tev paroli.', 'informal'],
    ['lv', 'Nomierinieties. Tā ir jūsu problēma. Varam nomainīt jums paroli.', 'formal'],
    ['zh', '你冷静一下。这是公司规定。我们可以给你补发。', 'informal'],
    ['zh', '您冷静一下。这是公司规定。我们可以给您补发。', 'formal'],
  ] as const)('%s: %s gets %s openers and closers', (language, text, formality) => {
    const compose = composeFor(packs, language);
    const r = propose(text);
    expect(r.formality).toBe(formality);
    const added = [...r.used.openers, ...(r.used.closer !== undefined ? [r.used.closer] : [])];
    expect(added.length).toBeGreaterThan(0);
    for (const sentence of added) {
      const variant = [...compose.openers!, ...compose.closers!].find((v) => v.text === sentence)!;
      expect([formality, 'both'], sentence).toContain(variant.formality ?? 'both');
    }
  });
});

describe('proposeRewrite', () => {
  it('returns null for an empty draft and for a draft with nothing to add', () => {
    expect(proposeRewrite('   ', compiled, packs)).toBeNull();
    const good = "I'm so sorry about the delay, I understand how frustrating it is. I've sent a replacement today. Is there anything else I can help with?";
    expect(proposeRewrite(good, compiled, packs)).toBeNull();
  });

  it('recasts English blame sentences whole, through the en sentence transform', () => {
    const attach = propose("You didn't attach the file. We can refund order 4411 once it arrives.");
    expect(attach.changes.find((c) => c.kind === 'sentence')!.parts).toEqual([{ start: 0, end: 26, text: "It looks like the file didn't come through" }]);
    // "it" refers back to the file: the solution stays after the sentence that says what it is.
    expect(attach.text).toContain("It looks like the file didn't come through. We can refund order 4411 once it arrives.");
    const called = propose('You should have called us. I can reship it today.');
    expect(called.text).toContain('Next time, calling us first will get this sorted faster.');
    expect(serious(called.text)).toEqual([]);
  });

  it('keeps the greeting on top and the sign-off at the bottom', () => {
    const text = 'Hi Anna,\n\nyou should have called us before the deadline on 12 May. I can reship the parcel to Riga.\n\nBest regards,\nTom';
    const r = propose(text);
    expect(r.text.startsWith('Hi Anna,\n\n')).toBe(true);
    expect(r.text.endsWith('?\n\nBest regards,\nTom')).toBe(true);
    expect(r.text).toContain('Next time, calling us before the deadline on 12 May will get this sorted faster.');
    expect(draftFacts(text).every((f) => r.text.includes(f))).toBe(true);
  });

  it('merges the compose data of every pack of the language, later packs adding variants', () => {
    const team = { ...packs.find((p) => p.language === 'en')!, id: 'team', rules: [], compose: { closers: [{ step: 'anything_else' as const, text: 'Anything else on your mind?' }], separator: '  ' } };
    const merged = composeFor([...packs, team], 'en');
    expect(merged.closers!.at(-1)!.text).toBe('Anything else on your mind?');
    expect(merged.closers!.length).toBe(composeFor(packs, 'en').closers!.length + 1);
    expect(merged.separator).toBe('  ');
    expect(composeFor(packs, 'zh').separator).toBe('');
  });
});
