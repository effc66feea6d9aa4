import type { SentenceRewriter } from '../engine/draft-rewrite';
import type { PatternNode } from '../engine/pattern';
import { englishContractions, expandForms } from './english';
import { rewriteEnglishSentence } from './english-rewrite';

/** What a language brings to compiling its packs, beyond the pack data itself. */
export interface LanguageTools {
  /** Rewrites a parsed pattern (word forms). */
  rewrite?: (seq: readonly PatternNode[]) => PatternNode[];
  /** Contracted words and what they stand for, when the pack gives none of its own. */
  contractions?: () => Record<string, string>;
  /** Recasts a flagged sentence for whole-draft rewrites where a word swap reads badly (see rewriteDraft). */
  rewriteSentence?: SentenceRewriter;
}

export const LANGUAGE_TOOLS: Readonly<Record<string, LanguageTools>> = {
  en: { rewrite: expandForms, contractions: englishContractions, rewriteSentence: rewriteEnglishSentence },
};
