import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { Automaton } from '../engine/automaton';
import { parsePattern, PatternError, type PatternNode } from '../engine/pattern';
import { tokenize } from '../engine/tokenize';
import { CATEGORIES, SEVERITIES, STEP_IDS, SUGGESTION_KINDS } from '../engine/types';
import type { PackProblem } from './errors';
import { FORMS_LANGUAGES } from './forms-languages';
import { LIMITS } from './limits';
import type { Pack } from './pack';
import { validateCompose } from './validate-compose';
import { base64ToBytes, SIGNATURE_ALG } from './signature';

export interface ValidationResult {
  /** Present only when there are no problems. */
  pack?: Pack;
  problems: PackProblem[];
}

const PACK_KEYS = ['$schema', 'id', 'name', 'version', 'language', 'description', 'detect', 'rules', 'steps', 'disable', 'contractions', 'compose', 'signature'];
const RULE_KEYS = ['id', 'category', 'severity', 'patterns', 'exceptions', 'message', 'why', 'suggestions', 'examples'];
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Han', 'Kana', 'Hangul', 'Arabic', 'Hebrew'];
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;
const RULE_ID = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const CUSTOM_CATEGORY = /^custom:[a-z0-9]+(-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');
const describe = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60) ?? String(v));

/** Parses pack text (JSON) within the size limit; problems point at line and column for broken JSON. */
export function parsePackText(text: string, origin: string): { data?: unknown; problems: PackProblem[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.packBytes) {
    return { problems: [{ origin, path: '', message: `is ${Math.ceil(bytes / 1024)} KB; a pack may be at most ${LIMITS.packBytes / 1024} KB` }] };
  }
  try {
    return { data: JSON.parse(text), problems: [] };
  } catch {
    return { problems: [{ origin, path: '', message: `is not valid JSON: ${jsonErrorPlace(text)}` }] };
  }
}

/** Parses pack text and validates it. */
export function validatePackText(text: string, origin: string): ValidationResult {
  const parsed = parsePackText(text, origin);
  return parsed.problems.length > 0 ? { problems: parsed.problems } : validatePack(parsed.data, origin);
}

/** JSON.parse's messages differ between engines and often lack the place; jsonc-parser has it. */
function jsonErrorPlace(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first === undefined) return 'unexpected content';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const col = before.length - before.lastIndexOf('\n');
  return `${printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} at line ${line}, column ${col}`;
}

