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

interface Candidate {
  rule: number;
  first: number;
  last: number;
}

/** Analyses a draft: pure, deterministic, no I/O. Offsets are UTF-16 indices into `text`. */
export function analyse(text: string, packs: CompiledPacks, options: AnalyseOptions = {}): Analysis {
  const { tokens, sentences } = tokenize(text);
  const langs = assignLanguages(text, tokens, sentences, packs.languages, options.language);
  const hits = packs.automaton.match(tokens);

  const candidates: Candidate[] = [];
  const exceptions: Candidate[] = [];
  const stepHits: Array<{ step: StepId; first: number; last: number }> = [];
  for (const hit of hits) {
    const target = packs.targets[hit.target]!;
    const lang = langs.sentences[tokens[hit.first]!.sent];
    if (target.kind === 'step') {
      if (target.language === lang) stepHits.push({ step: target.step, first: hit.first, last: hit.last });
    } else if (packs.rules[target.rule]!.language === lang) {
      (target.kind === 'rule' ? candidates : exceptions).push({ rule: target.rule, first: hit.first, last: hit.last });
    }
  }

  const kept = resolve(candidates, exceptions, packs.rules, tokens.length, options.overlaps === 'keep');
  const findings = kept.map((c) => toFinding(text, c, packs.rules[c.rule]!, tokens, sentences));
  // Words inside an escalating phrase do not count as a step: "sorry, but…" is no apology and
  // "I understand, but rules are rules" no acknowledgement.
  const flagged = kept.filter((c) => packs.rules[c.rule]!.severity !== 'hint');
  const sincere = stepHits.filter((h) => !flagged.some((c) => c.first <= h.last && h.first <= c.last));
  return { language: langs.draft, findings, steps: detectSteps(text, sincere, tokens, sentences, langs.sentences, packs) };
}

/**
 * Drops findings an exception of the same rule overlaps, then keeps one finding per stretch of words:
 * the most severe, then the longest, then the earliest. Overlapping marks would be unreadable.
 */
function resolve(
  candidates: Candidate[],
  exceptions: Candidate[],
  rules: readonly CompiledRule[],
  tokenCount: number,
  keepOverlaps: boolean,
): Candidate[] {
  const overlaps = (a: Candidate, b: Candidate): boolean => a.first <= b.last && b.first <= a.last;
  const kept = candidates.filter((c) => !exceptions.some((e) => e.rule === c.rule && overlaps(c, e)));
  if (keepOverlaps) return dedupe(kept).sort((a, b) => a.first - b.first || a.rule - b.rule);
  kept.sort(
    (a, b) =>
      SEVERITY_RANK[rules[a.rule]!.severity] - SEVERITY_RANK[rules[b.rule]!.severity] ||
      b.last - b.first - (a.last - a.first) ||
      a.first - b.first ||
      a.rule - b.rule,
  );
  const taken = new Uint8Array(tokenCount);
  const out: Candidate[] = [];
  for (const c of kept) {
    let free = true;
    for (let t = c.first; t <= c.last && free; t++) if (taken[t] === 1) free = false;
    if (!free) continue;
    taken.fill(1, c.first, c.last + 1);
    out.push(c);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** One finding per rule and start: the longest (a rule's patterns can hit the same words twice). */
function dedupe(cands: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const key = `${c.rule}:${c.first}`;
    const b = best.get(key);
    if (b === undefined || c.last > b.last) best.set(key, c);
  }
  return [...best.values()];
}

function toFinding(text: string, c: Candidate, rule: CompiledRule, tokens: readonly Token[], sentences: readonly Sentence[]): Finding {
  const first = tokens[c.first]!;
  const start = first.start;
  const end = tokens[c.last]!.end;
  const flagged = text.slice(start, end);
  const startsSentence = sentences[first.sent]!.firstToken === c.first;
  const capital = startsSentence && flagged[0] !== flagged[0]!.toLowerCase();
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
  hits: ReadonlyArray<{ step: StepId; first: number; last: number }>,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  sentenceLangs: readonly string[],
  packs: CompiledPacks,
): Steps {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, { done: false }])) as Steps;
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  for (const hit of [...hits].sort((a, b) => a.first - b.first)) {
    const step = steps[hit.step];
    if (!step.done) {
      step.done = true;
      step.evidence = span(tokens[hit.first]!.start, tokens[hit.last]!.end);
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
