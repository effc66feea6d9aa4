import type { CompiledPacks, CompiledRule } from './compiled';
import { assignLanguages } from './language';
import { tokenize, type Sentence, type Token } from './tokenize';
import { STEP_IDS, type Analysis, type Finding, type Severity, type StepId, type Steps, type Suggestion } from './types';

export interface AnalyseOptions {
  /** `auto` (default) detects per sentence among the packs' languages; a code forces it. */
  language?: string;
  /**
   * `resolve` (default) keeps one finding per stretch of words; `keep` returns every rule's finding,
   * overlapping or not (pack tests check each rule on its own).
   */
  overlaps?: 'resolve' | 'keep';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** A stretch of the draft a pattern matched, in offsets of the original text. */
interface Span {
  start: number;
  end: number;
}
interface Candidate extends Span {
  rule: CompiledRule;
  /** The sentence the match starts in. */
  sent: number;
}
interface StepHit extends Span {
  step: StepId;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Analyses a draft: pure, deterministic, no I/O. Offsets are UTF-16 indices into `text`. */
export function analyse(text: string, packs: CompiledPacks, options: AnalyseOptions = {}): Analysis {
  const { tokens, sentences } = tokenize(text);
  const langs = assignLanguages(text, tokens, sentences, packs.languages, options.language);

  const candidates: Candidate[] = [];
  const exceptions: Candidate[] = [];
  const stepHits: StepHit[] = [];
  // Each language's automaton runs over the sentences in that language only.
  for (const language of new Set(langs.sentences)) {
    const group = packs.group(language);
    if (group === undefined) continue;
    const own = expandContractions(tokens.filter((t) => langs.sentences[t.sent] === language), group.contractions);
    for (const hit of group.matcher.match(own)) {
      const span = { start: own[hit.first]!.start, end: own[hit.last]!.end };
      const target = group.targets[hit.target]!;
      if (target.kind === 'step') stepHits.push({ step: target.step, ...span });
      else (target.kind === 'rule' ? candidates : exceptions).push({ rule: target.rule, sent: own[hit.first]!.sent, ...span });
    }
  }

  const kept = resolve(candidates, exceptions, options.overlaps === 'keep', text.length);
  const findings = kept.map((c) => toFinding(text, c, sentences[c.sent]!));
  // Words inside an escalating phrase do not count as a step: "sorry, but…" is no apology and
  // "I understand, but rules are rules" no acknowledgement.
  const flagged = new Coverage(text.length);
  for (const c of kept) if (c.rule.severity !== 'hint') flagged.cover(c);
  const sincere = stepHits.filter((h) => !flagged.touches(h));
  return { language: langs.draft, findings, steps: detectSteps(text, sincere, sentences, langs.sentences, packs) };
}

/**
 * Reads contracted words as the words they stand for (`won't` → `will` `not`). Both words keep the
 * contraction's offsets, so a finding still covers what was typed.
 */
function expandContractions(tokens: Token[], table: ReadonlyMap<string, string[]>): Token[] {
  if (table.size === 0) return tokens;
  const out: Token[] = [];
  for (const tok of tokens) {
    const full = table.get(tok.text);
    if (full === undefined) out.push(tok);
    else for (const w of full) out.push({ ...tok, text: w });
  }
  return out;
}

/**
 * Drops findings an exception of the same rule overlaps, then keeps one finding per stretch of words:
 * the most severe, then the longest, then the earliest. Overlapping marks would be unreadable.
 */
function resolve(candidates: Candidate[], exceptions: Candidate[], keepOverlaps: boolean, textLength: number): Candidate[] {
  const byRule = new Map<CompiledRule, Candidate[]>();
  for (const e of exceptions) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  const kept = candidates.filter((c) => !(byRule.get(c.rule)?.some((e) => overlaps(c, e)) ?? false));
  if (keepOverlaps) return dedupe(kept).sort((a, b) => a.start - b.start || a.rule.id.localeCompare(b.rule.id));
  kept.sort(
    (a, b) =>
      SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      a.rule.id.localeCompare(b.rule.id),
  );
  const out: Candidate[] = [];
  const taken = new Coverage(textLength);
  for (const c of kept) {
    if (taken.touches(c)) continue;
    taken.cover(c);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Which characters of the draft are covered: overlap checks in time proportional to a span's length. */
class Coverage {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length);
  }
  cover(s: Span): void {
    this.bits.fill(1, s.start, s.end);
  }
  touches(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.bits[i] === 1) return true;
    return false;
  }
}

/** One finding per rule and start: the longest (a rule's patterns can hit the same words twice). */
function dedupe(cands: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const key = `${c.rule.id}:${c.start}`;
    const b = best.get(key);
    if (b === undefined || c.end > b.end) best.set(key, c);
  }
  return [...best.values()];
}

function toFinding(text: string, c: Candidate, sentence: Sentence): Finding {
  const { rule, start, end } = c;
  const flagged = text.slice(start, end);
  const capital = sentence.start === start && flagged[0] !== flagged[0]!.toLowerCase();
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    text: flagged,
    message: rule.message,
    suggestions: rule.suggestions.map((s): Suggestion => ({ kind: s.kind, text: capital ? capitalise(s.text) : s.text })),
    language: rule.language,
  };
}

function capitalise(s: string): string {
  const first = String.fromCodePoint(s.codePointAt(0) ?? 32);
  return s === '' ? s : first.toUpperCase() + s.slice(first.length);
}

function detectSteps(
  text: string,
  hits: readonly StepHit[],
  sentences: readonly Sentence[],
  sentenceLangs: readonly string[],
  packs: CompiledPacks,
): Steps {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { done: false }])) as Steps;
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const step = steps[hit.step];
    if (!step.done) {
      step.done = true;
      step.evidence = span(hit.start, hit.end);
    }
  }
  if (!steps.clarify.done) {
    const questionLangs = new Set(packs.languages.filter((l) => l.questionClarifies).map((l) => l.language));
    const anythingElse = steps.anything_else.evidence?.start;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (!s.question || !questionLangs.has(sentenceLangs[i]!)) continue;
      if (anythingElse !== undefined && anythingElse >= s.start && anythingElse < s.end) continue;
      steps.clarify = { done: true, evidence: span(s.start, s.end) };
      break;
    }
  }
  return steps;
}
