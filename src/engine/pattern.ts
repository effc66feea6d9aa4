import { tokenize } from './tokenize';

/**
 * The pattern language of rule packs (docs/rule-packs.md): phrases with alternatives `(a|b)`,
 * optional parts `[a]`, bounded gaps `...` / `...5`, stems `word*` and English word forms `{word}`.
 * There is no repetition and no backtracking, so a compiled pattern is a finite set of word sequences.
 */

export type PatternNode =
  | { t: 'word'; w: string }
  | { t: 'stem'; w: string }
  | { t: 'forms'; w: string }
  | { t: 'gap'; max: number }
  | { t: 'group'; options: PatternNode[][]; optional: boolean };

export const DEFAULT_GAP = 3;
export const MAX_GAP = 8;
/** Gaps add up across optional parts; this bounds the words one edge of the automaton may skip. */
export const MAX_SKIP = MAX_GAP * 2;
export const MIN_STEM = 3;

export class PatternError extends Error {
  constructor(
    message: string,
    /** Character offset in the pattern where the problem is. */
    readonly at: number,
  ) {
    super(message);
  }
}

type Lexeme =
  | { k: 'open' | 'close' | 'optOpen' | 'optClose' | 'bar'; at: number }
  | { k: 'gap'; max: number; at: number }
  | { k: 'text'; text: string; at: number; star: boolean }
  | { k: 'forms'; text: string; at: number };

const SPECIAL = new Set(['(', ')', '[', ']', '|', '{', '}', '*', '\u2026']);

function lex(src: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === '|') {
      const k = c === '(' ? 'open' : c === ')' ? 'close' : c === '[' ? 'optOpen' : c === ']' ? 'optClose' : 'bar';
      out.push({ k, at: i });
      i++;
      continue;
    }
    if (c === '\u2026' || src.startsWith('...', i)) {
      const at = i;
      i += c === '\u2026' ? 1 : 3;
      let digits = '';
      while (i < src.length && src[i]! >= '0' && src[i]! <= '9') digits += src[i++];
      const max = digits === '' ? DEFAULT_GAP : Number(digits);
      if (max < 1 || max > MAX_GAP) throw new PatternError(`a gap allows 1 to ${MAX_GAP} words, not ${digits}`, at);
      out.push({ k: 'gap', max, at });
      continue;
    }
    if (c === '{') {
      const close = src.indexOf('}', i);
      if (close < 0) throw new PatternError('"{" is not closed with "}"', i);
      const text = src.slice(i + 1, close).trim();
      if (!/^[\p{L}'’-]+$/u.test(text)) throw new PatternError('"{…}" takes one word, e.g. {misunderstand}', i);
      out.push({ k: 'forms', text, at: i });
      i = close + 1;
      continue;
    }
    if (c === '}') throw new PatternError('"}" without "{"', i);
    if (c === '*') throw new PatternError('"*" must follow a word directly, as in refund*', i);
    if (c === '.' && src[i + 1] === '.') throw new PatternError('write a gap as three dots "..."', i);
    const at = i;
    while (i < src.length && !SPECIAL.has(src[i]!) && !(src[i] === '.' && src.startsWith('...', i))) i++;
    const text = src.slice(at, i);
    let star = false;
    if (src[i] === '*') {
      if (/\s$/u.test(text)) throw new PatternError('"*" must follow a word directly, as in refund*', i);
      star = true;
      i++;
    }
    out.push({ k: 'text', text, at, star });
  }
  return out;
}

/** Turns literal text into word nodes with the draft tokenizer, so both sides split words alike. */
function words(text: string, at: number, star: boolean): PatternNode[] {
  const { tokens, sentences } = tokenize(text);
  if (sentences.length > 1) {
    throw new PatternError('a phrase cannot contain a sentence end (. ! ? ; or a line break) between words', at);
  }
  const nodes: PatternNode[] = tokens.map((tok) => ({ t: 'word', w: tok.text }));
  if (star) {
    const last = tokens[tokens.length - 1];
    if (last === undefined || last.end !== text.length) {
      throw new PatternError('"*" must follow a word directly, as in refund*', at + text.length);
    }
    if ([...last.text].length < MIN_STEM) {
      throw new PatternError(`a stem needs at least ${MIN_STEM} letters before "*" ("${last.text}*" would match too much)`, at);
    }
    nodes[nodes.length - 1] = { t: 'stem', w: last.text };
  }
  return nodes;
}

/** Parses a pattern, throwing a PatternError with a plain-words message on bad syntax. */
export function parsePattern(src: string): PatternNode[] {
  const lexemes = lex(src);
  let pos = 0;

  const parseSeq = (closer: 'close' | 'optClose' | null, openedAt = 0): PatternNode[][] => {
    const options: PatternNode[][] = [[]];
    while (pos < lexemes.length) {
      const l = lexemes[pos]!;
      if (l.k === 'close' || l.k === 'optClose') {
        if (l.k !== closer) {
          throw new PatternError(closer === null ? `"${l.k === 'close' ? ')' : ']'}" without an opening bracket` : `expected "${closer === 'close' ? ')' : ']'}" here`, l.at);
        }
        return options;
      }
      pos++;
      const current = options[options.length - 1]!;
      switch (l.k) {
        case 'bar':
          options.push([]);
          break;
        case 'gap':
          current.push({ t: 'gap', max: l.max });
          break;
        case 'forms':
          current.push({ t: 'forms', w: l.text });
          break;
        case 'text':
          current.push(...words(l.text, l.at, l.star));
          break;
        case 'open':
        case 'optOpen': {
          const inner = parseSeq(l.k === 'open' ? 'close' : 'optClose', l.at);
          if (pos >= lexemes.length) throw new PatternError(`"${l.k === 'open' ? '(' : '['}" is not closed`, l.at);
          pos++;
          if (inner.some((o) => o.length === 0)) {
            throw new PatternError('an alternative is empty (punctuation alone is not a word): remove the extra "|" or the brackets', l.at);
          }
          current.push({ t: 'group', options: inner, optional: l.k === 'optOpen' });
          break;
        }
      }
    }
    if (closer !== null) throw new PatternError(`"${closer === 'close' ? '(' : '['}" is not closed`, openedAt);
    return options;
  };

  const top = parseSeq(null);
  if (pos < lexemes.length) throw new PatternError('unexpected bracket', lexemes[pos]!.at);
  if (top.some((o) => o.length === 0)) throw new PatternError(top.length > 1 ? 'an alternative is empty: remove the extra "|"' : 'the pattern has no words', 0);
  const seq: PatternNode[] = top.length === 1 ? top[0]! : [{ t: 'group', options: top, optional: false }];
  if (seq[0]!.t === 'gap' || seq[seq.length - 1]!.t === 'gap') throw new PatternError('a pattern cannot start or end with a gap', 0);
  return seq;
}

/** Prints a pattern back in the pattern language (used to store packs prepared at build time). */
export function printPattern(seq: readonly PatternNode[]): string {
  return seq
    .map((n) => {
      switch (n.t) {
        case 'word':
          return n.w;
        case 'stem':
          return `${n.w}*`;
        case 'forms':
          return `{${n.w}}`;
        case 'gap':
          return n.max === DEFAULT_GAP ? '...' : `...${n.max}`;
        case 'group': {
          const inner = n.options.map(printPattern).join(' | ');
          return n.optional ? `[${inner}]` : `(${inner})`;
        }
      }
    })
    .join(' ');
}
