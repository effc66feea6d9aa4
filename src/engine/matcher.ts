import { MAX_SKIP } from './pattern';
import type { Token } from './tokenize';

/** A hit of one pattern: which target it belongs to and the first and last token it covers. */
export interface Hit {
  target: number;
  first: number;
  last: number;
}

/**
 * A compiled automaton as plain arrays: what the builder (`automaton.ts`) produces and what can be
 * stored or sent between extension contexts. Position 0 is the start. Edge labels are indices into
 * `words`, then, offset by `words.length`, into `stems`; each position's edges are sorted by label.
 */
export interface FrozenAutomaton {
  words: string[];
  stems: string[];
  /** Edges of position p are `edgeStart[p] .. edgeStart[p+1]-1`. */
  edgeStart: ArrayLike<number>;
  edgeLabel: ArrayLike<number>;
  edgeTo: ArrayLike<number>;
  /** Words a gap may skip before the edge's target. */
  edgeSkip: ArrayLike<number>;
  /** Targets (patterns) ending at position p are `targets[targetStart[p] .. targetStart[p+1]-1]`. */
  targetStart: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** The most words any edge of the position may skip. */
  maxSkip: ArrayLike<number>;
}

/** A state's skip counter runs 0..MAX_SKIP. */
const SKIP_SLOTS = MAX_SKIP + 1;

/**
 * Runs a frozen automaton over tokens. Each token's labels (its word, and the stems it starts with)
 * are looked up once; every live state then finds its edges for those labels by binary search. A
 * state is a position plus the words a gap has skipped since; states are deduplicated per (position,
 * skipped), keeping the earliest start, so the work per token is bounded by the automaton.
 */
export class Matcher {
  private readonly wordIds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly stemLengths: number[];
  private readonly edgeStart: Int32Array;
  private readonly edgeLabel: Int32Array;
  private readonly edgeTo: Int32Array;
  private readonly edgeSkip: Uint8Array;
  private readonly targetStart: Int32Array;
  private readonly targets: Int32Array;
  private readonly maxSkip: Uint8Array;
  private seen: Int32Array;
  private clock = 0;

  constructor(readonly frozen: FrozenAutomaton) {
    frozen.words.forEach((w, i) => this.wordIds.set(w, i));
    frozen.stems.forEach((s, i) => this.stemIds.set(s, frozen.words.length + i));
    this.stemLengths = [...new Set(frozen.stems.map((s) => s.length))].sort((a, b) => a - b);
    this.edgeStart = Int32Array.from(frozen.edgeStart);
    this.edgeLabel = Int32Array.from(frozen.edgeLabel);
    this.edgeTo = Int32Array.from(frozen.edgeTo);
    this.edgeSkip = Uint8Array.from(frozen.edgeSkip);
    this.targetStart = Int32Array.from(frozen.targetStart);
    this.targets = Int32Array.from(frozen.targets);
    this.maxSkip = Uint8Array.from(frozen.maxSkip);
    this.seen = new Int32Array(this.size * SKIP_SLOTS);
  }

  /** Number of positions (states). */
  get size(): number {
    return this.maxSkip.length;
  }

  /** Every hit of every pattern in the tokens `from..to-1`; patterns never cross a sentence end. */
  match(tokens: readonly Token[], from = 0, to = tokens.length): Hit[] {
    const { edgeStart, edgeLabel, edgeTo, edgeSkip, targetStart, targets, maxSkip } = this;
    const hits: Hit[] = [];
    if (this.clock > 0x7fff0000 - tokens.length) {
      this.seen.fill(0);
      this.clock = 0;
    }
    const seen = this.seen;
    let clock = this.clock;
    let cur: number[] = [];
    let curStart: number[] = [];
    let curSkip: number[] = [];
    let curN = 0;
    let nxt: number[] = [];
    let nxtStart: number[] = [];
    let nxtSkip: number[] = [];
    let nxtN = 0;
    const labels: number[] = [];

    const push = (p: number, start: number, skip: number): void => {
      const key = p * SKIP_SLOTS + skip;
      if (seen[key] === clock) return;
      seen[key] = clock;
      nxt[nxtN] = p;
      nxtStart[nxtN] = start;
      nxtSkip[nxtN] = skip;
      nxtN++;
    };
    /** Follows p's edges labelled `label` that allow `used` skipped words. */
    const follow = (p: number, label: number, start: number, used: number, pos: number): void => {
      let lo = edgeStart[p]!;
      let hi = edgeStart[p + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (edgeLabel[mid]! < label) lo = mid + 1;
        else hi = mid;
      }
      for (let e = lo; e < edgeStart[p + 1]! && edgeLabel[e] === label; e++) {
        if (edgeSkip[e]! < used) continue;
        const q = edgeTo[e]!;
        for (let t = targetStart[q]!; t < targetStart[q + 1]!; t++) hits.push({ target: targets[t]!, first: start, last: pos });
        if (edgeStart[q + 1]! > edgeStart[q]!) push(q, start, 0);
      }
    };

    let sent = -1;
    for (let pos = from; pos < to; pos++) {
      const tok = tokens[pos]!;
      const word = tok.text;
      clock++;
      if (tok.sent !== sent) {
        sent = tok.sent; // a new sentence: every live state dies
        curN = 0;
      }
      labels.length = 0;
      const w = this.wordIds.get(word);
      if (w !== undefined) labels.push(w);
      for (const len of this.stemLengths) {
        if (len > word.length) break;
        const s = this.stemIds.get(len === word.length ? word : word.slice(0, len));
        if (s !== undefined) labels.push(s);
      }
      // Older states first, so a state reached twice keeps its earliest start.
      for (let i = 0; i < curN; i++) {
        const p = cur[i]!;
        for (let l = 0; l < labels.length; l++) follow(p, labels[l]!, curStart[i]!, curSkip[i]!, pos);
        if (curSkip[i]! < maxSkip[p]!) push(p, curStart[i]!, curSkip[i]! + 1);
      }
      for (let l = 0; l < labels.length; l++) follow(0, labels[l]!, pos, 0, pos);
      [cur, nxt] = [nxt, cur];
      [curStart, nxtStart] = [nxtStart, curStart];
      [curSkip, nxtSkip] = [nxtSkip, curSkip];
      curN = nxtN;
      nxtN = 0;
    }
    this.clock = clock;
    return hits;
  }
}
