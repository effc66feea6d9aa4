import { ownPhrasePacks } from '../../packs/own-phrases';
import type { OwnPhrase, Settings } from '../../store/settings';

/** The options page's edits of the settings, as pure functions of the settings they change. */

export const setPackEnabled = (s: Settings, id: string, on: boolean): Settings => ({
  ...s,
  disabledPacks: on ? s.disabledPacks.filter((p) => p !== id) : [...new Set([...s.disabledPacks, id])],
});

export const setRuleIgnored = (s: Settings, id: string, ignored: boolean): Settings => ({
  ...s,
  ignoredRules: ignored ? [...new Set([...s.ignoredRules, id])] : s.ignoredRules.filter((r) => r !== id),
});

export const enableSite = (s: Settings, host: string): Settings => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) });

/** An entry as stored: phrase and suggestion trimmed, no empty suggestion. */
export function cleanPhrase(p: OwnPhrase): OwnPhrase {
  const suggestion = p.suggestion?.trim() ?? '';
  return suggestion === '' ? { phrase: p.phrase.trim(), language: p.language } : { phrase: p.phrase.trim(), language: p.language, suggestion };
}

export const samePhrase = (a: OwnPhrase, b: OwnPhrase): boolean => a.phrase === b.phrase && a.language === b.language && (a.suggestion ?? '') === (b.suggestion ?? '');

export const addOwnPhrase = (s: Settings, p: OwnPhrase): Settings => ({ ...s, ownPhrases: [...s.ownPhrases, cleanPhrase(p)] });

/**
 * Replaces or removes the entry at `index`, but only while it still is `was`: another tab may have
 * changed the list since this page drew it, and then the edit must not land on a different entry.
 */
export function replaceOwnPhrase(s: Settings, index: number, was: OwnPhrase, next: OwnPhrase | null): Settings {
  const current = s.ownPhrases[index];
  if (current === undefined || !samePhrase(current, was)) return s;
  const ownPhrases = [...s.ownPhrases];
  if (next === null) ownPhrases.splice(index, 1);
  else ownPhrases[index] = cleanPhrase(next);
  return { ...s, ownPhrases };
}

/**
 * Why an entry cannot be used (empty when it can), from the same validation the background runs.
 * ownPhrasePacks prefixes each problem with the quoted phrase, which is redundant beside the entry.
 */
export function phraseProblems(p: OwnPhrase): string[] {
  const clean = cleanPhrase(p);
  const prefix = `"${clean.phrase}": `;
  return ownPhrasePacks([clean]).problems.map((problem) => {
    let text = problem;
    while (text.startsWith(prefix)) text = text.slice(prefix.length);
    return text;
  });
}

/** The entry an own-phrase rule id (`own.<language>.<n>`, see ownPhrasePacks) stands for, if any. */
export function ownPhraseOfRule(s: Settings, ruleId: string): OwnPhrase | undefined {
  const m = /^own\.(.+)\.(\d+)$/.exec(ruleId);
  if (m === null) return undefined;
  const entry = s.ownPhrases[Number(m[2]) - 1];
  return entry?.language === m[1] ? entry : undefined;
}
