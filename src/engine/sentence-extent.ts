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

/** The draft's sentences, with their end marks, in order. */
export function sentenceExtents(text: string): SentenceExtent[] {
  const { sentences } = tokenize(text);
  let line = 0;
  let counted = 0;
  return sentences.map((s) => {
    for (; counted < s.start; counted++) if (text[counted] === '\n') line++;
    const trailing = TRAILING.exec(text.slice(s.end, s.end + 8))?.[0] ?? '';
    return { start: s.start, wordsEnd: s.end, end: s.end + trailing.length, line, words: s.endToken - s.firstToken };
  });
}

/** The mark a sentence ends with, if it ends like a statement or question (not a comma or colon). */
export function endMark(text: string, s: SentenceExtent): string | undefined {
  const tail = text.slice(s.wordsEnd, s.end);
  return /[.!?…。！？]/u.test(tail) ? tail : undefined;
}
