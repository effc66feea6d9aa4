import { describe, expect, it } from 'vitest';
import { detectFormality, pickVariant, type ComposeVariant } from '../../src/engine/compose';
import { draftBody } from '../../src/engine/draft-body';
import { draftFacts, lostFacts } from '../../src/engine/draft-facts';
import { endMark, sentenceExtents } from '../../src/engine/sentence-extent';

describe('sentenceExtents', () => {
  it('gives each sentence its end marks and closing quotes, and the line it starts on', () => {
    const text = 'He said "no." Really?!\nOk';
    const s = sentenceExtents(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['He said "no."', 'Really?!', 'Ok']);
    expect(s.map((x) => x.line)).toEqual([0, 0, 1]);
    expect(s.map((x) => endMark(text, x))).toEqual(['."', '?!', undefined]);
  });

  it('keeps an ordinal date in one sentence: a full stop followed by a lower-case word', () => {
    const text = 'Varam pagarināt līdz 30. jūnijam. Paldies.';
    expect(sentenceExtents(text).map((x) => text.slice(x.start, x.end))).toEqual(['Varam pagarināt līdz 30. jūnijam.', 'Paldies.']);
  });
});

describe('draftFacts', () => {
  it('finds links, e-mail addresses, numbers and names, not sentence-initial words or "I"', () => {
    const text = "Hi Mark, I've sent 2 parcels (order #58213, 49.99 EUR) via DHL. See https://shop.com/a?b=1. Mail anna@shop.com.";
    for (const f of ['Mark', '2', '58213', '49.99', 'EUR', 'DHL', 'https://shop.com/a?b=1', 'anna@shop.com']) expect(draftFacts(text)).toContain(f);
    expect(draftFacts(text)).not.toContain('Hi');
    expect(draftFacts(text)).not.toContain("I've");
    expect(lostFacts(text, text.replace('DHL', 'the courier'))).toEqual(['DHL']);
  });
});

describe('detectFormality and pickVariant', () => {
  const compose = { informal: ['ты', 'тво*'], formal: ['вы', 'ваш*'] };
  it('reads the address from the draft, formal when it gives no clue', () => {
    expect(detectFormality('Ты получил твой заказ?', compose)).toBe('informal');
    expect(detectFormality('Вы получили ваш заказ?', compose)).toBe('formal');
    expect(detectFormality('Заказ отправлен.', compose)).toBe('formal');
  });

  const variants: ComposeVariant[] = [
    { step: 'apologize', text: 'A' },
    { step: 'apologize', text: 'B', formality: 'formal' },
    { step: 'apologize', text: 'C', formality: 'informal' },
    { step: 'acknowledge', text: 'D' },
  ];
  it('picks a variant of the step and address, the one after the previous, wrapping round', () => {
    expect(pickVariant(variants, 'apologize', 'formal', [])!.text).toBe('A');
    expect(pickVariant(variants, 'apologize', 'formal', ['A'])!.text).toBe('B');
    expect(pickVariant(variants, 'apologize', 'formal', ['B'])!.text).toBe('A');
    expect(pickVariant(variants, 'apologize', 'informal', ['A'])!.text).toBe('C');
    expect(pickVariant(variants, 'anything_else', 'formal', [])).toBeUndefined();
  });

  it('falls back to any variant of the step when none suits the address', () => {
    expect(pickVariant([{ step: 'apologize', text: 'Formal only.', formality: 'formal' }], 'apologize', 'informal', [])!.text).toBe('Formal only.');
  });
});

describe('draftBody', () => {
  const body = (text: string, busy: (i: number) => boolean = () => false): string => {
    const s = sentenceExtents(text);
    const { first, last } = draftBody(text, s, busy);
    return text.slice(s[first]!.start, s[last]!.end);
  };
  it('leaves out a short greeting line and short sign-off lines', () => {
    expect(body('Hi Mark,\nYour refund is on its way, it takes 5 days.\n\nBest regards,\nAnna')).toBe('Your refund is on its way, it takes 5 days.');
  });
  it('keeps a one-line draft, and short lines that hold a finding or a step, in the body', () => {
    expect(body('Calm down.')).toBe('Calm down.');
    expect(body('Calm down.\nWe will refund it.', (i) => i === 0)).toBe('Calm down.\nWe will refund it.');
    expect(body('We will refund it.\nAnything else?')).toBe('We will refund it.\nAnything else?');
    expect(body('We will refund it in 5 days for you.\nThanks!\nAnna')).toBe('We will refund it in 5 days for you.');
  });
});
