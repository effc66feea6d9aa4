import type { PatternNode } from '../engine/pattern';
import { englishContractions, expandForms } from './english';

/** What a language brings to compiling its packs, beyond the pack data itself. */
export interface LanguageTools {
  /** Rewrites a parsed pattern (word forms). */
  rewrite?: (seq: readonly PatternNode[]) => PatternNode[];
  /** Contracted words and what they stand for, when the pack gives none of its own. */
  contractions?: () => Record<string, string>;
}

export const LANGUAGE_TOOLS: Readonly<Record<string, LanguageTools>> = {
  en: { rewrite: expandForms, contractions: englishContractions },
};
