import type { PatternNode } from '../engine/pattern';
import { expandEnglish } from './english';

/** Compile-time pattern rewriting per pack language (word forms, contractions). */
export type PatternRewriter = (seq: readonly PatternNode[]) => PatternNode[];

export const LANGUAGE_TOOLS: Readonly<Record<string, PatternRewriter>> = { en: expandEnglish };
