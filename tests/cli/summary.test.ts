import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckedText } from '../../src/cli/format';
import { summarize } from '../../src/cli/summary';
import type { Analysis, Finding, Severity } from '../../src/engine/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => join(ROOT, 'tests/cli/fixtures', name);
const team = ['--pack', join(ROOT, 'tests/fixtures/team-pack.json')];

function tactful(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tactful.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const finding = (rule: string, severity: Severity, text: string): Finding => ({ rule, severity, text, category: 'dismissive', start: 0, end: text.length, message: 'm', suggestions: [], language: 'en' });
const checked = (id: string, findings: Finding[], file = 'macros.csv'): CheckedText => ({ input: { file, id, text: '' }, analysis: { language: 'en', findings, steps: {} } as unknown as Analysis });

describe('summarize', () => {
  it('counts texts per rule, keeps a few example ids, and puts the worst text first', () => {
    const s = summarize([
      checked('a', [finding('r.hint', 'hint', 'problem')]),
      checked('b', []),
      checked('c', [finding('r.warn', 'warning', 'asap'), finding('r.warn', 'warning', 'asap'), finding('r.hint', 'hint', 'issue')]),
      checked('d', [finding('r.err', 'error', 'calm down')]),
      ...['e', 'f', 'g'].map((id) => checked(id, [finding('r.hint', 'hint', 'problem')])),
    ]);
    expect(s).toMatchObject({ checked: 7, clean: 1, flagged: 6 });
    expect(s.rules.map((r) => [r.rule, r.texts, r.findings, r.examples])).toEqual([
      ['r.hint', 5, 5, ['#a', '#c', '#e']],
      ['r.err', 1, 1, ['#d']],
      ['r.warn', 1, 2, ['#c']],
    ]);
    expect(s.texts.map((t) => t.name)).toEqual(['#d', '#c', '#a', '#e', '#f', '#g']);
    // A phrase flagged twice by a rule is listed once.
    expect(s.texts[1]!.flagged).toEqual([
      { rule: 'r.warn', severity: 'warning', phrases: ['asap'] },
      { rule: 'r.hint', severity: 'hint', phrases: ['issue'] },
    ]);
  });

  it('names records with their file when several files are checked', () => {
    const s = summarize([checked('1', [finding('r', 'hint', 'x')], 'a.jsonl'), checked('1', [finding('r', 'hint', 'x')], 'b.jsonl')]);
    expect(s.rules[0]!.examples).toEqual(['a.jsonl #1', 'b.jsonl #1']);
  });
});

describe('tactful check --summary', () => {
  it('summarises a CSV macro library by rule and by macro, worst first, with totals', () => {
    const r = tactful(['check', '--summary', ...team, '--column', 'body', '--id-column', 'id', fixture('macros.csv')]);
    expect(r.code, r.err).toBe(1);
    const [byRule, byText, totals] = r.out.trim().split('\n\n');
    expect(byRule!.split('\n')).toEqual([
      'By rule',
      expect.stringMatching(/^ {2}acme\.ticket-closed +warning +flags 3 texts +e\.g\. #refund-window, #password, #closed$/),
      expect.stringMatching(/^ {2}en\.as-i-already-said +error +flags 1 text +e\.g\. #password$/),
      expect.stringMatching(/^ {2}en\.thats-our-policy +error +flags 1 text +e\.g\. #refund-window$/),
      expect.stringMatching(/^ {2}en\.sorry-but +warning +flags 1 text +e\.g\. #refund-window$/),
    ]);
    expect(byText!.split('\n')).toEqual([
      'By text, worst first',
      '  #refund-window  1 error, 2 warnings',
      '    en.thats-our-policy  "that\'s our policy"',
      '    acme.ticket-closed  "Your ticket is closed"',
      '    en.sorry-but  "We\'re sorry, but"',
      '  #password  1 error, 1 warning',
      '    en.as-i-already-said  "As I already explained"',
      '    acme.ticket-closed  "Your ticket was closed"',
      '  #closed  1 warning',
      '    acme.ticket-closed  "Your ticket has been closed"',
    ]);
    expect(totals).toBe('✖ 4 texts checked: 1 clean, 3 flagged');
  });

  it('summarises JSONL records, and says so when all are clean (exit 0)', () => {
    const r = tactful(['check', '--summary', ...team, fixture('macros.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  #closed  1 error, 1 warning\n    en.calm-down  "Please calm down"\n    acme.ticket-closed  "Your ticket has been closed"');
    expect(r.out).toContain('✖ 3 texts checked: 1 clean, 2 flagged');
    expect(r.out).not.toContain('late-order');

    const clean = tactful(['check', '--summary', '--no-bundled', ...team, fixture('macros.jsonl')]);
    expect(clean.out.trim().split('\n').at(-1)).toBe('✖ 3 texts checked: 2 clean, 1 flagged');
    const none = tactful(['check', '--summary', '--no-bundled', ...team, '--column', 'title', fixture('macros.csv')]);
    expect(none).toMatchObject({ code: 0, out: '✔ 4 texts checked: 4 clean, 0 flagged\n' });
  });

  it('keeps --format json as it is: the summary is text only', () => {
    const r = tactful(['check', '--summary', '--format', 'json', fixture('macros.jsonl')]);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('--summary prints text') });
    expect(tactful(['--help']).out).toContain('--summary');
  });
});
