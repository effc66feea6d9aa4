import { MAX_SKIP, PatternError, type PatternNode } from './pattern';
import type { FrozenAutomaton } from './matcher';

/** A word or stem of some pattern: a state of the automaton. */
interface Position {
  id: number;
  /** Transitions to the next positions, by the word (or stem) they need. */
  words: Map<string, Edge[]> | null;
  stems: Map<string, Edge[]> | null;
  /** The most words any outgoing edge may skip. */
  maxSkip: number;
  /** Patterns (targets) that end here. */
  targets: number[];
  /** What this position matches. */
  label: Label | null;
}

interface Edge {
  to: Position;
  skip: number;
}

/** A position reached with how many words a gap may skip around it. */
interface Slot {
  p: Position;
  skip: number;
}

/** What a piece of a pattern contributes (Glushkov's construction, with gap lengths on the edges). */
interface Piece {
  /** Positions that can match first, with the words a gap may skip before them. */
  first: readonly Slot[];
  /** Positions that can match last, with the words a gap may skip after them. */
  last: readonly Slot[];
  /** The piece can match no word at all (optional parts, gaps). */
  nullable: boolean;
  /** Words a nullable piece may still skip (a gap). */
  nullSkip: number;
}

const EMPTY: Piece = { first: [], last: [], nullable: true, nullSkip: 0 };

type Label = { t: 'word' | 'stem'; w: string };

const shifted = (slots: readonly Slot[], by: number): Slot[] => (by === 0 ? [...slots] : slots.map((x) => ({ p: x.p, skip: x.skip + by })));

/**
 * Builds the automaton of a language's patterns without expanding alternatives: each word of a
 * pattern is one state (Glushkov's position automaton), so building is linear in the packs' size
 * however many phrases `(a | b) [c] (d | e)` stands for. States that only differ by which pattern they
 * came from are then merged where it is safe (same word, same single predecessor), which shares common
 * prefixes the way a trie does. `freeze()` hands the result to the `Matcher` as plain arrays.
 */
export class Automaton {
  private positions = 0;
  /** The first word of every pattern. */
  private readonly start: Position = this.newPosition();
  private order: Position[] | null = null;

  get size(): number {
    return this.compact().length;
  }

  private newPosition(): Position {
    return { id: this.positions++, words: null, stems: null, maxSkip: 0, targets: [], label: null };
  }

  private link(from: Position, to: Position, skip: number): void {
    const m = to.label!;
    const capped = Math.min(MAX_SKIP, skip);
    from.maxSkip = Math.max(from.maxSkip, capped);
    const map: Map<string, Edge[]> = m.t === 'word' ? (from.words ??= new Map()) : (from.stems ??= new Map());
    const list = map.get(m.w);
    if (list === undefined) map.set(m.w, [{ to, skip: capped }]);
    else {
      const existing = list.find((e) => e.to === to);
      if (existing !== undefined) existing.skip = Math.max(existing.skip, capped);
      else list.push({ to, skip: capped });
    }
  }

  /**
   * Adds a parsed pattern (after word tools ran: no `{forms}` left). `wordsOf` reads a pattern word
   * as the words it stands for (contractions). Throws PatternError when the pattern can match nothing.
   */
  add(seq: readonly PatternNode[], target: number, wordsOf: (w: string) => readonly string[] = (w) => [w]): void {
    const piece = this.sequence(seq, wordsOf);
    if (piece.nullable) throw new PatternError('the pattern can match without any word; make at least one word required', 0);
    // Gaps before the first or after the last word constrain nothing.
    for (const { p } of piece.first) this.link(this.start, p, 0);
    for (const { p } of piece.last) if (!p.targets.includes(target)) p.targets.push(target);
    this.order = null;
  }

  private sequence(seq: readonly PatternNode[], wordsOf: (w: string) => readonly string[]): Piece {
    let acc = EMPTY;
    for (const node of seq) acc = this.concat(acc, this.node(node, wordsOf));
    return acc;
  }

  private node(n: PatternNode, wordsOf: (w: string) => readonly string[]): Piece {
    switch (n.t) {
      case 'word': {
        const words = wordsOf(n.w);
        if (words.length !== 1) return this.sequence(words.map((w) => ({ t: 'word', w })), (w) => [w]);
        return this.position({ t: 'word', w: words[0]! });
      }
      case 'stem':
        return this.position({ t: 'stem', w: n.w });
      case 'gap':
        return { first: [], last: [], nullable: true, nullSkip: n.max };
      case 'forms':
        throw new PatternError(`"{${n.w}}" (every form of a word) needs the language's word tools; use a stem such as ${n.w}*`, 0);
      case 'group': {
        const first: Slot[] = [];
        const last: Slot[] = [];
        let nullable = n.optional;
        let nullSkip = 0;
        for (const option of n.options) {
          const p = this.sequence(option, wordsOf);
          first.push(...p.first);
          last.push(...p.last);
          if (p.nullable) {
            nullable = true;
            nullSkip = Math.max(nullSkip, p.nullSkip);
          }
        }
        return { first, last, nullable, nullSkip };
      }
    }
  }

