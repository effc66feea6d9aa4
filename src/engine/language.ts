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

  const { byScript, langs, wordMask } = layout(profiles);
  const total = new Float64Array(langs.length);
  const scriptCount = new Map<Script, number>();
  const perSentence: Float64Array[] = [];
  let lastScript: Script | undefined;
  let lastCount = 0;
  for (const s of sentences) {
    const score = new Float64Array(langs.length);
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t]!;
      if (tok.script !== lastScript) {
        if (lastScript !== undefined) scriptCount.set(lastScript, (scriptCount.get(lastScript) ?? 0) + lastCount);
        lastScript = tok.script;
        lastCount = 0;
      }
      lastCount++;
      const entry = byScript.get(tok.script);
      if (entry === undefined) continue;
      const { candidates, index } = entry;
      // One lookup says which languages list the word among their frequent words.
      const mask = wordMask.get(tok.text) ?? 0;
      for (let c = 0; c < candidates.length; c++) {
        const i = index[c]!;
        // A script only one pack language uses is a clue by itself.
        let points = candidates.length === 1 ? 1 : 0;
        if ((mask & (1 << i)) !== 0) points += 1;
        if (tok.accented && candidates[c]!.letters.size > 0 && hasLetter(text, tok, candidates[c]!.letters)) points += 1;
        score[i]! += points;
      }
    }
    for (let i = 0; i < langs.length; i++) total[i]! += score[i]!;
    perSentence.push(score);
  }
  if (lastScript !== undefined) scriptCount.set(lastScript, (scriptCount.get(lastScript) ?? 0) + lastCount);

  let draft = argmax(total, langs);
  if (draft === undefined) {
    // No clue at all: the fallback language of the most used script (or its first), if any.
    const [script] = [...scriptCount.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const candidates = script !== undefined ? byScript.get(script)?.candidates : undefined;
    draft = (candidates?.find((p) => p.fallback) ?? candidates?.[0])?.language ?? profiles[0]!.language;
  }
  const fallback = draft;
  return { draft, sentences: perSentence.map((score) => argmax(score, langs, fallback) ?? fallback) };
}

interface Layout {
  /** Per script, the profiles that use it and each one's index into `langs`. */
  byScript: Map<Script, { candidates: LanguageProfile[]; index: number[] }>;
  langs: string[];
  /** Folded word → bit i set when `langs[i]` lists it among its frequent words. */
  wordMask: Map<string, number>;
}

const layouts = new WeakMap<readonly LanguageProfile[], Layout>();

/** How the profiles group by script: computed once per set of packs, not per keystroke. */
function layout(profiles: readonly LanguageProfile[]): Layout {
  let l = layouts.get(profiles);
  if (l === undefined) {
    const langs = [...new Set(profiles.map((p) => p.language))];
    const byScript = new Map<Script, { candidates: LanguageProfile[]; index: number[] }>();
    for (const p of profiles) {
      if (p.script === undefined) continue;
      const entry = byScript.get(p.script) ?? { candidates: [], index: [] };
      entry.candidates.push(p);
      entry.index.push(langs.indexOf(p.language));
      byScript.set(p.script, entry);
    }
    const wordMask = new Map<string, number>();
    for (const p of profiles) {
      const bit = 1 << langs.indexOf(p.language);
      for (const w of p.words) wordMask.set(w, (wordMask.get(w) ?? 0) | bit);
    }
    l = { byScript, langs, wordMask };
    layouts.set(profiles, l);
  }
  return l;
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
