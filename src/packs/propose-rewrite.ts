import { analyse } from '../engine/analyse';
import type { CompiledPacks } from '../engine/compiled';
import type { ComposeData } from '../engine/compose';
import { rewriteDraft } from '../engine/draft-rewrite';
import type { DraftRewrite, DraftRewriteUsed } from '../engine/types';
import { baseLanguage } from './compile';
import { LANGUAGE_TOOLS, type LanguageTools } from './language-tools';
import type { Pack } from './pack';

export interface ProposeOptions {
  /** `used` of the rewrite proposed last time for this draft: openers and closers then vary. */
  previous?: Partial<DraftRewriteUsed>;
  /** Sentence transforms per language; defaults to LANGUAGE_TOOLS (English uses compromise). */
  tools?: Readonly<Record<string, LanguageTools>>;
}

/**
 * "De-escalate this reply": analyses the draft, takes its language's compose data and sentence
 * transforms, and proposes a whole-draft rewrite. Null when the draft is empty, in no pack's
 * language, or already needs nothing. `compiled` is `compilePacks(packs)` of the same packs.
 */
export function proposeRewrite(text: string, compiled: CompiledPacks, packs: readonly Pack[], options: ProposeOptions = {}): DraftRewrite | null {
  if (text.trim() === '') return null;
  const analysis = analyse(text, compiled);
  if (analysis.language === 'und') return null;
  const rewriteSentence = (options.tools ?? LANGUAGE_TOOLS)[analysis.language]?.rewriteSentence;
  const rewrite = rewriteDraft(text, analysis, composeFor(packs, analysis.language), {
    ...(options.previous !== undefined ? { previous: options.previous } : {}),
    ...(rewriteSentence !== undefined ? { rewriteSentence } : {}),
    reanalyse: (t) => analyse(t, compiled),
  });
  return rewrite.changes.length === 0 ? null : rewrite;
}

/**
 * The compose data of one language over all its packs, in load order: openers, closers and address
 * words add up (a team pack adds its own variants), and the last pack that sets `separator` or
 * `fullStop` decides it.
 */
export function composeFor(packs: readonly Pack[], language: string): ComposeData {
  const out: Required<Pick<ComposeData, 'openers' | 'closers' | 'informal' | 'formal' | 'backReferences'>> & ComposeData = { openers: [], closers: [], informal: [], formal: [], backReferences: [] };
  for (const pack of packs) {
    const c = pack.compose;
    if (c === undefined || baseLanguage(pack.language) !== language) continue;
    out.openers.push(...(c.openers ?? []));
    out.closers.push(...(c.closers ?? []));
    out.informal.push(...(c.informal ?? []));
    out.formal.push(...(c.formal ?? []));
    out.backReferences.push(...(c.backReferences ?? []));
    if (c.separator !== undefined) out.separator = c.separator;
    if (c.fullStop !== undefined) out.fullStop = c.fullStop;
  }
  return out;
}
