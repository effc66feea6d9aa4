import { analyse } from '../engine/analyse';
import type { CompiledPacks } from '../engine/compiled';
import { baseLanguage } from './compile';
import type { Pack } from './pack';

export interface ExampleFailure {
  rule: string;
  kind: 'flag' | 'ok';
  text: string;
}

/**
 * Runs every rule's examples against the pack compiled on its own: each `flag` example must be
 * flagged by that rule and each `ok` example must not be. Overlaps are kept, so a neighbouring rule
 * neither hides nor stands in for a rule's own finding.
 */
export function runExamples(pack: Pack, compiled: CompiledPacks): { examples: number; failures: ExampleFailure[] } {
  let examples = 0;
  const failures: ExampleFailure[] = [];
  const language = baseLanguage(pack.language);
  for (const rule of pack.rules) {
    const flags = (text: string): boolean => analyse(text, compiled, { language, overlaps: 'keep' }).findings.some((f) => f.rule === rule.id);
    for (const kind of ['flag', 'ok'] as const) {
      for (const text of rule.examples?.[kind] ?? []) {
        examples++;
        if (flags(text) !== (kind === 'flag')) failures.push({ rule: rule.id, kind, text });
      }
    }
  }
  return { examples, failures };
}
