import { detectFormality, pickVariant, usesWord, type ComposeData } from './compose';
import { applyChanges } from './draft-changes';
import { draftBody } from './draft-body';
import { applyEdits, capitalise, sentenceEdits, serious, type SentenceRewriter } from './sentence-edits';
import { endMark, sentenceExtents, type SentenceExtent } from './sentence-extent';
import { STEP_IDS, type Analysis, type DraftChange, type DraftChangePart, type DraftRewrite, type DraftRewriteUsed } from './types';

export type { SentenceRewriter } from './sentence-edits';

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

/**
 * Proposes a calmer version of the whole draft, as changes the agent can accept one by one: each error
 * or warning replaced by its best rewrite (or its sentence rewritten), the solution sentence moved
 * before the first flagged sentence when flagged sentences bury it, an opener for each missing
 * acknowledge/apologize step and a closer for a missing "anything else".
 *
 * - Hints are left alone (softer wording whose rewrites only read well when the agent picks them in
 *   context), except one that opens a sentence right before a flagged phrase: it goes with it.
 * - Flagged words that hold a fact (a number, a name) stay: a drop-in rewrite would lose the fact.
 * - A finding with no rewrite removes its sentence when that holds no fact, else only its words.
 * - A greeting line stays on top and sign-off lines at the bottom (see draftBody).
 * - A solution sentence that points back (the pack's `backReferences`: it, them…) is not moved.
 *
 * Pure: the language's sentence transforms and a re-analysis come in as functions.
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
  const planned = sentences.map((s, i) => sentenceEdits(text, s, findingsOf[i]!, leads[i], analysis.language, options.rewriteSentence, options.reanalyse));
  const dropped = new Set(planned.flatMap((p, i) => (p === 'drop' ? [i] : [])));
  const edits = planned.map((p) => (p === 'drop' ? [] : p));
  const evidence = STEP_IDS.flatMap((id) => analysis.steps[id].evidence ?? []);
  const { first, last } = draftBody(text, sentences, (i) => findingsOf[i]!.length > 0 || evidence.some((e) => e.start < sentences[i]!.end && sentences[i]!.start < e.end));

  // The solution sentence moves before the first flagged sentence (that stays) ahead of it.
  const solution = analysis.steps.solution.evidence;
  const solIdx = solution === undefined ? -1 : sentences.findIndex((s) => solution.start >= s.start && solution.start < s.end);
  const buriedBehind = solIdx > first && solIdx <= last && !dropped.has(solIdx) ? findingsOf.findIndex((f, i) => i >= first && i < solIdx && f.length > 0 && !dropped.has(i)) : -1;
  // "We can refund once it arrives" moved first would say "it" before the draft says what it is.
  const refersBack = solIdx >= 0 && usesWord(text.slice(sentences[solIdx]!.start, sentences[solIdx]!.end), compose.backReferences ?? []);
  const moves = buriedBehind >= 0 && !refersBack;
  const removed = new Set([...dropped, ...(moves ? [solIdx] : [])]);
  const remove = (i: number): DraftChangePart => removal(text, sentences, i, removed);

  const changes: DraftChange[] = [];
  if (moves) {
    const s = sentences[solIdx]!;
    const words = capitalise(applyEdits(text, s.start, s.wordsEnd, edits[solIdx]!));
    const moved = words + (endMark(text, s) ?? stop) + separator;
    const at = sentences[buriedBehind]!.start;
    changes.push({ kind: 'solution-first', reason: 'solution', parts: [{ start: at, end: at, text: moved }, remove(solIdx)] });
  }
  edits.forEach((list, i) => {
    if (moves && i === solIdx) return; // folded into the moved sentence
    if (dropped.has(i)) changes.push({ kind: 'rewrite', reason: findingsOf[i]!.find((f) => f.suggestions.length === 0)!.rule, parts: [remove(i)] });
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
  // The closer goes after the body's last sentence, also when a change removes or moves that sentence:
  // after its removal, so the closer still ends the reply when the agent declines that change.
  const end = sentences[last]!;
  const closeAt = end.end;
  const ended = removed.has(last) || text.slice(end.wordsEnd, end.end) !== '';
  const lead = closeAt === 0 || text[closeAt - 1] === '\n' ? '' : (ended ? '' : stop) + separator;
  for (const step of STEP_IDS) {
    if (steps[step].done) continue;
    const v = pickVariant(compose.closers ?? [], step, formality, options.previous?.closer === undefined ? [] : [options.previous.closer]);
    if (v === undefined || used.closer !== undefined) continue;
    used.closer = v.text;
    changes.push({ kind: 'closer', reason: step, parts: [{ start: closeAt, end: closeAt, text: lead + v.text + (lead === '' ? separator : '') }] });
  }
  return done(changes);
}

/**
 * Removing sentence `i`: from the end of the sentence before it, so the space or line break before it
 * goes too and what follows keeps its own. A sentence with only removed sentences before it takes the
 * space after it instead, up to the next sentence: removals of neighbours then meet but never overlap.
 */
function removal(text: string, sentences: readonly SentenceExtent[], i: number, removed: ReadonlySet<number>): DraftChangePart {
  const s = sentences[i]!;
  let leading = true;
  for (let j = 0; j < i && leading; j++) leading = removed.has(j);
  if (!leading) return { start: sentences[i - 1]!.end, end: s.end, text: '' };
  const next = sentences[i + 1];
  if (next === undefined || next.line === s.line) return { start: s.start, end: next?.start ?? s.end, text: '' };
  // The next sentence is on a later line: only this sentence's own line break goes, blank lines stay.
  const lineEnd = text.indexOf('\n', s.end);
  return { start: s.start, end: lineEnd + 1, text: '' };
}
