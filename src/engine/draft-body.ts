import type { SentenceExtent } from './sentence-extent';

/** Short lines that are greetings or sign-offs ("Hi Mark,", "Best regards,", "Anna"), in words. */
const GREETING_WORDS = 6;
const SIGN_OFF_WORDS = 4;
const SIGN_OFF_LINES = 3;

/**
 * The sentences a whole-draft rewrite works on: all but a greeting line at the top and sign-off lines
 * at the bottom, so openers go after "Hi Mark," and the closing question before "Best regards". A
 * line counts as a greeting or sign-off when it is short and `busy` (a finding or a step's words) is
 * false for all its sentences; a one-line draft is all body.
 */
export function draftBody(text: string, sentences: readonly SentenceExtent[], busy: (i: number) => boolean): { first: number; last: number } {
  const lines = new Map<number, number[]>();
  sentences.forEach((s, i) => lines.set(s.line, [...(lines.get(s.line) ?? []), i]));
  const order = [...lines.keys()];
  const quiet = (line: number, max: number): boolean => {
    const idx = lines.get(line)!;
    return idx.reduce((n, i) => n + sentences[i]!.words, 0) <= max && !idx.some(busy) && !idx.some((i) => /[?？]/u.test(text.slice(sentences[i]!.wordsEnd, sentences[i]!.end)));
  };
  // A greeting or sign-off ends with a comma, an exclamation or nothing ("Hi Mark,", "Best,", "Anna",
  // "Thanks!"); a short statement ("We will refund it.") is body.
  const aside = (line: number, max: number): boolean => {
    const lastOfLine = sentences[lines.get(line)!.at(-1)!]!;
    return quiet(line, max) && !/[.?。？]/u.test(text.slice(lastOfLine.wordsEnd, lastOfLine.end));
  };
  let firstLine = 0;
  if (order.length > 1 && aside(order[0]!, GREETING_WORDS)) firstLine = 1;
  let lastLine = order.length - 1;
  while (lastLine > firstLine && order.length - 1 - lastLine < SIGN_OFF_LINES && aside(order[lastLine]!, SIGN_OFF_WORDS)) lastLine--;
  return { first: lines.get(order[firstLine]!)![0]!, last: lines.get(order[lastLine]!)!.at(-1)! };
}
