/** The contract types of the engine: what goes in, what comes out. Plain data only. */

export const CATEGORIES = [
  'dismissive',
  'blame',
  'policy-wall',
  'helpless',
  'hollow-apology',
  'condescending',
  'rushing',
  'ultimatum',
  'negative-wording',
] as const;
export type BuiltInCategory = (typeof CATEGORIES)[number];
/** A built-in category, or a pack's own `custom:<name>`. */
export type Category = BuiltInCategory | `custom:${string}`;

export const SEVERITIES = ['error', 'warning', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SUGGESTION_KINDS = ['empathy', 'apology', 'solution', 'neutral'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const STEP_IDS = [
  'acknowledge',
  'apologize',
  'clarify',
  'ownership',
  'solution',
  'timeline',
  'anything_else',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
}

export interface Finding {
  /** Rule id, e.g. `en.calm-down`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text: `text.slice(start, end)` is the flagged words. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** Best first; capitalised when the flagged words start a sentence. */
  suggestions: Suggestion[];
  /** Language of the pack the rule comes from. */
  language: string;
}

export interface StepResult {
  done: boolean;
  /** The words that satisfied the step, when done. */
  evidence?: { start: number; end: number; text: string };
}

export type Steps = Record<StepId, StepResult>;

export interface Analysis {
  /** The draft's main language (among the loaded packs' languages), or `und` when none fits. */
  language: string;
  findings: Finding[];
  steps: Steps;
}
