import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import type { ComposeData } from '../../src/engine/compose';
import { applyChanges, placedParts } from '../../src/engine/draft-changes';
import { rewriteDraft, type RewriteDraftOptions, type SentenceRewriter } from '../../src/engine/draft-rewrite';
import type { DraftRewrite } from '../../src/engine/types';
import { compile, pack, rule } from '../helpers';

// A small pack of its own, so these tests pin the mechanics, not the bundled packs' wording.
const packs = compile(
  pack(
    [
      rule('t.policy', ["that is our policy"], { category: 'policy-wall', suggestions: [{ kind: 'empathy', text: 'I know this rule is annoying' }] }),
      rule('t.calm', ['calm down'], { suggestions: [{ kind: 'empathy', text: 'I hear how upset you are' }] }),
      rule('t.blame', ['you should have'], { category: 'blame', suggestions: [{ kind: 'neutral', text: 'it helps to' }] }),
      rule('t.bare', ['rules are rules'], { category: 'policy-wall', suggestions: [] }),
      rule('t.soft', ['unfortunately'], { category: 'negative-wording', severity: 'hint', suggestions: [{ kind: 'neutral', text: 'at the moment' }] }),
    ],
    {
      steps: {
        acknowledge: { patterns: ['i (understand|hear|know)'] },
        apologize: { patterns: ['sorry'] },
        solution: { patterns: ['(refund*|voucher*)'] },
        anything_else: { patterns: ['anything else'] },
      },
    },
  ),
);
const compose: ComposeData = {
  openers: [
    { step: 'acknowledge', text: 'I understand.' },
    { step: 'acknowledge', text: 'I hear you.' },
    { step: 'apologize', text: 'So sorry.' },
    { step: 'apologize', text: 'Sorry, mate.', formality: 'informal' },
  ],
  closers: [
    { step: 'anything_else', text: 'Anything else?' },
    { step: 'anything_else', text: 'Need anything else?' },
  ],
  informal: ['mate', 'ya*'],
  formal: ['sir'],
};
const rewrite = (text: string, options: RewriteDraftOptions = {}, data = compose): DraftRewrite =>
  rewriteDraft(text, analyse(text, packs), data, { reanalyse: (t) => analyse(t, packs), ...options });
const subsets = <T>(items: readonly T[]): T[][] => Array.from({ length: 2 ** items.length }, (_, m) => items.filter((_, i) => (m >> i) & 1));