  private position(m: Label): Piece {
    const p = this.newPosition();
    p.label = m;
    const slot = [{ p, skip: 0 }];
    return { first: slot, last: slot, nullable: false, nullSkip: 0 };
  }

  private concat(a: Piece, b: Piece): Piece {
    for (const x of a.last) for (const y of b.first) this.link(x.p, y.p, x.skip + y.skip);
    return {
      first: a.nullable ? [...a.first, ...shifted(b.first, a.nullSkip)] : a.first,
      last: b.nullable ? [...b.last, ...shifted(a.last, b.nullSkip)] : b.last,
      nullable: a.nullable && b.nullable,
      nullSkip: a.nullSkip + b.nullSkip,
    };
  }

  /**
   * Merges positions reached from one predecessor by the same word (or stem) and the same gap when
   * that predecessor is their only one: any path to one is then a path to the other, so their
   * continuations can be shared without letting one pattern's start complete another's end. Then
   * numbers the remaining positions densely.
   */
  private compact(): Position[] {
    if (this.order !== null) return this.order;
    const indegree = new Map<Position, number>();
    const visit = (p: Position, fn: (q: Position) => void): void => {
      for (const map of [p.words, p.stems]) if (map !== null) for (const list of map.values()) for (const e of list) fn(e.to);
    };
    const seenAll = new Set<Position>([this.start]);
    for (let i = 0, queue = [this.start]; i < queue.length; i++) {
      visit(queue[i]!, (q) => {
        indegree.set(q, (indegree.get(q) ?? 0) + 1);
        if (!seenAll.has(q)) {
          seenAll.add(q);
          queue.push(q);
        }
      });
    }
    const done = new Set<Position>();
    const order: Position[] = [];
    for (let i = 0, queue = [this.start]; i < queue.length; i++) {
      const p = queue[i]!;
      if (done.has(p)) continue;
      done.add(p);
      order.push(p);
      for (const map of [p.words, p.stems]) {
        if (map === null) continue;
        for (const [key, list] of map) {
          const kept: Edge[] = [];
          const bySkip = new Map<number, Position>();
          for (const e of list) {
            const into = bySkip.get(e.skip);
            if (indegree.get(e.to) !== 1) kept.push(e);
            else if (into === undefined) {
              bySkip.set(e.skip, e.to);
              kept.push(e);
            } else absorb(into, e.to);
          }
          map.set(key, kept);
          for (const e of kept) queue.push(e.to);
        }
      }
    }
    order.forEach((p, i) => (p.id = i));
    this.order = order;
    return order;
  }

  /** The automaton as plain arrays, for the matcher (and for storing or sending it). */
  freeze(): FrozenAutomaton {
    const order = this.compact();
    const words: string[] = [];
    const stems: string[] = [];
    const wordIds = new Map<string, number>();
    const stemIds = new Map<string, number>();
    for (const p of order) {
      for (const k of p.words?.keys() ?? []) if (!wordIds.has(k)) wordIds.set(k, words.push(k) - 1);
      for (const k of p.stems?.keys() ?? []) if (!stemIds.has(k)) stemIds.set(k, stems.push(k) - 1);
    }
    const edgeStart: number[] = [];
    const edgeLabel: number[] = [];
    const edgeTo: number[] = [];
    const edgeSkip: number[] = [];
    const targetStart: number[] = [];
    const targets: number[] = [];
    const maxSkip: number[] = [];
    for (const p of order) {
      edgeStart.push(edgeLabel.length);
      targetStart.push(targets.length);
      targets.push(...p.targets);
      maxSkip.push(p.maxSkip);
      const edges: Array<[number, Edge]> = [];
      for (const [k, list] of p.words ?? []) for (const e of list) edges.push([wordIds.get(k)!, e]);
      for (const [k, list] of p.stems ?? []) for (const e of list) edges.push([words.length + stemIds.get(k)!, e]);
      edges.sort((a, b) => a[0] - b[0]);
      for (const [label, e] of edges) {
        edgeLabel.push(label);
        edgeTo.push(e.to.id);
        edgeSkip.push(e.skip);
      }
    }
    edgeStart.push(edgeLabel.length);
    targetStart.push(targets.length);
    return { words, stems, edgeStart, edgeLabel, edgeTo, edgeSkip, targetStart, targets, maxSkip };
  }
}

/** Moves everything `from` leads to (edges, ends of patterns) onto `into`. */
function absorb(into: Position, from: Position): void {
  for (const t of from.targets) if (!into.targets.includes(t)) into.targets.push(t);
  into.maxSkip = Math.max(into.maxSkip, from.maxSkip);
  if (from.words !== null) {
    into.words ??= new Map();
    for (const [k, list] of from.words) into.words.set(k, [...(into.words.get(k) ?? []), ...list]);
  }
  if (from.stems !== null) {
    into.stems ??= new Map();
    for (const [k, list] of from.stems) into.stems.set(k, [...(into.stems.get(k) ?? []), ...list]);
  }
}
