import type { LanguageProfile } from './compiled';
import type { Script } from './normalize';
import type { Sentence, Token } from './tokenize';

export interface LanguageAssignment {
  /** The draft's main language, or `und`. */
  draft: string;
  /** The language of each sentence (short sentences with no clue take the draft's). */
  sentences: string[];
}

/**
 * Picks, per sentence, the pack language whose script and frequent words the sentence uses most.
 * Detection only chooses among the languages packs exist for, so a small word list per pack beats a
 * general detector: franc-min has no Latvian and tinyld is 250 KB gzipped (see docs/engine.md).
 */
export function assignLanguages(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  profiles: readonly LanguageProfile[],
  override?: string,
): LanguageAssignment {
  if (override !== undefined && override !== 'auto') {
    return { draft: override, sentences: sentences.map(() => override) };
  }
  if (profiles.length === 0) return { draft: 'und', sentences: sentences.map(() => 'und') };

  const byScript = new Map<Script, LanguageProfile[]>();
  for (const p of profiles) if (p.script !== undefined) byScript.set(p.script, [...(byScript.get(p.script) ?? []), p]);
  const langs = [...new Set(profiles.map((p) => p.language))];
  const index = new Map(langs.map((l, i) => [l, i]));

  const total = new Float64Array(langs.length);
  const scriptCount = new Map<Script, number>();
  const perSentence: Float64Array[] = [];
  for (const s of sentences) {
    const score = new Float64Array(langs.length);
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t]!;
      scriptCount.set(tok.script, (scriptCount.get(tok.script) ?? 0) + 1);
      const candidates = byScript.get(tok.script);
      if (candidates === undefined) continue;
      for (const p of candidates) {
        let points = 0;
        // A script only one pack language uses is a clue by itself.
        if (candidates.length === 1) points += 1;
        if (p.words.has(tok.text)) points += 1;
        if (tok.accented && p.letters.size > 0 && hasLetter(text, tok, p.letters)) points += 1;
        score[index.get(p.language)!]! += points;
      }
    }
    for (let i = 0; i < langs.length; i++) total[i]! += score[i]!;
    perSentence.push(score);
  }

  let draft = argmax(total, langs);
  if (draft === undefined) {
    // No clue at all: the first pack language of the most used script, if any.
    const [script] = [...scriptCount.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    draft = (script !== undefined ? byScript.get(script)?.[0]?.language : undefined) ?? profiles[0]!.language;
  }
  const fallback = draft;
  return { draft, sentences: perSentence.map((score) => argmax(score, langs, fallback) ?? fallback) };
}

function hasLetter(text: string, tok: Token, letters: Set<string>): boolean {
  for (const ch of text.slice(tok.start, tok.end).toLowerCase()) if (letters.has(ch)) return true;
  return false;
}

/** The best-scoring language; on a tie the preferred one wins if it is among the best. */
function argmax(score: Float64Array, langs: readonly string[], prefer?: string): string | undefined {
  let best = 0;
  for (const v of score) best = Math.max(best, v);
  if (best === 0) return undefined;
  const top = langs.filter((_, i) => score[i] === best);
  return prefer !== undefined && top.includes(prefer) ? prefer : top[0];
}
