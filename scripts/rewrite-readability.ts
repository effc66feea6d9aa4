/**
 * Mechanical readability checks on a whole-draft rewrite, each reported only when the draft itself did
 * not have it: a word (or, in Chinese, a character) twice in a row at a seam ("это это", "这这"), a
 * sentence starting lower-case in a cased script, and punctuation glitches (", ." "  " " ,").
 * `allowed` holds the pack texts (suggestions, compose sentences) a legitimate repeat may come from
 * (Chinese 看看, 谢谢).
 */
export function readabilityProblems(draft: string, rewrite: string, allowed = ''): string[] {
  const problems: string[] = [];
  const seen = (s: string): boolean => draft.toLowerCase().includes(s.toLowerCase()) || allowed.toLowerCase().includes(s.toLowerCase());
  for (const m of rewrite.matchAll(/(?<![\p{L}\p{N}'’])([\p{L}\p{N}]+)[\s,]+\1(?![\p{L}\p{N}'’])/giu)) {
    if (/\p{Script=Han}/u.test(m[1]!)) continue; // Han runs are checked character by character below
    if (!seen(m[0])) problems.push(`doubled "${m[0]}"`);
  }
  for (const m of rewrite.matchAll(/(\p{Script=Han})\1/gu)) {
    if (!seen(m[0])) problems.push(`doubled "${m[0]}"`);
  }
  for (const m of rewrite.matchAll(/(?:^|[.!?…]\s+)(["«„“(]?\p{Ll}[\p{L}\p{N}]*)/gu)) {
    if (!draft.includes(m[0].trimStart())) problems.push(`lower-case sentence start "${m[1]}"`);
  }
  for (const m of rewrite.matchAll(/[,;:]\s*[,;:.!?。，]|\S {2,}\S| [,.!?;:](?!\.)|,,|[.!?]\s*,/gu)) {
    if (!draft.includes(m[0])) problems.push(`glitch "${m[0]}"`);
  }
  return problems;
}
