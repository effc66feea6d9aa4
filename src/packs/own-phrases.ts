import type { Pack, PackRule } from './pack';
import { validatePack } from './validate';

/** A phrase the agent wants flagged in their own replies (their own small pack). */
export interface OwnPhrase {
  /** A pattern in the pack pattern language, e.g. `ticket (is | was) closed`. */
  phrase: string;
  /** The language the phrase is written in (`en`, `ru`, …). */
  language: string;
  /** What to write instead (optional). */
  suggestion?: string;
}

/**
 * The agent's own phrases as packs, one per language (`own-en`, …), loaded after every other pack.
 * A phrase that does not validate is left out, never the others; `problems` says which and why.
 */
export function ownPhrasePacks(phrases: readonly OwnPhrase[]): { packs: Pack[]; problems: string[] } {
  const byLanguage = new Map<string, PackRule[]>();
  const problems: string[] = [];
  phrases.forEach((p, i) => {
    const rule: PackRule = {
      id: `own.${p.language}.${i + 1}`,
      category: 'custom:own',
      severity: 'warning',
      patterns: [p.phrase],
      message: 'One of your own phrases to avoid.',
      suggestions: p.suggestion !== undefined && p.suggestion.trim() !== '' ? [{ kind: 'neutral', text: p.suggestion.trim() }] : [],
    };
    const check = validatePack(packOf(p.language, [rule]), 'your phrases');
    if (check.problems.length > 0) problems.push(`"${p.phrase}": ${check.problems.map((x) => x.message).join('; ')}`);
    else byLanguage.set(p.language, [...(byLanguage.get(p.language) ?? []), rule]);
  });
  return { packs: [...byLanguage].map(([language, rules]) => packOf(language, rules)), problems };
}

const packOf = (language: string, rules: PackRule[]): Pack => ({ id: `own-${language}`, name: 'Your phrases', version: '1.0.0', language, rules });

/**
 * An own-phrase pack as a file to share: ids of its own (`my-phrases-en`, `my-phrases.en.1`), since
 * `own-…` ids belong to whoever imports it, whose own phrases would otherwise replace its rules.
 */
export function shareableOwnPack(pack: Pack): Pack {
  return { ...pack, id: pack.id.replace(/^own-/, 'my-phrases-'), name: 'My phrases', rules: pack.rules.map((r) => ({ ...r, id: r.id.replace(/^own\./, 'my-phrases.') })) };
}
