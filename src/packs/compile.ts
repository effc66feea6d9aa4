import { Automaton } from '../engine/automaton';
import { Matcher } from '../engine/matcher';
import type { CompiledPacks, CompiledRule, LanguageGroup, LanguageProfile, Target } from '../engine/compiled';
import type { Script } from '../engine/normalize';
import { tokenize } from '../engine/tokenize';
import { parsePattern, PatternError, printPattern } from '../engine/pattern';
import { PackError, type PackProblem } from './errors';
import type { LanguageTools } from './language-tools';
import { mergePacks, type MergedPacks } from './merge';
import type { Pack, PackSource } from './pack';
import { validatePack } from './validate';

export interface CompileOptions {
  /** Word tools per language; packs prepared with `preparePack` need none. */
  tools?: Readonly<Record<string, LanguageTools>>;
}

/** The primary language subtag: an `en-GB` pack is an English pack. */
export const baseLanguage = (lang: string): string => lang.split('-')[0]!.toLowerCase();

/**
 * Compiles validated packs, in load order. Each language's rules are compiled on first use (the
 * language detector only needs the profiles); `eager` compiles every language now and throws
 * PackError on a bad pattern.
 */
export function compilePacks(packs: readonly Pack[], options: CompileOptions & { eager?: boolean } = {}): CompiledPacks {
  const merged = mergePacks(packs);
  const contractions = contractionTables(packs, options);
  const groups = new Map<string, LanguageGroup>();
  const group = (language: string): LanguageGroup | undefined => {
    let g = groups.get(language);
    if (g === undefined && languages.has(language)) {
      g = compileLanguage(language, merged, contractions.get(language) ?? new Map(), options);
      groups.set(language, g);
    }
    return g;
  };
  const languages = new Set([...merged.rules.map((r) => baseLanguage(r.pack.language)), ...merged.steps.map((s) => baseLanguage(s.pack.language))]);
  if (options.eager === true) {
    const problems: PackProblem[] = [];
    for (const l of languages) {
      try {
        group(l);
      } catch (e) {
        if (!(e instanceof PackError)) throw e;
        problems.push(...e.problems);
      }
    }
    if (problems.length > 0) throw new PackError(problems);
  }
  return { languages: languageProfiles(packs), group };
}

function compileLanguage(language: string, merged: MergedPacks, table: Map<string, string[]>, options: CompileOptions): LanguageGroup {
  const automaton = new Automaton();
  const targets: Target[] = [];
  const rules: CompiledRule[] = [];
  const problems: PackProblem[] = [];
  const rewrite = options.tools?.[language]?.rewrite;
  // Patterns are read through the same contraction table as drafts: `can't` means `can not`.
  const wordsOf = table.size === 0 ? undefined : (w: string): readonly string[] => table.get(w) ?? [w];

  const add = (pattern: string, pack: Pack, target: Target, path: string, rule?: string): void => {
    try {
      let seq = parsePattern(pattern);
      if (rewrite !== undefined) seq = rewrite(seq);
      automaton.add(seq, targets.push(target) - 1, wordsOf);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problems.push({ origin: pack.id, path, ...(rule !== undefined ? { rule } : {}), message: `${JSON.stringify(pattern)}: ${e.message}` });
    }
  };

  for (const { rule, pack } of merged.rules) {
    if (baseLanguage(pack.language) !== language) continue;
    const compiled: CompiledRule = {
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message,
      suggestions: rule.suggestions,
      language,
      pack: pack.id,
    };
    rules.push(compiled);
    rule.patterns.forEach((p, i) => add(p, pack, { kind: 'rule', rule: compiled }, `patterns[${i}]`, rule.id));
    (rule.exceptions ?? []).forEach((p, i) => add(p, pack, { kind: 'exception', rule: compiled }, `exceptions[${i}]`, rule.id));
  }
  for (const { step, def, pack } of merged.steps) {
    if (baseLanguage(pack.language) !== language) continue;
    def.patterns.forEach((p, i) => add(p, pack, { kind: 'step', step }, `steps.${step}.patterns[${i}]`));
  }
  if (problems.length > 0) throw new PackError(problems);
  return { matcher: new Matcher(automaton.freeze()), targets, rules, contractions: table };
}

/** Per language, the contraction table of its packs, or of its language tools when packs give none. */
function contractionTables(packs: readonly Pack[], options: CompileOptions): Map<string, Map<string, string[]>> {
  const tables = new Map<string, Map<string, string[]>>();
  const words = (s: string): string[] => tokenize(s).tokens.map((t) => t.text);
  for (const pack of packs) {
    const language = baseLanguage(pack.language);
    const entries = pack.contractions ?? options.tools?.[language]?.contractions?.();
    if (entries === undefined) continue;
    const table = tables.get(language) ?? new Map<string, string[]>();
    for (const [short, full] of Object.entries(entries)) {
      const [key] = words(short);
      if (key !== undefined) table.set(key, words(full));
    }
    tables.set(language, table);
  }
  return tables;
}

function languageProfiles(packs: readonly Pack[]): LanguageProfile[] {
  const profiles = new Map<string, LanguageProfile>();
  for (const pack of packs) {
    const language = baseLanguage(pack.language);
    let p = profiles.get(language);
    if (p === undefined) {
      p = { language, script: undefined, words: new Set(), letters: new Set(), fallback: false, questionClarifies: false };
      profiles.set(language, p);
    }
    if (pack.detect !== undefined) {
      p.script ??= pack.detect.script as Script;
      if (pack.detect.fallback === true) p.fallback = true;
      // Words split the way drafts do: a Chinese entry of two characters counts as both characters.
      for (const w of pack.detect.words) for (const tok of tokenize(w).tokens) p.words.add(tok.text);
      for (const ch of (pack.detect.letters ?? '').toLowerCase()) p.letters.add(ch);
    }
    if (pack.steps?.clarify?.question === true) p.questionClarifies = true;
  }
  return [...profiles.values()];
}

/**
 * Rewrites a pack's patterns with its language's tools and prints them back, and writes the
 * language's contraction table into it, so the page compiles it without the tools (compromise stays
 * out of the page; see docs/engine.md).
 */
export function preparePack(pack: Pack, tools: Readonly<Record<string, LanguageTools>>): Pack {
  const { rewrite, contractions } = tools[baseLanguage(pack.language)] ?? {};
  const withTable = pack.contractions === undefined && contractions !== undefined ? { ...pack, contractions: contractions() } : pack;
  if (rewrite === undefined) return withTable;
  const prep = (patterns: string[]): string[] => patterns.map((p) => printPattern(rewrite(parsePattern(p))));
  return {
    ...withTable,
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
    // Validation has already built every pattern into an automaton of its own, so a valid pack
    // compiles; compiling it once more here would only double the work.
    good.push(v.pack);
  }
  return { packs: compilePacks(good, options), loaded: good, problems };
}
