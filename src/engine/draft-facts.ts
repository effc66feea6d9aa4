import { tokenize } from './tokenize';

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const NUMBER = /\p{N}+(?:[.,:/-]\p{N}+)*/gu;

/**
 * The facts of a draft a rewrite must keep word for word: links, e-mail addresses, numbers (order
 * numbers, amounts, dates) and names, taken as capitalised words that do not start a sentence (the
 * pronoun "I" and its contractions aside). Chinese has no capitals: its names are not found this way.
 */
export function draftFacts(text: string): string[] {
  const facts = new Set<string>();
  for (const re of [LINK, EMAIL, NUMBER]) for (const m of text.matchAll(re)) facts.add(m[0]);
  const { tokens, sentences } = tokenize(text);
  for (const s of sentences) {
    for (let t = s.firstToken + 1; t < s.endToken; t++) {
      const word = text.slice(tokens[t]!.start, tokens[t]!.end);
      if (/^\p{Lu}/u.test(word) && !/^I(?:'|’|$)/u.test(word) && !/^\p{N}/u.test(word)) facts.add(word);
    }
  }
  return [...facts];
}

/** Whether a stretch of text holds any fact `draftFacts` would report. */
export function hasFacts(text: string): boolean {
  return draftFacts(text).length > 0;
}

/** The facts of `original` that `rewritten` no longer contains. */
export function lostFacts(original: string, rewritten: string): string[] {
  return draftFacts(original).filter((f) => !rewritten.includes(f));
}
