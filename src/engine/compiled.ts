import type { Matcher } from './matcher';
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

/** What a pattern in a language's automaton stands for. */
export type Target = { kind: 'rule'; rule: CompiledRule } | { kind: 'exception'; rule: CompiledRule } | { kind: 'step'; step: StepId };

/** Everything one language's packs say, compiled: matched only against sentences in that language. */
export interface LanguageGroup {
  matcher: Matcher;
  targets: Target[];
  rules: CompiledRule[];
  /** A folded contracted word → the words it stands for. */
  contractions: Map<string, string[]>;
}

/** How to recognise a pack language (from the pack's `detect` data). */
export interface LanguageProfile {
  language: string;
  /** Undefined when the pack gave no `detect` data: the language is then only a fallback. */
  script: Script | undefined;
  /** Folded frequent words. */
  words: Set<string>;
  /** Letters (original, lower case) that other languages of the script do not use. */
  letters: Set<string>;
  /** Assumed for a draft of this script that gives no other clue. */
  fallback: boolean;
  /** A question sentence counts as the `clarify` step in this language. */
  questionClarifies: boolean;
}

export interface CompiledPacks {
  languages: LanguageProfile[];
  /**
   * The compiled rules and steps of one language, built on first use: a page compiles only the
   * languages its drafts are written in.
   */
  group(language: string): LanguageGroup | undefined;
}
