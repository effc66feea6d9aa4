/**
 * Character folding for matching: case, compatibility forms (full-width, ligatures), diacritics and
 * apostrophe variants all fold to one form, one code point at a time, so that every folded character
 * still knows where it came from in the original text (offsets are never lost).
 *
 * Folding runs on every keystroke, so ASCII takes a table and everything else is memoised per code
 * point: `String.prototype.normalize` and Unicode-property regexps are far too slow to call per char.
 */

export const CharClass = {
  /** Letter or digit of an alphabetic script: part of a word. */
  Word: 0,
  /** Han, Hiragana, Katakana: each character is a word of its own (no spaces between words). */
  Ideograph: 1,
  /** Combining mark: belongs to the previous character, folds to nothing. */
  Mark: 2,
  /** An apostrophe of any kind: inside a word it is part of it (don't, l'homme). */
  Apostrophe: 3,
  /** Spaces, tabs. */
  Space: 4,
  /** Always ends a sentence: ! ? ; … 。 ！ ？ ； and line breaks. */
  Break: 5,
  /** A full stop: ends a sentence unless a letter or digit follows at once (3.5, example.com). */
  Dot: 6,
  /** Any other punctuation, symbol or emoji: separates words, does not end a sentence. */
  Other: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Han' | 'Kana' | 'Hangul' | 'Arabic' | 'Hebrew' | 'Other';

export interface FoldedChar {
  cls: CharClass;
  /** The folded form, '' for marks. */
  folded: string;
  script: Script;
  /** True when the folded form differs from a plain lower-casing (the character had diacritics). */
  accented: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const SPACE = /\s/u;
const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02BC', '\u02BB', '`', '\u00B4', '\u2032', '\uFF07']);
const BREAKS = new Set(['!', '?', ';', '\u2026', '\u3002', '\uFF01', '\uFF1F', '\uFF1B', '\n', '\r', '\u2028', '\u2029', '\u0085', '\uFF61']);

const SCRIPT_TESTS: ReadonlyArray<[Script, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
];

function scriptOf(ch: string): Script {
  for (const [name, re] of SCRIPT_TESTS) if (re.test(ch)) return name;
  return 'Other';
}

function classify(ch: string): FoldedChar {
  if (APOSTROPHES.has(ch)) return { cls: CharClass.Apostrophe, folded: "'", script: 'Other', accented: false };
  if (ch === '.' || ch === '\uFF0E') return { cls: CharClass.Dot, folded: '.', script: 'Other', accented: false };
  if (BREAKS.has(ch)) return { cls: CharClass.Break, folded: ch, script: 'Other', accented: false };
  if (SPACE.test(ch)) return { cls: CharClass.Space, folded: ' ', script: 'Other', accented: false };
  if (MARK.test(ch)) return { cls: CharClass.Mark, folded: '', script: 'Other', accented: false };
  if (LETTER_OR_DIGIT.test(ch)) {
    const lower = ch.toLowerCase();
    const folded = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
    const script = scriptOf(ch);
    const ideographic = script === 'Han' || script === 'Kana';
    return {
      cls: ideographic ? CharClass.Ideograph : CharClass.Word,
      folded: folded === '' ? lower : folded,
      script,
      accented: folded !== lower,
    };
  }
  return { cls: CharClass.Other, folded: ch, script: 'Other', accented: false };
}

const ASCII: FoldedChar[] = [];
for (let c = 0; c < 128; c++) ASCII.push(classify(String.fromCharCode(c)));
const memo = new Map<number, FoldedChar>();

/** Folds one code point. */
export function foldCodePoint(cp: number): FoldedChar {
  if (cp < 128) return ASCII[cp]!;
  let f = memo.get(cp);
  if (f === undefined) {
    f = classify(String.fromCodePoint(cp));
    // The memo only grows with distinct characters seen; cap it so a hostile paste of every code point
    // cannot hold memory for good.
    if (memo.size > 20000) memo.clear();
    memo.set(cp, f);
  }
  return f;
}

/** Folds a whole string the way the matcher sees words: lower case, no diacritics, one apostrophe. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch.codePointAt(0)!).folded;
  return out;
}