/** Checks a parsed pack against the format and the safety limits, reporting every problem at once. */
export function validatePack(data: unknown, origin: string): ValidationResult {
  const problems: PackProblem[] = [];
  let rule: string | undefined;
  const problem = (path: string, message: string): void => {
    problems.push(rule === undefined ? { origin, path, message } : { origin, path, rule, message });
  };
  const str = (o: Obj, key: string, path: string, opts: { max: number; re?: RegExp; reWhat?: string; optional?: boolean; oneLine?: boolean }): void => {
    const v = o[key];
    if (v === undefined && opts.optional === true) return;
    if (typeof v !== 'string' || v.trim() === '') return problem(path, `must be a non-empty text, got ${describe(v)}`);
    if (v.length > opts.max) return problem(path, `is ${v.length} characters long; at most ${opts.max} are allowed`);
    if (opts.oneLine === true && /[\r\n]/.test(v)) return problem(path, 'must be one line');
    if (opts.re !== undefined && !opts.re.test(v)) problem(path, `${describe(v)} is not ${opts.reWhat}`);
  };
  const strings = (o: Obj, key: string, path: string, opts: { min: number; max: number; itemMax: number; optional?: boolean }): string[] => {
    const v = o[key];
    if (v === undefined && opts.optional === true) return [];
    if (!Array.isArray(v)) return problem(path, `must be a list of texts, got ${describe(v)}`), [];
    if (v.length < opts.min) problem(path, `needs at least ${opts.min} item${opts.min > 1 ? 's' : ''}`);
    if (v.length > opts.max) problem(path, `has ${v.length} items; at most ${opts.max} are allowed`);
    const out: string[] = [];
    v.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item.trim() === '') problem(`${path}[${i}]`, `must be a non-empty text, got ${describe(item)}`);
      else if (item.length > opts.itemMax) problem(`${path}[${i}]`, `is ${item.length} characters long; at most ${opts.itemMax} are allowed`);
      else out.push(item);
    });
    return out;
  };
  const unknownKeys = (o: Obj, allowed: readonly string[], path: string): void => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) problem(path === '' ? k : `${path}.${k}`, `unknown field; expected one of ${list(allowed)}`);
  };

  if (!isObj(data)) return { problems: [{ origin, path: '', message: 'must be a JSON object with "id", "name", "version", "language" and "rules"' }] };
  unknownKeys(data, PACK_KEYS, '');
  str(data, 'id', 'id', { max: LIMITS.idChars, re: PACK_ID, reWhat: 'a pack id (lower-case letters, digits and "-")' });
  str(data, 'name', 'name', { max: LIMITS.nameChars, oneLine: true });
  str(data, 'version', 'version', { max: 64, re: SEMVER, reWhat: 'a semver version such as "1.0.0"' });
  str(data, 'language', 'language', { max: 35, re: LANGUAGE, reWhat: 'a language code such as "en" or "pt-BR"' });
  str(data, 'description', 'description', { max: LIMITS.descriptionChars, optional: true });
  const language = typeof data.language === 'string' ? data.language : '';
  const checkPatterns = (patterns: string[], path: string): void => {
    patterns.forEach((p, i) => {
      const msg = patternProblem(p, language);
      if (msg !== undefined) problem(`${path}[${i}]`, msg);
    });
  };

  if (data.detect !== undefined) {
    if (!isObj(data.detect)) problem('detect', 'must be an object with "script" and "words"');
    else {
      unknownKeys(data.detect, ['script', 'words', 'letters', 'fallback'], 'detect');
      if (data.detect.fallback !== undefined && typeof data.detect.fallback !== 'boolean') problem('detect.fallback', 'must be true or false');
      if (!SCRIPTS.includes(data.detect.script as string)) problem('detect.script', `must be one of ${list(SCRIPTS)}, got ${describe(data.detect.script)}`);
      strings(data.detect, 'words', 'detect.words', { min: 1, max: LIMITS.detectWords, itemMax: 40 });
      str(data.detect, 'letters', 'detect.letters', { max: 100, optional: true });
    }
  }

  if (!Array.isArray(data.rules)) problem('rules', `must be a list of rules, got ${describe(data.rules)}`);
  else {
    if (data.rules.length > LIMITS.rules) problem('rules', `has ${data.rules.length} rules; a pack may have at most ${LIMITS.rules}`);
    const seen = new Set<string>();
    data.rules.slice(0, LIMITS.rules).forEach((r: unknown, i) => {
      const at = `rules[${i}]`;
      rule = undefined;
      if (!isObj(r)) return problem(at, 'must be an object');
      if (typeof r.id === 'string') rule = r.id;
      unknownKeys(r, RULE_KEYS, at);
      str(r, 'id', `${at}.id`, { max: LIMITS.idChars, re: RULE_ID, reWhat: 'a rule id (lower-case letters and digits joined by ".", "-" or "_")' });
      if (typeof r.id === 'string') {
        if (seen.has(r.id)) problem(`${at}.id`, 'is used by another rule of this pack');
        seen.add(r.id);
      }
      const cat = r.category;
      if (typeof cat !== 'string' || !((CATEGORIES as readonly string[]).includes(cat) || CUSTOM_CATEGORY.test(cat))) {
        problem(`${at}.category`, `must be one of ${list(CATEGORIES)} or "custom:<name>", got ${describe(cat)}`);
      }
      if (!(SEVERITIES as readonly unknown[]).includes(r.severity)) problem(`${at}.severity`, `must be one of ${list(SEVERITIES)}, got ${describe(r.severity)}`);
      checkPatterns(strings(r, 'patterns', `${at}.patterns`, { min: 1, max: LIMITS.patternsPerRule, itemMax: LIMITS.patternChars }), `${at}.patterns`);
      checkPatterns(strings(r, 'exceptions', `${at}.exceptions`, { min: 0, max: LIMITS.patternsPerRule, itemMax: LIMITS.patternChars, optional: true }), `${at}.exceptions`);
      str(r, 'message', `${at}.message`, { max: LIMITS.messageChars, oneLine: true });
      str(r, 'why', `${at}.why`, { max: LIMITS.whyChars, optional: true });
      if (!Array.isArray(r.suggestions)) problem(`${at}.suggestions`, `must be a list of {"kind", "text"}, got ${describe(r.suggestions)}`);
      else {
        if (r.suggestions.length > LIMITS.suggestionsPerRule) problem(`${at}.suggestions`, `has ${r.suggestions.length} items; at most ${LIMITS.suggestionsPerRule} are allowed`);
        r.suggestions.forEach((s: unknown, j) => {
          const sp = `${at}.suggestions[${j}]`;
          if (!isObj(s)) return problem(sp, 'must be an object with "kind" and "text"');
          unknownKeys(s, ['kind', 'text'], sp);
          if (!(SUGGESTION_KINDS as readonly unknown[]).includes(s.kind)) problem(`${sp}.kind`, `must be one of ${list(SUGGESTION_KINDS)}, got ${describe(s.kind)}`);
          str(s, 'text', `${sp}.text`, { max: LIMITS.suggestionChars });
        });
      }
      if (r.examples !== undefined) {
        if (!isObj(r.examples)) problem(`${at}.examples`, 'must be an object with "flag" and "ok" lists');
        else {
          unknownKeys(r.examples, ['flag', 'ok'], `${at}.examples`);
          for (const k of ['flag', 'ok']) strings(r.examples, k, `${at}.examples.${k}`, { min: 0, max: LIMITS.examplesPerRule, itemMax: LIMITS.exampleChars, optional: true });
        }
      }
    });
    rule = undefined;
  }

  if (data.steps !== undefined) {
    if (!isObj(data.steps)) problem('steps', `must be an object with keys among ${list(STEP_IDS)}`);
    else
      for (const [key, step] of Object.entries(data.steps)) {
        const at = `steps.${key}`;
        if (!(STEP_IDS as readonly string[]).includes(key)) problem(at, `is not a checklist step; the steps are ${list(STEP_IDS)}`);
        else if (!isObj(step)) problem(at, 'must be an object with "patterns"');
        else {
          unknownKeys(step, ['patterns', 'question'], at);
          checkPatterns(strings(step, 'patterns', `${at}.patterns`, { min: 1, max: LIMITS.stepPatterns, itemMax: LIMITS.patternChars }), `${at}.patterns`);
          if (step.question !== undefined && typeof step.question !== 'boolean') problem(`${at}.question`, 'must be true or false');
        }
      }
  }
  strings(data, 'disable', 'disable', { min: 0, max: LIMITS.disable, itemMax: LIMITS.idChars, optional: true });
  if (data.contractions !== undefined) {
    if (!isObj(data.contractions)) problem('contractions', 'must be an object such as {"won\'t": "will not"}');
    else {
      const entries = Object.entries(data.contractions);
      if (entries.length > LIMITS.contractions) problem('contractions', `has ${entries.length} entries; at most ${LIMITS.contractions} are allowed`);
      for (const [short, full] of entries.slice(0, LIMITS.contractions)) {
        const at = `contractions[${JSON.stringify(short)}]`;
        if (tokenize(short).tokens.length !== 1) problem(at, 'the contracted form must be one word');
        const n = typeof full === 'string' ? tokenize(full).tokens.length : 0;
        if (n < 1 || n > 4) problem(at, `must be the 1 to 4 words the contraction stands for, got ${describe(full)}`);
      }
    }
  }

  if (data.compose !== undefined) validateCompose(data.compose, problem);
  if (data.signature !== undefined) {
    // Only the shape is checked here; whether it verifies depends on the key a subscription names.
    const sig = data.signature;
    if (!isObj(sig)) problem('signature', `must be {"alg": "${SIGNATURE_ALG}", "value": <base64>}, as "tactful pack sign" writes it`);
    else {
      unknownKeys(sig, ['alg', 'value'], 'signature');
      if (sig.alg !== SIGNATURE_ALG) problem('signature.alg', `must be "${SIGNATURE_ALG}", got ${describe(sig.alg)}`);
      const bytes = typeof sig.value === 'string' ? base64ToBytes(sig.value) : undefined;
      if (bytes?.length !== 64) problem('signature.value', `must be the base64 of a 64-byte Ed25519 signature, got ${describe(sig.value)}`);
    }
  }

  return problems.length === 0 ? { pack: data as unknown as Pack, problems } : { problems };
}

/** Why a pattern cannot be used, or undefined when it is fine. */
export function patternProblem(pattern: string, language: string): string | undefined {
  try {
    const seq = parsePattern(pattern);
    if (!FORMS_LANGUAGES.has(language) && hasForms(seq)) {
      return `"{…}" (every form of a word) works for ${list([...FORMS_LANGUAGES])} packs only; use a stem such as word*`;
    }
    new Automaton().add(withoutForms(seq), 0);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return `${JSON.stringify(pattern)}: ${e.message}${e.at > 0 ? ` (at character ${e.at + 1})` : ''}`;
    throw e;
  }
}

function hasForms(seq: readonly PatternNode[]): boolean {
  return seq.some((n) => n.t === 'forms' || (n.t === 'group' && n.options.some(hasForms)));
}

/** For checking a pattern before the word-form tools run, a `{word}` stands for the word itself. */
function withoutForms(seq: readonly PatternNode[]): PatternNode[] {
  return seq.map((n): PatternNode => (n.t === 'forms' ? { t: 'word', w: n.w } : n.t === 'group' ? { ...n, options: n.options.map(withoutForms) } : n));
}
