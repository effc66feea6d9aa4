import { tokenize } from '../engine/tokenize';
import { STEP_IDS } from '../engine/types';
import { LIMITS } from './limits';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');
const describe = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60) ?? String(v));

export const COMPOSE_KEYS = ['openers', 'closers', 'informal', 'formal', 'backReferences', 'separator', 'fullStop'];
const VARIANT_KEYS = ['step', 'text', 'formality'];
const FORMALITIES = ['formal', 'informal', 'both'];

/**
 * Checks a pack's `compose` field (whole-draft rewrites): its sentences are shown to agents and put
 * into their drafts, so each is one bounded line, and its address words are single words.
 */
export function validateCompose(compose: unknown, problem: (path: string, message: string) => void): void {
  if (!isObj(compose)) return problem('compose', `must be an object with keys among ${list(COMPOSE_KEYS)}`);
  for (const k of Object.keys(compose)) if (!COMPOSE_KEYS.includes(k)) problem(`compose.${k}`, `unknown field; expected one of ${list(COMPOSE_KEYS)}`);
  for (const key of ['openers', 'closers']) {
    const v = compose[key];
    const at = `compose.${key}`;
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      problem(at, `must be a list of {"step", "text", "formality"}, got ${describe(v)}`);
      continue;
    }
    if (v.length > LIMITS.composeVariants) problem(at, `has ${v.length} items; at most ${LIMITS.composeVariants} are allowed`);
    v.slice(0, LIMITS.composeVariants).forEach((item: unknown, i) => variant(item, `${at}[${i}]`, problem));
  }
  for (const key of ['informal', 'formal', 'backReferences']) {
    const v = compose[key];
    const at = `compose.${key}`;
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      problem(at, `must be a list of words, got ${describe(v)}`);
      continue;
    }
    if (v.length > LIMITS.formalityWords) problem(at, `has ${v.length} items; at most ${LIMITS.formalityWords} are allowed`);
    v.slice(0, LIMITS.formalityWords).forEach((w: unknown, i) => {
      if (typeof w !== 'string' || w.length > 40 || tokenize(w.replace(/\*$/, '')).tokens.length !== 1) {
        problem(`${at}[${i}]`, `must be one word (or a stem ending in "*") of at most 40 characters, got ${describe(w)}`);
      }
    });
  }
  if (compose.separator !== undefined && (typeof compose.separator !== 'string' || !/^[ \t]{0,2}$/.test(compose.separator))) {
    problem('compose.separator', `must be "" or up to two spaces, got ${describe(compose.separator)}`);
  }
  if (compose.fullStop !== undefined && (typeof compose.fullStop !== 'string' || !/^[^\p{L}\p{N}\s]{1,3}$/u.test(compose.fullStop))) {
    problem('compose.fullStop', `must be 1 to 3 punctuation characters such as "." or "。", got ${describe(compose.fullStop)}`);
  }
}

function variant(item: unknown, at: string, problem: (path: string, message: string) => void): void {
  if (!isObj(item)) return problem(at, 'must be an object with "step" and "text"');
  for (const k of Object.keys(item)) if (!VARIANT_KEYS.includes(k)) problem(`${at}.${k}`, `unknown field; expected one of ${list(VARIANT_KEYS)}`);
  if (!(STEP_IDS as readonly unknown[]).includes(item.step)) problem(`${at}.step`, `must be one of ${list(STEP_IDS)}, got ${describe(item.step)}`);
  const text = item.text;
  if (typeof text !== 'string' || text.trim() === '') problem(`${at}.text`, `must be a non-empty text, got ${describe(text)}`);
  else if (text.length > LIMITS.composeChars) problem(`${at}.text`, `is ${text.length} characters long; at most ${LIMITS.composeChars} are allowed`);
  else if (/[\r\n]/.test(text)) problem(`${at}.text`, 'must be one line');
  else if (text !== text.trim()) problem(`${at}.text`, 'must not start or end with spaces (the separator goes between sentences)');
  if (item.formality !== undefined && !FORMALITIES.includes(item.formality as string)) {
    problem(`${at}.formality`, `must be one of ${list(FORMALITIES)}, got ${describe(item.formality)}`);
  }
}
