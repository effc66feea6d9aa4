import { detectFormality, pickVariant, type ComposeData } from './compose';
import { applyChanges } from './draft-changes';
import { draftBody } from './draft-body';
import { hasFacts } from './draft-facts';
import { endMark, sentenceExtents, type SentenceExtent } from './sentence-extent';
import { STEP_IDS, type Analysis, type DraftChange, type DraftChangeKind, type DraftRewrite, type DraftRewriteUsed, type Finding } from './types';

/**
 * Rewrites a whole sentence around a finding when a word swap would read badly ("You didn't attach
 * the file" → "It looks like the file didn't come through"). `finding`'s offsets are into `sentence`
 * (the sentence's words, without its end mark). Returns the new words, or undefined when it does not
 * recognise the sentence. English has one built on compromise (src/packs/english-rewrite.ts); the
 * engine only calls it, so it stays free of NLP libraries.
 */
export type SentenceRewriter = (sentence: string, finding: Finding) => string | undefined;

export interface RewriteDraftOptions {
  /** What the previous rewrite of this draft used: this one picks other openers and closers. */
  previous?: Partial<DraftRewriteUsed>;
  /** The draft language's sentence transforms, if it has any. */
  rewriteSentence?: SentenceRewriter;
  /**
   * Analyses a text with the same packs. When given, openers and closers are only added for steps the
   * draft still lacks once its phrases are rewritten: a rewrite such as "I completely understand why
   * you're upset" already acknowledges, and a second acknowledgement in front would read as padding.
   */
  reanalyse?: (text: string) => Analysis;
}

/** An edit inside one sentence, in offsets of the draft. */
interface Edit {
  kind: DraftChangeKind;
  reason: string;
  start: number;
  end: number;
  text: string;
}

const serious = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

/**
 * Proposes a calmer version of the whole draft, as changes the agent can accept one by one: each error
 * or warning replaced by its best rewrite (or its sentence rewritten), the solution sentence moved
 * before the first flagged sentence when flagged sentences bury it, an opener for each missing
 * acknowledge/apologize step and a closer for a missing "anything else". Hints are left alone: they
 * are softer wording whose rewrites only read well when the agent picks them in context. Pure.
 */
export function rewriteDraft(text: string, analysis: Analysis, compose: ComposeData, options: RewriteDraftOptions = {}): DraftRewrite {
  const separator = compose.separator ?? ' ';
  const stop = compose.fullStop ?? '.';
  const formality = detectFormality(text, compose);
  const sentences = sentenceExtents(text);
  const used: DraftRewriteUsed = { openers: [] };
  const done = (changes: DraftChange[]): DraftRewrite => ({
    language: analysis.language,
    original: text,
    changes,
    text: applyChanges(text, changes),
    used,
    formality,
  });
  if (sentences.length === 0) return done([]);

  const findings = analysis.findings.filter(serious);
  const findingsOf = sentences.map((s) => findings.filter((f) => f.start >= s.start && f.start < s.wordsEnd));
  const leads = sentences.map((s) => analysis.findings.find((f) => f.severity === 'hint' && f.start === s.start));
  const edits = sentences.map((s, i) => sentenceEdits(text, sentences, i, findingsOf[i]!, leads[i], analysis.language, options.rewriteSentence, options.reanalyse));
  const evidence = STEP_IDS.flatMap((id) => analysis.steps[id].evidence ?? []);
  const { first, last } = draftBody(text, sentences, (i) => findingsOf[i]!.length > 0 || evidence.some((e) => e.start < sentences[i]!.end && sentences[i]!.start < e.end));

  // The solution sentence moves before the first flagged sentence that comes ahead of it.
  const solution = analysis.steps.solution.evidence;
  const solIdx = solution === undefined ? -1 : sentences.findIndex((s) => solution.start >= s.start && solution.start < s.end);
  const buriedBehind = solIdx > first && solIdx <= last ? findingsOf.findIndex((f, i) => i >= first && i < solIdx && f.length > 0) : -1;
  const solEdits = solIdx >= 0 ? edits[solIdx]! : [];
  const moves = buriedBehind >= 0 && !solEdits.some((e) => e.text === '' && e.end >= sentences[solIdx]!.end);

  const changes: DraftChange[] = [];
  if (moves) {
    const s = sentences[solIdx]!;
    const words = capitalise(applyEdits(text, s.start, s.wordsEnd, solEdits));
    const moved = words + (endMark(text, s) ?? stop) + separator;
    const at = sentences[buriedBehind]!.start;
    changes.push({ kind: 'solution-first', reason: 'solution', parts: [{ start: at, end: at, text: moved }, removal(sentences, solIdx)] });
  }
  edits.forEach((list, i) => {
    if (moves && i === solIdx) return; // folded into the moved sentence
    for (const e of list) changes.push({ kind: e.kind, reason: e.reason, parts: [{ start: e.start, end: e.end, text: e.text }] });
  });
  const steps = options.reanalyse !== undefined && changes.length > 0 ? options.reanalyse(applyChanges(text, changes)).steps : analysis.steps;

  // Openers go first in the list: insertions at one offset apply in list order.
  const openers: DraftChange[] = [];
  const openAt = sentences[first]!.start;
  for (const step of STEP_IDS) {
    if (steps[step].done) continue;
    const v = pickVariant(compose.openers ?? [], step, formality, options.previous?.openers ?? []);
    if (v === undefined) continue;
    used.openers.push(v.text);
    openers.push({ kind: 'opener', reason: step, parts: [{ start: openAt, end: openAt, text: v.text + separator }] });
  }
  changes.unshift(...openers);
  const end = sentences[last]!;
  const ended = endMark(text, end) !== undefined || (moves && solIdx === last) || text.slice(end.wordsEnd, end.end) !== '';
  for (const step of STEP_IDS) {
    if (steps[step].done) continue;
    const v = pickVariant(compose.closers ?? [], step, formality, options.previous?.closer === undefined ? [] : [options.previous.closer]);
    if (v === undefined || used.closer !== undefined) continue;
    used.closer = v.text;
    changes.push({ kind: 'closer', reason: step, parts: [{ start: end.end, end: end.end, text: (ended ? '' : stop) + separator + v.text }] });
  }
  return done(changes);
}

