import { Automaton } from '../engine/automaton';
import type { CompiledPacks, CompiledRule, LanguageProfile, Target } from '../engine/compiled';
import { expandPattern } from '../engine/expand';
import type { Script } from '../engine/normalize';
import { tokenize } from '../engine/tokenize';
import { parsePattern, PatternError, printPattern } from '../engine/pattern';
import { PackError, type PackProblem } from './errors';
import type { PatternRewriter } from './language-tools';
import { mergePacks } from './merge';
import type { Pack, PackSource } from './pack';
import { validatePack } from './validate';

/** Prepared patterns may expand further than hand-written ones (contractions multiply). */
const MAX_PREPARED_EXPANSIONS = 4096;

export interface CompileOptions {
  /** Word-form tools per language; packs prepared with `preparePack` need none. */
  rewriters?: Readonly<Record<string, PatternRewriter>>;
}

/** The primary language subtag: an `en-GB` pack is an English pack. */
export const baseLanguage = (lang: string): string => lang.split('-')[0]!.toLowerCase();

/** Compiles validated packs, in load order, into one automaton. Throws PackError on a bad pattern. */
export function compilePacks(packs: readonly Pack[], options: CompileOptions = {}): CompiledPacks {
  const automaton = new Automaton();
  const targets: Target[] = [];
  const rules: CompiledRule[] = [];
  const problems: PackProblem[] = [];
  const merged = mergePacks(packs);

  const add = (pattern: string, pack: Pack, target: Target, path: string, rule?: string): void => {
    try {
      let seq = parsePattern(pattern);
      const rewrite = options.rewriters?.[baseLanguage(pack.language)];
      if (rewrite !== undefined) seq = rewrite(seq);
      const index = targets.push(target) - 1;
      for (const phrase of expandPattern(seq, MAX_PREPARED_EXPANSIONS)) automaton.add(phrase, index);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problems.push({ origin: pack.id, path, ...(rule !== undefined ? { rule } : {}), message: `${JSON.stringify(pattern)}: ${e.message}` });
    }
  };

  for (const { rule, pack } of merged.rules) {
    const index = rules.length;
    rules.push({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message,
      suggestions: rule.suggestions,
      language: baseLanguage(pack.language),
      pack: pack.id,
    });
    rule.patterns.forEach((p, i) => add(p, pack, { kind: 'rule', rule: index }, `patterns[${i}]`, rule.id));
    (rule.exceptions ?? []).forEach((p, i) => add(p, pack, { kind: 'exception', rule: index }, `exceptions[${i}]`, rule.id));
  }
  for (const { step, def, pack } of merged.steps) {
    def.patterns.forEach((p, i) => add(p, pack, { kind: 'step', step, language: baseLanguage(pack.language) }, `steps.${step}.patterns[${i}]`));
  }
  if (problems.length > 0) throw new PackError(problems);
  return { automaton, targets, rules, languages: languageProfiles(packs) };
}

function languageProfiles(packs: readonly Pack[]): LanguageProfile[] {
  const profiles = new Map<string, LanguageProfile>();
  for (const pack of packs) {
    const language = baseLanguage(pack.language);
    let p = profiles.get(language);
    if (p === undefined) {
      p = { language, script: undefined, words: new Set(), letters: new Set(), questionClarifies: false };
      profiles.set(language, p);
    }
    if (pack.detect !== undefined) {
      p.script ??= pack.detect.script as Script;
      // Words split the way drafts do: a Chinese entry of two characters counts as both characters.
      for (const w of pack.detect.words) for (const tok of tokenize(w).tokens) p.words.add(tok.text);
      for (const ch of (pack.detect.letters ?? '').toLowerCase()) p.letters.add(ch);
    }
    if (pack.steps?.clarify?.question === true) p.questionClarifies = true;
  }
  return [...profiles.values()];
}

/**
 * Rewrites a pack's patterns with its language's tools and prints them back, so the content script
 * can compile it without those tools (compromise stays out of the page; see docs/engine.md).
 */
export function preparePack(pack: Pack, rewriters: Readonly<Record<string, PatternRewriter>>): Pack {
  const rewrite = rewriters[baseLanguage(pack.language)];
  if (rewrite === undefined) return pack;
  const prep = (patterns: string[]): string[] => patterns.map((p) => printPattern(rewrite(parsePattern(p))));
  return {
    ...pack,
    rules: pack.rules.map((r) => ({ ...r, patterns: prep(r.patterns), ...(r.exceptions ? { exceptions: prep(r.exceptions) } : {}) })),
    ...(pack.steps
      ? { steps: Object.fromEntries(Object.entries(pack.steps).map(([k, s]) => [k, { ...s, patterns: prep(s.patterns) }])) }
      : {}),
  };
}

export interface LoadResult {
  packs: CompiledPacks;
  /** The packs that loaded, in order. */
  loaded: Pack[];
  /** Problems of the packs that were left out; the others still load. */
  problems: PackProblem[];
}

/** Validates and compiles packs; a broken pack is left out with its problems, never the others. */
export function loadPacks(sources: readonly PackSource[], options: CompileOptions = {}): LoadResult {
  const problems: PackProblem[] = [];
  const good: Pack[] = [];
  for (const { pack, origin } of sources) {
    const v = validatePack(pack, origin);
    if (v.pack === undefined) {
      problems.push(...v.problems);
      continue;
    }
    try {
      compilePacks([v.pack], options); // a pack that compiles alone compiles with the others
      good.push(v.pack);
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, origin })));
    }
  }
  return { packs: compilePacks(good, options), loaded: good, problems };
}
