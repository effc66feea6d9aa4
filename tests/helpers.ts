import { analyse, type AnalyseOptions } from '../src/engine/analyse';
import type { CompiledPacks } from '../src/engine/compiled';
import { compilePacks } from '../src/packs/compile';
import { LANGUAGE_TOOLS } from '../src/packs/language-tools';
import type { Pack, PackRule } from '../src/packs/pack';

/** A rule with the fields a test does not care about filled in. */
export function rule(id: string, patterns: string[], extra: Partial<PackRule> = {}): PackRule {
  return {
    id,
    category: 'dismissive',
    severity: 'error',
    patterns,
    message: `${id} message`,
    suggestions: [{ kind: 'empathy', text: 'i understand' }],
    ...extra,
  };
}

export function pack(rules: PackRule[], extra: Partial<Pack> = {}): Pack {
  return { id: 'test', name: 'Test', version: '1.0.0', language: 'en', rules, ...extra };
}

export function compile(...packs: Pack[]): CompiledPacks {
  return compilePacks(packs, { tools: LANGUAGE_TOOLS });
}

/** The flagged words of every finding, as the user would see them. */
export function flagged(text: string, packs: CompiledPacks, options?: AnalyseOptions): string[] {
  return analyse(text, packs, options).findings.map((f) => text.slice(f.start, f.end));
}

/** Shorthand: which words does a single-rule pack flag in `text`? */
export function matches(patterns: string[], text: string, extra: Partial<PackRule> = {}, language = 'en'): string[] {
  return flagged(text, compile(pack([rule('r', patterns, extra)], { language })));
}
