import { styleText } from 'node:util';
import type { Finding, Severity } from '../engine/types';
import type { CheckedText } from './format';

/**
 * `tactful check --summary`: a macro library seen from above, for the lead who cleans the canned
 * replies the whole team sends. Which rules fire how often (with macros to look at), and which
 * macros need the most work.
 */

export interface RuleSummary {
  rule: string;
  severity: Severity;
  /** Texts (macros) the rule flags. */
  texts: number;
  findings: number;
  /** Names of the first few texts it flags, to open first. */
  examples: string[];
}

export interface TextSummary {
  name: string;
  errors: number;
  warnings: number;
  hints: number;
  /** Each flagged rule once, with the words it flagged. */
  flagged: Array<{ rule: string; severity: Severity; phrases: string[] }>;
}

export interface Summary {
  checked: number;
  clean: number;
  flagged: number;
  rules: RuleSummary[];
  /** Flagged texts only, worst first. */
  texts: TextSummary[];
}

const EXAMPLES = 3;
const RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** How a text is named: its record id (with its file when there are several files), or its file. */
const namer = (results: readonly CheckedText[]): ((r: CheckedText) => string) => {
  const oneFile = new Set(results.map((r) => r.input.file)).size === 1;
  return ({ input }) => (input.id === undefined ? input.file : oneFile ? `#${input.id}` : `${input.file} #${input.id}`);
};

export function summarize(results: readonly CheckedText[]): Summary {
  const rules = new Map<string, RuleSummary>();
  const texts: TextSummary[] = [];
  const nameOf = namer(results);
  for (const r of results) {
    const { findings } = r.analysis;
    if (findings.length === 0) continue;
    const name = nameOf(r);
    const count = (s: Severity): number => findings.filter((f: Finding) => f.severity === s).length;
    const byRule = new Map<string, { rule: string; severity: Severity; phrases: string[] }>();
    for (const f of findings) {
      const entry = byRule.get(f.rule) ?? { rule: f.rule, severity: f.severity, phrases: [] };
      if (!entry.phrases.includes(f.text)) entry.phrases.push(f.text);
      byRule.set(f.rule, entry);
      const rule = rules.get(f.rule) ?? { rule: f.rule, severity: f.severity, texts: 0, findings: 0, examples: [] };
      rule.findings++;
      rules.set(f.rule, rule);
    }
    for (const id of byRule.keys()) {
      const rule = rules.get(id)!;
      rule.texts++;
      if (rule.examples.length < EXAMPLES) rule.examples.push(name);
    }
    const flagged = [...byRule.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
    texts.push({ name, errors: count('error'), warnings: count('warning'), hints: count('hint'), flagged });
  }
  // Worst first: errors escalate, so they count before warnings, warnings before hints.
  texts.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.hints - a.hints);
  const ruleList = [...rules.values()].sort((a, b) => b.texts - a.texts || RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
  return { checked: results.length, clean: results.length - texts.length, flagged: texts.length, rules: ruleList, texts };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(s: Summary, color: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(style, text) : text);
  const sevColor = { error: 'red', warning: 'yellow', hint: 'cyan' } as const;
  const out: string[] = [];
  if (s.rules.length > 0) {
    out.push(paint('bold', 'By rule'));
    const width = Math.max(...s.rules.map((r) => r.rule.length));
    for (const r of s.rules) {
      const more = r.texts > r.examples.length ? ', …' : '';
      out.push(`  ${r.rule.padEnd(width)}  ${paint(sevColor[r.severity], r.severity.padEnd(7))}  flags ${plural(r.texts, 'text')}  ${paint('dim', `e.g. ${r.examples.join(', ')}${more}`)}`);
    }
    out.push('', paint('bold', 'By text, worst first'));
    for (const t of s.texts) {
      const counts = [t.errors > 0 && plural(t.errors, 'error'), t.warnings > 0 && plural(t.warnings, 'warning'), t.hints > 0 && plural(t.hints, 'hint')].filter(Boolean).join(', ');
      out.push(`  ${paint('underline', t.name)}  ${counts}`);
      for (const f of t.flagged) out.push(`    ${paint(sevColor[f.severity], f.rule)}  ${f.phrases.map((p) => JSON.stringify(p)).join(', ')}`);
    }
    out.push('');
  }
  const line = `${plural(s.checked, 'text')} checked: ${s.clean} clean, ${s.flagged} flagged`;
  out.push(paint('bold', `${s.flagged > 0 ? '✖' : '✔'} ${line}`));
  return out.join('\n');
}
