import type { StepId } from '../engine/types';
import type { Pack, PackRule, PackStep } from './pack';

export interface MergedRule {
  rule: PackRule;
  /** The pack the rule comes from (its latest definition). */
  pack: Pack;
}

export interface MergedPacks {
  rules: MergedRule[];
  steps: Array<{ step: StepId; def: PackStep; pack: Pack }>;
}

/**
 * Merges packs in load order: a rule with the id of an earlier rule replaces it, and a pack's
 * `disable` list switches off rules loaded before it. Steps add up.
 */
export function mergePacks(packs: readonly Pack[]): MergedPacks {
  const rules = new Map<string, MergedRule>();
  const steps: MergedPacks['steps'] = [];
  for (const pack of packs) {
    for (const id of pack.disable ?? []) rules.delete(id);
    for (const rule of pack.rules) {
      rules.delete(rule.id); // re-insert so the override sits where its pack loads
      rules.set(rule.id, { rule, pack });
    }
    for (const [step, def] of Object.entries(pack.steps ?? {}) as Array<[StepId, PackStep]>) steps.push({ step, def, pack });
  }
  return { rules: [...rules.values()], steps };
}
