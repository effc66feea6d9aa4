import type { Element } from './expand';
import type { Token } from './tokenize';

/** A hit of one phrase: which target it belongs to and the first and last token it covers. */
export interface Hit {
  target: number;
  first: number;
  last: number;
}

interface Node {
  id: number;
  words: Map<string, Node> | null;
  stems: Map<string, Node> | null;
  /** Distinct stem lengths (in UTF-16 units of the folded form), to probe a word's prefixes. */
  stemLengths: number[];
  gaps: Array<{ max: number; node: Node }>;
  targets: number[];
}

/** The most tokens a gap may skip after gaps merge; also the bound on a state's skip counter. */
const SKIP_SLOTS = 17;

/**
 * A token trie over every phrase of every loaded pack, run as a set of live states over the draft's
 * tokens (Aho–Corasick without failure links, since phrases are short). A state is a trie node plus
 * how many more words a gap may still skip; states are deduplicated per (node, skip), so the work per
 * token is bounded by the trie's size however the patterns are written, and in practice is a handful
 * of map lookups: the cost grows with the draft's length, not with the number of rules.
 */
export class Automaton {
  private readonly root: Node;
  private nodeCount = 0;
  /** seen[node * SKIP_SLOTS + skip] === clock when that state is already queued for the current token. */
  private seen = new Int32Array(0);
  private clock = 0;

  constructor() {
    this.root = this.newNode();
  }

  get size(): number {
    return this.nodeCount;
  }

  private newNode(): Node {
    return { id: this.nodeCount++, words: null, stems: null, stemLengths: [], gaps: [], targets: [] };
  }

  add(phrase: readonly Element[], target: number): void {
    let node = this.root;
    for (const el of phrase) {
      if (el.t === 'gap') {
        let g = node.gaps.find((x) => x.max === el.max);
        if (g === undefined) {
          g = { max: el.max, node: this.newNode() };
          node.gaps.push(g);
        }
        node = g.node;
      } else if (el.t === 'word') {
        node.words ??= new Map();
        let next = node.words.get(el.w);
        if (next === undefined) node.words.set(el.w, (next = this.newNode()));
        node = next;
      } else {
        node.stems ??= new Map();
        let next = node.stems.get(el.w);
        if (next === undefined) {
          node.stems.set(el.w, (next = this.newNode()));
          if (!node.stemLengths.includes(el.w.length)) node.stemLengths.push(el.w.length);
        }
        node = next;
      }
    }
    if (!node.targets.includes(target)) node.targets.push(target);
  }

  /** Every hit of every phrase in the tokens `from..to-1`; phrases never cross a sentence end. */
  match(tokens: readonly Token[], from = 0, to = tokens.length): Hit[] {
    const hits: Hit[] = [];
    let nodes: Node[] = [];
    let starts: number[] = [];
    let skips: number[] = [];
    let nextNodes: Node[] = [];
    let nextStarts: number[] = [];
    let nextSkips: number[] = [];
    if (this.seen.length !== this.nodeCount * SKIP_SLOTS || this.clock > 0x7fff0000 - tokens.length) {
      this.seen = new Int32Array(this.nodeCount * SKIP_SLOTS);
      this.clock = 0;
    }
    const seen = this.seen;

    const push = (node: Node, start: number, skip: number): void => {
      const key = node.id * SKIP_SLOTS + skip;
      if (seen[key] === this.clock) return;
      seen[key] = this.clock;
      nextNodes.push(node);
      nextStarts.push(start);
      nextSkips.push(skip);
    };
    const arrive = (node: Node, start: number, pos: number): void => {
      for (const t of node.targets) hits.push({ target: t, first: start, last: pos });
      if (node.words !== null || node.stems !== null) push(node, start, 0);
      for (const g of node.gaps) push(g.node, start, g.max);
    };
    const step = (node: Node, start: number, tok: Token, pos: number): void => {
      const w = node.words?.get(tok.text);
      if (w !== undefined) arrive(w, start, pos);
      if (node.stems !== null) {
        for (const len of node.stemLengths) {
          if (len > tok.text.length) continue;
          const s = node.stems.get(len === tok.text.length ? tok.text : tok.text.slice(0, len));
          if (s !== undefined) arrive(s, start, pos);
        }
      }
    };

    let sent = -1;
    for (let pos = from; pos < to; pos++) {
      const tok = tokens[pos]!;
      this.clock++;
      if (tok.sent !== sent) {
        // A new sentence: every live state dies.
        sent = tok.sent;
        nodes.length = 0;
      }
      // Older states first, so a state reached twice keeps its earliest start.
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        step(node, starts[i]!, tok, pos);
        if (skips[i]! > 0) push(node, starts[i]!, skips[i]! - 1);
      }
      step(this.root, pos, tok, pos);
      [nodes, nextNodes] = [nextNodes, nodes];
      [starts, nextStarts] = [nextStarts, starts];
      [skips, nextSkips] = [nextSkips, skips];
      nextNodes.length = 0;
      nextStarts.length = 0;
      nextSkips.length = 0;
    }
    return hits;
  }
}
