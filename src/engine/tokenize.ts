import { CharClass, foldCodePoint, type Script } from './normalize';

/** A word of the draft, folded for matching, with its exact place in the original text. */
export interface Token {
  /** Folded form: lower case, no diacritics, apostrophes as `'`. */
  text: string;
  /** UTF-16 offsets into the original text, covering any combining marks that follow. */
  start: number;
  end: number;
  /** Index of the sentence the token is in. */
  sent: number;
  script: Script;
  /** The original had diacritics (a hint for language detection). */
  accented: boolean;
}

export interface Sentence {
  /** Offsets of the sentence's words in the original text (first word start, last word end). */
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  /** The sentence ends with a question mark. */
  question: boolean;
}

export interface Tokens {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Splits text into words and sentences in one pass over the code points. Ideographic characters are
 * words of their own, so Chinese phrases match with or without spaces, independent of any dictionary
 * segmentation. (Intl.Segmenter gives the same boundaries for alphabetic scripts but costs several
 * times more per keystroke and slows badly on long text; see docs/engine.md.)
 */
export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sent = 0;
  let sentFirst = 0;
  // Current word being built.
  let wStart = -1;
  let wEnd = 0;
  let wText = '';
  let wScript: Script = 'Other';
  let wAccented = false;

  const flushWord = (): void => {
    if (wStart < 0) return;
    tokens.push({ text: wText, start: wStart, end: wEnd, sent, script: wScript, accented: wAccented });
    wStart = -1;
    wText = '';
    wAccented = false;
  };
  const endSentence = (question: boolean): void => {
    flushWord();
    if (tokens.length > sentFirst) {
      sentences.push({
        start: tokens[sentFirst]!.start,
        end: tokens[tokens.length - 1]!.end,
        firstToken: sentFirst,
        endToken: tokens.length,
        question,
      });
      sent++;
      sentFirst = tokens.length;
    } else if (question && sentences.length > 0 && sentences[sentences.length - 1]!.endToken === tokens.length) {
      // "Really?!" or "ok ?" — the mark belongs to the sentence just closed.
      sentences[sentences.length - 1]!.question = true;
    }
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    switch (f.cls) {
      case CharClass.Word:
        if (wStart < 0) {
          wStart = i;
          wScript = f.script;
        }
        wText += f.folded;
        wEnd = i + width;
        if (f.accented) wAccented = true;
        break;
      case CharClass.Ideograph:
        flushWord();
        tokens.push({ text: f.folded, start: i, end: i + width, sent, script: f.script, accented: false });
        break;
      case CharClass.Mark:
        // A combining mark extends whatever it follows; inside a word it is dropped from the folded form.
        if (wStart >= 0 && wEnd === i) {
          wEnd = i + width;
          wAccented = true;
        } else if (tokens.length > 0 && tokens[tokens.length - 1]!.end === i) tokens[tokens.length - 1]!.end = i + width;
        break;
      case CharClass.Apostrophe: {
        const next = i + width < n ? foldCodePoint(text.codePointAt(i + width)!) : undefined;
        if (wStart >= 0 && wEnd === i && next !== undefined && next.cls === CharClass.Word) {
          wText += "'";
          wEnd = i + width;
        } else flushWord();
        break;
      }
      case CharClass.Dot: {
        const next = i + width < n ? foldCodePoint(text.codePointAt(i + width)!) : undefined;
        if (next !== undefined && (next.cls === CharClass.Word || next.cls === CharClass.Ideograph)) flushWord();
        else endSentence(false);
        break;
      }
      case CharClass.Break:
        endSentence(f.folded === '?' || f.folded === '\uFF1F');
        break;
      default:
        flushWord();
    }
    i += width;
  }
  endSentence(false);
  return { tokens, sentences };
}