/** The edits of one sentence's findings: a sentence transform, each finding's best rewrite, or a removal. */
function sentenceEdits(
  text: string,
  sentences: readonly SentenceExtent[],
  i: number,
  findings: readonly Finding[],
  lead: Finding | undefined,
  language: string,
  rewriteSentence: SentenceRewriter | undefined,
  reanalyse: ((text: string) => Analysis) | undefined,
): Edit[] {
  if (findings.length === 0) return [];
  const s = sentences[i]!;
  // A hint that opens the sentence right before a flagged phrase goes with it: "Unfortunately that's
  // our policy" becomes "I know this rule is frustrating", not "Unfortunately I know this rule…".
  const joined = (f: Finding): boolean => lead !== undefined && lead.end <= f.start && /^[\s,]*$/u.test(text.slice(lead.end, f.start));
  const upper = /^\p{Lu}/u.test(text.slice(s.start, s.start + 2));
  const swapOf = new Map<Finding, Edit>();
  for (const f of findings) {
    const best = f.suggestions[0];
    if (best === undefined) continue;
    // Flagged words that hold a fact ("wait until Monday like everyone else") stay for the agent to
    // reword: a drop-in rewrite would lose the fact.
    if (hasFacts(text.slice(f.start, f.end))) continue;
    swapOf.set(f, joined(f)
      ? { kind: 'rewrite', reason: f.rule, start: lead!.start, end: f.end, text: upper ? capitalise(best.text) : best.text }
      : { kind: 'rewrite', reason: f.rule, start: f.start, end: f.end, text: best.text });
  }
  if (reanalyse !== undefined) preferQuietSwaps(text, s, swapOf, reanalyse);
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
  if (!hasFacts(sentenceText)) return [{ kind: 'rewrite', reason: bare.rule, ...removal(sentences, i) }];
  return findings.flatMap((f) => swapOf.get(f) ?? (f.suggestions[0] === undefined && !hasFacts(f.text) ? [{ kind: 'rewrite' as const, reason: f.rule, ...tidyRemoval(text, s, f) }] : []));
}

/**
 * Keeps each finding's best rewrite unless, in its sentence, it trips another rule (a rewrite written
 * for one context can hold words another rule flags); then the first of its other rewrites that does
 * not. With none quiet, the best stays.
 */
function preferQuietSwaps(text: string, s: SentenceExtent, swapOf: Map<Finding, Edit>, reanalyse: (text: string) => Analysis): void {
  for (const [f, chosen] of swapOf) {
    for (const alt of [chosen.text, ...f.suggestions.slice(1).map((x) => x.text)]) {
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

/** `text.slice(start, end)` with edits inside that range applied. */
function applyEdits(text: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let at = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/**
 * Removing sentence `i`: from the end of the sentence before it, so the space or line break before it
 * goes too and what follows keeps its own; the first sentence takes the space after it instead.
 */
function removal(sentences: readonly SentenceExtent[], i: number): { start: number; end: number; text: string } {
  const s = sentences[i]!;
  if (i > 0) return { start: sentences[i - 1]!.end, end: s.end, text: '' };
  return { start: s.start, end: sentences[1]?.start ?? s.end, text: '' };
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

function capitalise(s: string): string {
  const first = String.fromCodePoint(s.codePointAt(0) ?? 32);
  return first.toUpperCase() + s.slice(first.length);
}
