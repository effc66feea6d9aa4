import type { CompiledRule, LanguageGroup, Target } from './compiled';
import { Matcher, type FrozenAutomaton } from './matcher';
import type { StepId } from './types';

/**
 * A compiled language group as plain JSON-safe data: compiled once where time does not matter (the
 * background), sent to pages, and turned back into a matcher in a few milliseconds.
 */
export interface FrozenGroup {
  automaton: FrozenAutomaton;
  rules: CompiledRule[];
  /** Targets with rules referred to by their index in `rules`. */
  targets: Array<{ kind: 'rule' | 'exception'; rule: number } | { kind: 'step'; step: StepId }>;
  contractions: Array<[string, string[]]>;
}

export function freezeGroup(group: LanguageGroup): FrozenGroup {
  const index = new Map(group.rules.map((r, i) => [r, i]));
  return {
    automaton: group.matcher.frozen,
    rules: group.rules,
    targets: group.targets.map((t) => (t.kind === 'step' ? t : { kind: t.kind, rule: index.get(t.rule)! })),
    contractions: [...group.contractions],
  };
}

export function thawGroup(frozen: FrozenGroup): LanguageGroup {
  const targets = frozen.targets.map((t): Target => (t.kind === 'step' ? t : { kind: t.kind, rule: frozen.rules[t.rule]! }));
  return { matcher: new Matcher(frozen.automaton), targets, rules: frozen.rules, contractions: new Map(frozen.contractions) };
}
