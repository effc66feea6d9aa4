import { styleText } from 'node:util';
import { STEP_IDS, type Analysis, type Finding } from '../engine/types';
import type { InputText } from './inputs';

export interface CheckedText {
  input: InputText;
  analysis: Analysis;
}

/** The `--format json` record of the contract in DESIGN.md. */
export function toJsonRecord({ input, analysis }: CheckedText): object {
  return {
    file: input.file,
    ...(input.id !== undefined ? { id: input.id } : {}),
    language: analysis.language,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      suggestions: f.suggestions.map((s) => ({ kind: s.kind, text: s.text })),
    })),
    steps: Object.fromEntries(STEP_IDS.map((id) => [id, analysis.steps[id].done])),
  };
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** ESLint's "stylish" layout: a header per text, a line per finding, the best rewrite under it. */
export function formatText(results: readonly CheckedText[], color: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string): string => (color ? styleText(style, s) : s);
  const sevColor = { error: 'red', warning: 'yellow', hint: 'cyan' } as const;
  const out: string[] = [];
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const { input, analysis } of results) {
    if (analysis.findings.length === 0) continue;
    out.push(paint('underline', input.id !== undefined ? `${input.file} #${input.id}` : input.file));
    const rows = analysis.findings.map((f: Finding) => {
      counts[f.severity]++;
      const { line, column } = lineColumn(input.text, f.start);
      return { pos: `${line}:${column}`, f };
    });
    const posWidth = Math.max(...rows.map((r) => r.pos.length));
    for (const { pos, f } of rows) {
      out.push(`  ${paint('dim', pos.padEnd(posWidth))}  ${paint(sevColor[f.severity], f.severity.padEnd(7))}  "${f.text}": ${f.message}  ${paint('dim', `${f.category} ${f.rule}`)}`);
      const best = f.suggestions[0];
      if (best !== undefined) out.push(`  ${' '.repeat(posWidth)}  ${' '.repeat(7)}  ${paint('green', `→ ${best.text}`)}`);
    }
    const done = STEP_IDS.filter((id) => analysis.steps[id].done);
    out.push(`  ${paint('dim', `steps ${done.length}/${STEP_IDS.length}${done.length > 0 ? `: ${done.join(', ')}` : ''}`)}`, '');
  }
  const total = counts.error + counts.warning + counts.hint;
  if (total === 0) out.push(paint('green', `✔ ${results.length} text${results.length === 1 ? '' : 's'} checked, nothing flagged`));
  else {
    const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
    out.push(paint('bold', `✖ ${plural(total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.hint, 'hint')}) in ${results.length} text${results.length === 1 ? '' : 's'}`));
  }
  return out.join('\n');
}
