import { tokenize } from './tokenize';
import type { StepId } from './types';

/** Which address a sentence suits: `both` (the default) fits a formal and an informal draft. */
export type Formality = 'formal' | 'informal' | 'both';

/** A sentence a whole-draft rewrite may add to do a checklist step (`compose.openers`/`closers`). */
export interface ComposeVariant {
  step: StepId;
  text: string;
  formality?: Formality;
}

/**
 * A language's data for writing whole sentences (a pack's `compose` field, merged over the packs of
 * the language). Plain data: the engine reads it, a pack supplies it.
 */
export interface ComposeData {
  /** Sentences put before the draft for a step it lacks (acknowledge, apologize). */
  openers?: ComposeVariant[];
  /** Sentences put after the draft for a step it lacks (anything_else). */
  closers?: ComposeVariant[];
  /** Words (folded; `stem*` allowed) that show the draft addresses the customer informally: ты, tu, 你. */
  informal?: string[];
  /** Words that show formal address: вы, vy, jūs, 您. */
  formal?: string[];
  /**
   * Words (folded; `stem*` allowed) that point back to something said earlier: it, them; его, их; 它.
   * A solution sentence with one stays where it is rather than moving before what it refers to.
   */
  backReferences?: string[];
  /** What goes between two sentences: a space, or nothing (Chinese). Default `" "`. */
  separator?: string;
  /** What ends a statement that has no end mark of its own. Default `"."`. */
  fullStop?: string;
}

/**
 * Informal when the draft uses more informal than formal address words. A draft with neither clue is
 * formal: a support reply to a stranger defaults to the polite form.
 */
export function detectFormality(text: string, compose: ComposeData): 'formal' | 'informal' {
  const informal = wordTest(compose.informal ?? []);
  const formal = wordTest(compose.formal ?? []);
  let score = 0;
  for (const t of tokenize(text).tokens) {
    if (informal(t.text)) score++;
    else if (formal(t.text)) score--;
  }
  return score > 0 ? 'informal' : 'formal';
}

/** Whether a stretch of text uses one of the given words (folded; `stem*` allowed). */
export function usesWord(text: string, words: readonly string[]): boolean {
  const test = wordTest(words);
  return tokenize(text).tokens.some((t) => test(t.text));
}

function wordTest(words: readonly string[]): (w: string) => boolean {
  const whole = new Set<string>();
  const stems: string[] = [];
  for (const raw of words) {
    const folded = tokenize(raw.replace(/\*$/, '')).tokens.map((t) => t.text).join(' ');
    if (raw.endsWith('*')) stems.push(folded);
    else whole.add(folded);
  }
  return (w) => whole.has(w) || stems.some((s) => w.startsWith(s));
}

/**
 * The variant for a step that suits the draft's address and differs from the one used last time: the
 * one after it in pack order, so repeated rewrites walk through all of them. Undefined when the
 * language has none for the step.
 */
export function pickVariant(
  variants: readonly ComposeVariant[],
  step: StepId,
  formality: 'formal' | 'informal',
  previous: readonly string[],
): ComposeVariant | undefined {
  const ofStep = variants.filter((v) => v.step === step);
  const fitting = ofStep.filter((v) => (v.formality ?? 'both') === 'both' || v.formality === formality);
  const pool = fitting.length > 0 ? fitting : ofStep;
  if (pool.length === 0) return undefined;
  const last = pool.findIndex((v) => previous.includes(v.text));
  return pool[(last + 1) % pool.length];
}
