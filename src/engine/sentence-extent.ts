import { tokenize } from './tokenize';

/** A sentence of the draft with the marks around it: what a whole-draft rewrite moves or removes. */
export interface SentenceExtent {
  /** First word. */
  start: number;
  /** End of the last word. */
  wordsEnd: number;
  /** After the end marks and closing brackets or quotes that follow the last word (`.`, `?!`, `")`). */
  end: number;
  /** Index of the line (counted by `\n`) the sentence starts on. */
  line: number;
  /** Number of words. */
  words: number;
}

// What may follow a sentence's last word and still belong to it: end marks, closing quotes and brackets.
const TRAILING = /^[.!?…;:,。！？；：，、)\]}"'»”’」』）]+/u;

/**
 * The draft's sentences, with their end marks, in order. A full stop followed on the same line by a
 * lower-case word did not end the sentence — an ordinal date ("līdz 30. jūnijam", "do 5. května") or
 * an abbreviation — so the two parts are one sentence here: moving half of it would break the date.
 */
export function sentenceExtents(text: string): SentenceExtent[] {
  const { sentences } = tokenize(text);
  let line = 0;
  let counted = 0;
  const out: SentenceExtent[] = [];
  for (const s of sentences) {
    const startLine = line;
    for (; counted < s.start; counted++) if (text[counted] === '\n') line++;
    const trailing = TRAILING.exec(text.slice(s.end, s.end + 8))?.[0] ?? '';
    const prev = out.at(-1);
    if (prev !== undefined && line === startLine && text.slice(prev.wordsEnd, prev.end) === '.' && /^\p{Ll}/u.test(text.slice(s.start, s.start + 1))) {
      prev.wordsEnd = s.end;
      prev.end = s.end + trailing.length;
      prev.words += s.endToken - s.firstToken;
      continue;
    }
    out.push({ start: s.start, wordsEnd: s.end, end: s.end + trailing.length, line, words: s.endToken - s.firstToken });
  }
  return out;
}

/** The mark a sentence ends with, if it ends like a statement or question (not a comma or colon). */
export function endMark(text: string, s: SentenceExtent): string | undefined {
  const tail = text.slice(s.wordsEnd, s.end);
  return /[.!?…。！？]/u.test(tail) ? tail : undefined;
}
