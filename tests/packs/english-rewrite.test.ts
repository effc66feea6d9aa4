import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { rewriteEnglishSentence } from '../../src/packs/english-rewrite';

/** A blame finding on `flagged` inside `sentence`. */
function finding(sentence: string, flagged: string, category: Finding['category'] = 'blame'): Finding {
  const start = sentence.indexOf(flagged);
  if (start < 0) throw new Error(`${flagged} not in ${sentence}`);
  return { rule: 'en.test', category, severity: 'error', start, end: start + flagged.length, text: flagged, message: '', suggestions: [], language: 'en' };
}
const recast = (sentence: string, flagged: string): string | undefined => rewriteEnglishSentence(sentence, finding(sentence, flagged));

describe('English sentence transforms', () => {
  it.each([
    ["You didn't attach the file", "You didn't attach", 'it looks like the file didn\'t come through'],
    ['You did not include your order number', 'You did not include', "it looks like your order number didn't come through"],
    ["You haven't sent the receipts yet", "You haven't sent", "it looks like the receipts haven't come through yet"],
    ["You haven't uploaded the invoice", "You haven't uploaded", "it looks like the invoice hasn't come through"],
    ['You never sent us the photos of the damage', 'You never sent', "it looks like the photos of the damage didn't come through"],
    ['You failed to send it to us', 'You failed to', "it looks like it didn't come through"],
    ['You forgot to enter the discount code at checkout', 'You forgot to enter', "it looks like the discount code wasn't entered at checkout"],
    ['You forgot to tick the boxes', 'You forgot to tick', "it looks like the boxes weren't ticked"],
  ])('"%s" → not received', (sentence, flagged, expected) => {
    expect(recast(sentence, flagged)).toBe(expected);
  });

  it.each([
    ["There's nothing I can do until you send it", "There's nothing I can do", 'I can sort this out as soon as you send it'],
    ['Sorry, we cant do anything until the bank confirms the chargeback', 'we cant do anything', 'Sorry, I can sort this out as soon as the bank confirms the chargeback'],
    ["There's nothing I can do unless you send the receipt, sorry", "There's nothing I can do", 'I can sort this out as soon as you send the receipt, sorry'],
  ])('"%s" → as soon as', (sentence, flagged, expected) => {
    expect(rewriteEnglishSentence(sentence, finding(sentence, flagged, 'helpless'))).toBe(expected);
  });

  it('leaves a helpless sentence without a condition, or with a date for one, to the word swap', () => {
    for (const [sentence, flagged] of [["There's nothing I can do", "There's nothing I can do"], ["There's nothing I can do until Monday", "There's nothing I can do"], ["There's nothing I can do about the delay", "There's nothing I can do"]] as const) {
      expect(rewriteEnglishSentence(sentence, finding(sentence, flagged, 'helpless')), sentence).toBeUndefined();
    }
  });

  it.each([
    ['You should have called us', 'You should have called us', 'next time, calling us first will get this sorted faster'],
    ['You should have read the terms', 'You should have read', 'next time, reading the terms first will get this sorted faster'],
    ['You should have told me', 'You should have told', 'next time, telling me first will get this sorted faster'],
    ['You ought to have backed it up', 'You ought to have backed', 'next time, backing it up first will get this sorted faster'],
    // Words that already say when leave out "first".
    ['You should have checked the spam folder before opening a ticket', 'You should have checked', 'next time, checking the spam folder before opening a ticket will get this sorted faster'],
    // Negation: what not to do becomes asking first.
    ["You shouldn't have cancelled the order", "You shouldn't have cancelled", 'next time, checking with us before cancelling the order will get this sorted faster'],
    ['You should not have paid twice', 'You should not have paid', 'next time, checking with us before paying twice will get this sorted faster'],
  ])('"%s" → next time', (sentence, flagged, expected) => {
    expect(recast(sentence, flagged)).toBe(expected);
  });

  it('keeps what comes before the flagged words and after the clause', () => {
    expect(recast('Honestly, you should have contacted us sooner, and we would have fixed it', 'you should have contacted us sooner')).toBe(
      'Honestly, next time, contacting us sooner will get this sorted faster, and we would have fixed it',
    );
  });

  it('leaves sentences it does not recognise, and findings that are not blame', () => {
    expect(recast('You should have been more careful', 'You should have')).toBeUndefined();
    expect(recast('You entered the wrong address', 'You entered the wrong')).toBeUndefined();
    expect(recast("You didn't tell us anything", "You didn't tell")).toBeUndefined();
    expect(rewriteEnglishSentence("You didn't attach the file", finding("You didn't attach the file", "You didn't attach", 'dismissive'))).toBeUndefined();
  });
});
