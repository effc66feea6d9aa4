import { analyse } from '../src/engine/analyse';
import type { CompiledPacks } from '../src/engine/compiled';
import { lostFacts } from '../src/engine/draft-facts';
import type { DraftRewrite, StepId } from '../src/engine/types';
import type { Pack } from '../src/packs/pack';
import { proposeRewrite } from '../src/packs/propose-rewrite';
import { readCorpus } from './corpus-quality';

const STEPS: readonly StepId[] = ['acknowledge', 'apologize', 'solution', 'anything_else'];

/** Why a whole-draft rewrite is not clean: findings it left, facts it lost. Empty when clean. */
export function rewriteProblems(original: string, rewrite: DraftRewrite | null, packs: CompiledPacks): string[] {
  const text = rewrite?.text ?? original;
  const left = analyse(text, packs).findings.filter((f) => f.severity !== 'hint').map((f) => `left ${f.rule}: "${f.text}"`);
  return [...left, ...lostFacts(original, text).map((f) => `lost "${f}"`)];
}

export interface RewriteQuality {
  language: string;
  /** Drafts with something to fix (an error or warning): the ones a rewrite is for. */
  drafts: number;
  clean: number;
  share: number;
  /** Rewrites that also do acknowledge, apologize and anything_else (and solution, when the draft had one). */
  complete: number;
  completeShare: number;
  failures: Array<{ id: string; problems: string[]; text: string; rewritten: string }>;
}

/**
 * The share of a corpus's flagged drafts whose whole-draft rewrite comes out clean: no error or warning
 * left and every number, name, link and address of the original kept word for word.
 */
export function measureRewrites(file: string, language: string, compiled: CompiledPacks, packs: readonly Pack[]): RewriteQuality {
  const q: RewriteQuality = { language, drafts: 0, clean: 0, share: 1, complete: 0, completeShare: 1, failures: [] };
  for (const r of readCorpus(file)) {
    const before = analyse(r.text, compiled);
    if (!before.findings.some((f) => f.severity !== 'hint')) continue;
    q.drafts++;
    const rewrite = proposeRewrite(r.text, compiled, packs);
    const problems = rewriteProblems(r.text, rewrite, compiled);
    if (problems.length === 0) q.clean++;
    const after = analyse(rewrite?.text ?? r.text, compiled).steps;
    const wanted = STEPS.filter((s) => s !== 'solution' || before.steps.solution.done);
    if (wanted.every((s) => after[s].done)) q.complete++;
    else q.failures.push({ id: r.id, problems, text: r.text, rewritten: rewrite?.text ?? r.text });
  }
  q.share = q.drafts === 0 ? 1 : q.clean / q.drafts;
  q.completeShare = q.drafts === 0 ? 1 : q.complete / q.drafts;
  return q;
}
