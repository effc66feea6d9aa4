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

/** What a change of a whole-draft rewrite does. */
export const DRAFT_CHANGE_KINDS = ['rewrite', 'sentence', 'solution-first', 'opener', 'closer'] as const;
export type DraftChangeKind = (typeof DRAFT_CHANGE_KINDS)[number];

/** Replace `original.slice(start, end)` by `text` (an insertion when `start === end`). */
export interface DraftChangePart {
  start: number;
  end: number;
  text: string;
}

/**
 * One change a whole-draft rewrite proposes; the agent accepts or declines each on its own. Parts of
 * different changes never overlap, so any subset applies cleanly; insertions at the same offset go in
 * the order of the changes.
 */
export interface DraftChange {
  kind: DraftChangeKind;
  /** The rule id (`rewrite`, `sentence`), the step id (`opener`, `closer`) or `solution` (`solution-first`). */
  reason: string;
  /** Offsets into `DraftRewrite.original`. A move is two parts: the removal and the insertion. */
  parts: DraftChangePart[];
}

/** The opener and closer sentences a whole-draft rewrite put in, so the next one can pick others. */
export interface DraftRewriteUsed {
  /** The opener sentences, in the order they open the draft (acknowledge before apologize). */
  openers: string[];
  closer?: string;
}

/** A proposed rewrite of the whole draft (`rewriteDraft`). */
export interface DraftRewrite {
  language: string;
  original: string;
  changes: DraftChange[];
  /** `original` with every change applied. */
  text: string;
  /** Which openers and closer it used: pass it back as `previous` so the next rewrite varies them. */
  used: DraftRewriteUsed;
  /** The address the draft uses (вы/ты, vy/ty, jūs/tu, 您/你); openers and closers match it. */
  formality: 'formal' | 'informal';
}
