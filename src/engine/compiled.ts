import type { Automaton } from './automaton';
import type { Script } from './normalize';
import type { Category, Severity, StepId, Suggestion } from './types';

/** A rule as the analyser needs it, after packs are validated, merged and compiled. */
export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestions: Suggestion[];
  language: string;
  pack: string;
}

/** What a phrase in the automaton stands for. */
export type Target =
  | { kind: 'rule'; rule: number }
  | { kind: 'exception'; rule: number }
  | { kind: 'step'; step: StepId; language: string };

/** How to recognise a pack language (from the pack's `detect` data). */
export interface LanguageProfile {
  language: string;
  /** Undefined when the pack gave no `detect` data: the language is then only a fallback. */
  script: Script | undefined;
  /** Folded frequent words. */
  words: Set<string>;
  /** Letters (original, lower case) that other languages of the script do not use. */
  letters: Set<string>;
  /** A question sentence counts as the `clarify` step in this language. */
  questionClarifies: boolean;
}

export interface CompiledPacks {
  automaton: Automaton;
  targets: Target[];
  rules: CompiledRule[];
  languages: LanguageProfile[];
}