describe('rewriteDraft', () => {
  it('moves a buried solution first, adds what is missing, and rewrites flagged words', () => {
    const r = rewrite('That is our policy. Please calm down. We can send a voucher for order 12.');
    expect(r.text).toBe('So sorry. We can send a voucher for order 12. I know this rule is annoying. Please I hear how upset you are. Anything else?');
    expect(r.changes.map((c) => `${c.kind}:${c.reason}`)).toEqual(['opener:apologize', 'solution-first:solution', 'rewrite:t.policy', 'rewrite:t.calm', 'closer:anything_else']);
    expect(r.used).toEqual({ openers: ['So sorry.'], closer: 'Anything else?' });
  });

  it('leaves the solution where it is when nothing flagged comes before it', () => {
    const r = rewrite('We can send a voucher. That is our policy.');
    expect(r.changes.some((c) => c.kind === 'solution-first')).toBe(false);
    expect(r.text.startsWith('So sorry. We can send a voucher. I know this rule is annoying.')).toBe(true);
  });

  it('leaves a solution that points back where it is: moved first, "it" would come before what it is', () => {
    const data = { ...compose, backReferences: ['it', 'them'] };
    const r = rewrite('That is our policy. Please calm down. We can send a voucher once it arrives.', {}, data);
    expect(r.changes.some((c) => c.kind === 'solution-first')).toBe(false);
    expect(r.text).toContain('I hear how upset you are. We can send a voucher once it arrives.');
    // Without such words the same draft leads with its solution.
    expect(rewrite('That is our policy. Please calm down. We can send a voucher once the parcel arrives.', {}, data).changes.some((c) => c.kind === 'solution-first')).toBe(true);
  });

  it('folds rewrites inside the moved sentence into the move, so no two changes overlap', () => {
    const text = 'Please calm down. That is our policy, but a refund is possible.';
    const r = rewrite(text);
    const move = r.changes.find((c) => c.kind === 'solution-first')!;
    expect(move.parts[0]!.text).toBe('I know this rule is annoying, but a refund is possible. ');
    expect(r.changes.filter((c) => c.reason === 't.policy')).toEqual([]);
    for (const some of subsets(r.changes)) expect(() => applyChanges(text, some)).not.toThrow();
  });

  it('never lets parts of different changes overlap, so any subset applies', () => {
    const text = 'Hi Sam,\nUnfortunately that is our policy. You should have asked first. Rules are rules. A refund of 20 EUR is on its way\n\nBest,\nJo';
    const r = rewrite(text);
    const parts = placedParts(r.changes);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start, JSON.stringify(parts)).toBeGreaterThanOrEqual(parts[i - 1]!.end);
    for (const some of subsets(r.changes)) {
      const out = applyChanges(text, some);
      for (const fact of ['Sam', '20', 'EUR', 'Jo']) expect(out).toContain(fact);
      expect(out).not.toMatch(/ {2}| [.,]|\. \./);
    }
    // The greeting stays on top, the sign-off at the bottom; the closer ends the body with a full stop.
    expect(r.text).toBe('Hi Sam,\nSo sorry. A refund of 20 EUR is on its way. I know this rule is annoying. It helps to asked first. Anything else?\n\nBest,\nJo');
  });

  it('drops a flagged sentence that has no rewrite and no facts, or only its words when it has facts', () => {
    expect(rewrite('Rules are rules. We can send a voucher.').text).toBe('I understand. So sorry. We can send a voucher. Anything else?');
    // ("Anna." is still the flagged sentence that buried the solution, so the solution goes before it.)
    expect(rewrite('Rules are rules, Anna. We can send a voucher.').text).toBe('I understand. So sorry. We can send a voucher. Anna. Anything else?');
    const mid = rewrite('We know, rules are rules for Anna.');
    expect(mid.changes.find((c) => c.kind === 'rewrite')).toEqual({ kind: 'rewrite', reason: 't.bare', parts: [{ start: 7, end: 24, text: '' }] });
    expect(applyChanges(mid.original, mid.changes.filter((c) => c.kind === 'rewrite'))).toBe('We know for Anna.');
  });

  it('uses a sentence transform when the language has one, folding the other rewrites in first', () => {
    const seen: string[] = [];
    const rewriteSentence: SentenceRewriter = (sentence, f) => {
      seen.push(`${sentence}|${sentence.slice(f.start, f.end)}`);
      return f.rule === 't.blame' ? 'next time, asking first helps' : undefined;
    };
    const r = rewrite('Calm down, you should have asked. We can send a voucher.', { rewriteSentence });
    expect(seen).toEqual(['Calm down, it helps to asked|Calm down', 'I hear how upset you are, you should have asked|you should have']);
    expect(r.changes.filter((c) => c.kind === 'sentence')).toEqual([{ kind: 'sentence', reason: 't.blame', parts: [{ start: 0, end: 32, text: 'Next time, asking first helps' }] }]);
  });

  it('adds no opener for a step a rewrite already does (with reanalyse), and one without it', () => {
    expect(rewrite('Please calm down. We can send a voucher. Anything else?').used.openers).toEqual(['So sorry.']);
    const blind = rewriteDraft('Please calm down. We can send a voucher. Anything else?', analyse('Please calm down. We can send a voucher. Anything else?', packs), compose);
    expect(blind.used.openers).toEqual(['I understand.', 'So sorry.']);
  });

  it('varies openers and closers after the previous rewrite, wrapping round', () => {
    const text = 'You should have asked.';
    const first = rewrite(text);
    const second = rewrite(text, { previous: first.used });
    const third = rewrite(text, { previous: second.used });
    expect([first.used.openers[0], second.used.openers[0], third.used.openers[0]]).toEqual(['I understand.', 'I hear you.', 'I understand.']);
    expect([first.used.closer, second.used.closer]).toEqual(['Anything else?', 'Need anything else?']);
  });

  it('matches the address of the draft: informal words pick informal openers', () => {
    const informal = rewrite('That is our policy, mate. Yaknow.');
    expect(informal.formality).toBe('informal');
    const formal = rewrite('That is our policy, sir.');
    expect(formal.formality).toBe('formal');
    expect(rewrite('That is our policy, mate.', { previous: { openers: ['So sorry.'] } }).used.openers).toContain('Sorry, mate.');
    expect(rewrite('That is our policy, sir.', { previous: { openers: ['So sorry.'] } }).used.openers).toContain('So sorry.');
  });

  it('joins sentences with the language separator and ends statements with its full stop', () => {
    const zh = { ...compose, separator: '', fullStop: '。' };
    expect(rewrite('That is our policy', {}, zh).text).toBe('So sorry.I know this rule is annoying。Anything else?');
  });

  it('fits a rewrite to its seams: no word twice in a row, no stray mark after a colon', () => {
    const seams = compile(
      pack([
        rule('s.know', ["don't know"], { suggestions: [{ kind: 'solution', text: "I'll find out" }] }),
        rule('s.tail', ['up to you'], { suggestions: [{ kind: 'neutral', text: 'your call to' }] }),
        rule('s.colon', ['obviously'], { suggestions: [{ kind: 'neutral', text: 'to be clear:' }] }),
        rule('s.han', ['不是常识'], { suggestions: [{ kind: 'neutral', text: '这一点不太好找' }] }),
        rule('s.quiet', ['no way'], { suggestions: [{ kind: 'neutral', text: 'calm down' }, { kind: 'neutral', text: 'sadly not' }] }),
        rule('calm', ['calm down'], { suggestions: [] }),
        rule('s.two', ['whatever'], { suggestions: [{ kind: 'neutral', text: 'fair enough' }, { kind: 'empathy', text: 'I hear you' }] }),
        rule('s.ask', ['did you even'], { suggestions: [{ kind: 'neutral', text: 'what have you tried so far?' }, { kind: 'solution', text: 'could you' }] }),
      ]),
    );
    const out = (t: string): string => rewriteDraft(t, analyse(t, seams), {}, { reanalyse: (x) => analyse(x, seams) }).text;
    // The draft's "I" before the flagged words is the rewrite's first word: it goes, and the rewrite is capitalised.
    expect(out("I don't know why it failed.")).toBe("I'll find out why it failed.");
    // The rewrite ends with the word the draft goes on with.
    expect(out("It's up to you to decide.")).toBe("It's your call to decide.");
    // A colon at the end of a sentence goes; before the draft's own comma, the comma goes.
    expect(out('It is obviously.')).toBe('It is to be clear.');
    expect(out('Obviously, the code goes in the cart.')).toBe('To be clear: the code goes in the cart.');
    // Han: the character before the flagged words is the rewrite's first.
    expect(out('这不是常识吗？')).toBe('这一点不太好找吗？');
    // The same rewrite twice in one sentence: right next to each other, said once; further apart, the next one.
    expect(out("It's up to you, up to you.")).toBe("It's your call to.");
    expect(out('Whatever you say, and whatever you need.')).toBe('Fair enough you say, and I hear you need.');
    // A rewrite with its own end mark only stands where the sentence ends.
    expect(out('Did you even restart it?')).toBe('Could you restart it?');
    expect(out('Why, did you even?')).toBe('Why, what have you tried so far?');
    // A later rewrite chosen because the first trips a rule is capitalised at the start of a sentence too.
    expect(out('No way, sorry.')).toBe('Sadly not, sorry.');
  });

  it('ends a question with a full stop when the rewrite turns its last words into a statement', () => {
    const marks = compile(
      pack([
        rule('q.even', ['so simple'], { suggestions: [{ kind: 'neutral', text: 'this step is not obvious' }] }),
        rule('q.han', ['这么简单都不会'], { suggestions: [{ kind: 'neutral', text: '这一步确实不太直观' }] }),
        rule('q.wrap', ['wrap it up'], { suggestions: [{ kind: 'neutral', text: 'is there anything else?' }] }),
        rule('q.mid', ['did you even'], { suggestions: [{ kind: 'neutral', text: 'could you' }] }),
      ]),
    );
    const out = (t: string): string => rewriteDraft(t, analyse(t, marks), {}, { reanalyse: (x) => analyse(x, marks) }).text;
    // The flagged words end the question: the rewrite is a statement, so is the sentence.
    expect(out('Is it so simple? Send it again.')).toBe('Is it this step is not obvious. Send it again.');
    expect(out('这么简单都不会？请再试一次。')).toBe('这一步确实不太直观。请再试一次。');
    expect(out('Really so simple?!')).toBe('Really this step is not obvious.');
    // The same rewrite twice side by side is said once; the question is still gone.
    expect(out('Is it so simple, so simple?')).toBe('Is it this step is not obvious.');
    // A rewrite that is a question says so with its own mark, and keeps one.
    expect(out('Can we wrap it up?')).toBe('Can we is there anything else?');
    // The question goes on after the flagged words: its mark stays.
    expect(out('Did you even restart it?')).toBe('Could you restart it?');
  });

  it('does nothing with an empty draft', () => {
    expect(rewrite('  \n').changes).toEqual([]);
  });
});
