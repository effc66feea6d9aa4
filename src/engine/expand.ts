import { MAX_GAP, PatternError, type PatternNode } from './pattern';

/** One element of an expanded phrase. */
export type Element = { t: 'word'; w: string } | { t: 'stem'; w: string } | { t: 'gap'; max: number };

/** The most phrases one pattern may stand for: keeps compile time and memory bounded. */
export const MAX_EXPANSIONS = 512;

/**
 * Expands a parsed pattern into every phrase it stands for (each alternative and optional part), so
 * the automaton only ever sees plain sequences. Gaps at a phrase's edges (left there by an optional
 * part) are dropped since they constrain nothing, and neighbouring gaps merge.
 */
export function expandPattern(seq: readonly PatternNode[], max: number = MAX_EXPANSIONS): Element[][] {
  let acc: Element[][] = [[]];
  for (const node of seq) {
    let choices: Element[][];
    switch (node.t) {
      case 'word':
      case 'stem':
        choices = [[{ t: node.t, w: node.w }]];
        break;
      case 'gap':
        choices = [[{ t: 'gap', max: node.max }]];
        break;
      case 'forms':
        throw new PatternError(`"{${node.w}}" (every form of a word) is only available for languages with word-form tools; use a stem such as ${node.w}*`, 0);
      case 'group':
        choices = node.options.flatMap((o) => expandPattern(o, max));
        if (node.optional) choices.push([]);
        break;
    }
    if (acc.length * choices.length > max) {
      throw new PatternError(`the pattern stands for more than ${max} phrases; split it into several patterns`, 0);
    }
    const next: Element[][] = [];
    for (const a of acc) for (const c of choices) next.push(a.concat(c));
    acc = next;
  }
  const out: Element[][] = [];
  const seen = new Set<string>();
  for (const phrase of acc) {
    const tidy = tidyGaps(phrase);
    if (tidy.length === 0) continue;
    const key = JSON.stringify(tidy);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(tidy);
    }
  }
  return out;
}

function tidyGaps(phrase: Element[]): Element[] {
  const out: Element[] = [];
  for (const el of phrase) {
    const prev = out[out.length - 1];
    if (el.t === 'gap') {
      if (out.length === 0) continue;
      if (prev?.t === 'gap') {
        prev.max = Math.min(MAX_GAP * 2, prev.max + el.max);
        continue;
      }
      out.push({ ...el });
    } else out.push(el);
  }
  while (out.length > 0 && out[out.length - 1]!.t === 'gap') out.pop();
  return out;
}
