import { analyse } from '../../engine/analyse';
import type { CompiledPacks } from '../../engine/compiled';
import type { Analysis } from '../../engine/types';
import { baseLanguage, compilePacks } from '../../packs/compile';
import { PackError } from '../../packs/errors';
import { runExamples, type ExampleFailure } from '../../packs/examples';
import { LANGUAGE_TOOLS } from '../../packs/language-tools';
import type { Pack } from '../../packs/pack';

/**
 * The editor's test bench: the pack compiled on its own, with its language's word tools, exactly as
 * `tactful pack test` compiles it, so the preview and the examples show what this pack alone does.
 */
export interface PackLab {
  pack: Pack;
  compiled: CompiledPacks;
  /** Per rule, in pack order: its examples that fail (none: the rule passes). */
  tests: Array<{ rule: string; examples: number; failures: ExampleFailure[] }>;
}

/** Compiles a valid pack and runs its examples; a compile problem comes back as the error's problems. */
export function buildLab(pack: Pack): { lab?: PackLab; error?: PackError } {
  try {
    const compiled = compilePacks([pack], { tools: LANGUAGE_TOOLS, eager: true });
    const { failures } = runExamples(pack, compiled);
    const tests = pack.rules.map((r) => ({
      rule: r.id,
      examples: (r.examples?.flag?.length ?? 0) + (r.examples?.ok?.length ?? 0),
      failures: failures.filter((f) => f.rule === r.id),
    }));
    return { lab: { pack, compiled, tests } };
  } catch (e) {
    if (e instanceof PackError) return { error: e };
    throw e;
  }
}

/** The sample draft read in the pack's language (detection needs other packs to choose between). */
export const previewDraft = (lab: PackLab, draft: string): Analysis => analyse(draft, lab.compiled, { language: baseLanguage(lab.pack.language) });
