import { hasFacts } from './draft-facts';
import type { SentenceExtent } from './sentence-extent';
import type { Analysis, DraftChangeKind, Finding } from './types';

/** An edit inside one sentence, in offsets of the draft. */
export interface Edit {
  kind: DraftChangeKind;
  reason: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites a whole sentence around a finding when a word swap would read badly ("You didn't attach
 * the file" → "It looks like the file didn't come through"). `finding`'s offsets are into `sentence`
 * (the sentence's words, without its end mark). Returns the new words, or undefined when it does not
 * recognise the sentence. English has one built on compromise (src/packs/english-rewrite.ts); the
 * engine only calls it, so it stays free of NLP libraries.
 */
export type SentenceRewriter = (sentence: string, finding: Finding) => string | undefined;

export const serious = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

/**
 * The edits of one sentence's findings: a sentence transform, or each finding's best rewrite; `drop`
 * when a finding has no rewrite and the sentence holds no fact (the caller removes the sentence).
 */
export function sentenceEdits(
  text: string,
  s: SentenceExtent,
  findings: readonly Finding[],
  lead: Finding | undefined,
  language: string,
  rewriteSentence: SentenceRewriter | undefined,
  reanalyse: ((text: string) => Analysis) | undefined,
): Edit[] | 'drop' {
  if (findings.length === 0) return [];
  // A hint that opens the sentence right before a flagged phrase goes with it: "Unfortunately that's
  // our policy" becomes "I know this rule is frustrating", not "Unfortunately I know this rule…".
  const joined = (f: Finding): boolean => lead !== undefined && lead.end <= f.start && /^[\s,]*$/u.test(text.slice(lead.end, f.start));
  const upper = /^\p{Lu}/u.test(text.slice(s.start, s.start + 2));
  const swapOf = new Map<Finding, Edit>();
  for (const f of findings) {
    const best = f.suggestions.find((x) => fitsPlace(text, s, f, x.text)) ?? f.suggestions[0];
    if (best === undefined) continue;
    // Flagged words that hold a fact ("wait until Monday like everyone else") stay for the agent to
    // reword: a drop-in rewrite would lose the fact.
    if (hasFacts(text.slice(f.start, f.end))) continue;
    const start = joined(f) ? lead!.start : f.start;
    swapOf.set(f, { kind: 'rewrite', reason: f.rule, start, end: f.end, text: start === s.start && upper ? capitalise(best.text) : best.text });
  }
  if (reanalyse !== undefined) preferQuietSwaps(text, s, swapOf, reanalyse, upper);
  noRepeats(text, swapOf);
  for (const [f, e] of swapOf) swapOf.set(f, fitSeams(text, s, e, [...swapOf.values()].filter((o) => o !== e), upper));
  if (rewriteSentence !== undefined) {
    for (const f of findings) {
      if (f.language !== language) continue;
      // The other findings' rewrites go in first, so the transform sees (and keeps) calmer words.
      const others = [...swapOf].filter(([g]) => g !== f).map(([, e]) => e);
      const before = others.filter((e) => e.end <= f.start).reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
      const words = applyEdits(text, s.start, s.wordsEnd, others);
      const out = rewriteSentence(words, { ...f, start: f.start - s.start + before, end: f.end - s.start + before });
      if (out === undefined || out.trim() === '') continue;
      const sentence = capitalise(out); // it replaces a whole sentence, which may now follow an opener
      // A transform that trips another rule is worse than the word swaps it replaces.
      if (reanalyse !== undefined && reanalyse(sentence).findings.some(serious)) continue;
      return [{ kind: 'sentence', reason: f.rule, start: s.start, end: s.wordsEnd, text: sentence }];
    }
  }
  const bare = findings.find((f) => f.suggestions[0] === undefined);
  if (bare === undefined) return [...swapOf.values()];
  // A rule with no rewrite: the sentence goes when that loses no fact, otherwise only the flagged words.
  const sentenceText = text.slice(s.start, s.wordsEnd);
  if (!hasFacts(sentenceText)) return 'drop';
  return findings.flatMap((f) => swapOf.get(f) ?? (f.suggestions[0] === undefined && !hasFacts(f.text) ? [{ kind: 'rewrite' as const, reason: f.rule, ...tidyRemoval(text, s, f) }] : []));
}

/**
 * Keeps each finding's best rewrite unless, in its sentence, it trips another rule (a rewrite written
 * for one context can hold words another rule flags); then the first of its other rewrites that does
 * not. With none quiet, the best stays.
 */
function preferQuietSwaps(text: string, s: SentenceExtent, swapOf: Map<Finding, Edit>, reanalyse: (text: string) => Analysis, upper: boolean): void {
  for (const [f, chosen] of swapOf) {
    const atStart = chosen.start === s.start && upper;
    const others = f.suggestions.filter((x) => x.text !== chosen.text && x.text !== lowerFirst(chosen.text) && fitsPlace(text, s, f, x.text));
    for (const alt of [chosen.text, ...others.map((x) => (atStart ? capitalise(x.text) : x.text))]) {
      const edit = { ...chosen, text: alt };
      const all = [...swapOf.values()].map((e) => (e === chosen ? edit : e));
      const shift = all.filter((e) => e.end <= edit.start).reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
      const from = edit.start - s.start + shift;
      const to = from + alt.length;
      const flagged = reanalyse(applyEdits(text, s.start, s.wordsEnd, all)).findings.some((g) => serious(g) && g.start < to && from < g.end);
      if (!flagged) {
        swapOf.set(f, edit);
        break;
      }
    }
  }
}

const WORD = /[\p{L}\p{N}'’-]+/gu;
const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const han = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/**
 * Fits a swap to the draft around it, in any language: a word (or Han character) the rewrite starts
 * or ends with that the draft repeats right beside it goes from the draft ("Я не знаю" with "я уточню"
 * for "не знаю" gives "Я уточню", not "Я я уточню"; 这 + 这一点 gives 这一点); a rewrite ending in `:`
 * `,` `;` or a dash loses it at the end of the sentence and takes the place of the draft's own mark
 * right after it ("upřesním:, kód" becomes "upřesním: kód"); one ending in `?` or `.` right before the
 * draft's end mark leaves that one alone ("…so far??" would not do). Never reaches into another swap.
 */
export function fitSeams(text: string, s: SentenceExtent, e: Edit, others: readonly Edit[], upper: boolean): Edit {
  let { start, end, text: out } = e;
  const free = (a: number, b: number): boolean => others.every((o) => o.end <= a || b <= o.start);
  // Left seam.
  const first = /^[\p{L}\p{N}]+/u.exec(out)?.[0];
  const before = text.slice(s.start, start);
  const prev = /([\p{L}\p{N}'’-]+)(\s+)$/u.exec(before);
  if (first !== undefined && prev !== null && !han(first) && fold(prev[1]!) === fold(first) && free(start - prev[0].length, start)) {
    start -= prev[0].length;
    if (start === s.start && upper) out = capitalise(out);
  } else if (han(out[0]) && text[start - 1] === out[0] && start - 1 >= s.start && free(start - 1, start)) {
    start -= 1;
  }
  // Right seam.
  const lastWord = [...out.matchAll(WORD)].at(-1);
  const after = text.slice(end, s.wordsEnd);
  const next = /^(\s+)([\p{L}\p{N}'’-]+)/u.exec(after);
  if (lastWord !== undefined && lastWord.index + lastWord[0].length === out.length && next !== null && !han(lastWord[0]) && fold(next[2]!) === fold(lastWord[0]) && free(end, end + next[0].length)) {
    end += next[0].length;
  } else if (han(out.at(-1)) && text[end] === out.at(-1) && end < s.wordsEnd && free(end, end + 1)) {
    end += 1;
  }
  // Punctuation at the right seam.
  const mark = /\s*[:,;–—-]\s*$/u.exec(out);
  if (mark !== null && mark.index > 0) {
    const rest = text.slice(end, s.wordsEnd);
    if (rest.trim() === '') out = out.slice(0, mark.index);
    else {
      const theirs = /^\s*[,;:]/u.exec(rest);
      if (theirs !== null && free(end, end + theirs[0].length)) end += theirs[0].length;
    }
  }
  // A rewrite that ends the sentence with its own mark, before the draft's: one mark.
  const ownMark = /[.!?。！？]$/u.exec(out.trimEnd())?.[0];
  if (end >= s.wordsEnd && /^[.!?。！？…]/u.test(text.slice(s.wordsEnd, s.end))) out = out.replace(/\s*[.!?。！？]+$/u, '');
  // The flagged words ended a question ("这么简单都不会？", "Can you wrap it up?") and the rewrite is a
  // statement: the question mark goes with them, as a full stop of the same width. A rewrite that
  // should stay a question says so with its own "?".
  const question = /^[?？][?？!！]*/u.exec(text.slice(s.wordsEnd, s.end));
  if (end === s.wordsEnd && question !== null && ownMark !== '?' && ownMark !== '？' && free(end, end + question[0].length)) {
    end += question[0].length;
    out += question[0].startsWith('？') ? '。' : '.';
  }
  return out === e.text && start === e.start && end === e.end ? e : { ...e, start, end, text: out };
}

/**
 * One sentence never says the same rewrite twice: when two flagged phrases right next to each other
 * ("那是快递公司的责任，跟我们没有关系") would both become one sentence, the second goes with the comma
 * before it; further apart, the second takes its next rewrite that is not in the sentence yet (and is
 * not a `solution`).
 */
function noRepeats(text: string, swapOf: Map<Finding, Edit>): void {
  const used = new Map<string, Edit>();
  for (const [f, e] of [...swapOf].sort((a, b) => a[1].start - b[1].start)) {
    const key = fold(e.text);
    const earlier = used.get(key);
    if (earlier === undefined) {
      used.set(key, e);
      continue;
    }
    if (/^[\s,，、;；]*$/u.test(text.slice(earlier.end, e.start))) {
      swapOf.set(f, { ...e, start: earlier.end, text: '' });
      continue;
    }
    // Not a `solution`: later ones are where packs keep specific promises, which the agent picks, not we.
    const next = f.suggestions.find((x) => x.kind !== 'solution' && !used.has(fold(x.text)));
    if (next !== undefined) {
      const swapped = { ...e, text: /^\p{Lu}/u.test(e.text) ? capitalise(next.text) : next.text };
      swapOf.set(f, swapped);
      used.set(fold(next.text), swapped);
    }
  }
}

/**
 * Whether a rewrite can stand where `f` is: one that ends a sentence ("…, so we don't repeat it?")
 * only fits where the draft's sentence ends too, or the rest of the sentence would follow its end mark.
 */
function fitsPlace(text: string, s: SentenceExtent, f: Finding, rewrite: string): boolean {
  return !/[.!?。！？]\s*$/u.test(rewrite) || text.slice(f.end, s.wordsEnd).trim() === '';
}

const lowerFirst = (t: string): string => t.charAt(0).toLowerCase() + t.slice(1);

/** `text.slice(start, end)` with edits inside that range applied. */
export function applyEdits(text: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let at = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/** Removes flagged words with the comma and space that joined them to the sentence, re-capitalising at its start. */
function tidyRemoval(text: string, s: SentenceExtent, f: Finding): { start: number; end: number; text: string } {
  let start = f.start;
  let end = f.end;
  if (text[end] === ',') end++;
  if (start === s.start) {
    while (text[end] === ' ') end++;
    if (end >= s.wordsEnd) return { start, end, text: '' };
    return { start, end: end + 1, text: text[end]!.toUpperCase() };
  }
  while (start > s.start && text[start - 1] === ' ') start--;
  if (text[start - 1] === ',' && text[end - 1] !== ',') start--;
  return { start, end, text: '' };
}

export function capitalise(s: string): string {
  const first = String.fromCodePoint(s.codePointAt(0) ?? 32);
  return first.toUpperCase() + s.slice(first.length);
}
