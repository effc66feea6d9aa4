import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => join(ROOT, 'tests/fixtures', name);

/** Runs the command the way a user does, from the repository, through its bin script. */
function tactful(args: string[], input?: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tactful.mjs'), ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const json = (out: string): Array<Record<string, unknown> & { findings: Array<Record<string, unknown>> }> => JSON.parse(out);
const tmp = (name: string, content: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'tactful-')), name);
  writeFileSync(file, content);
  return file;
};
const team = ['--no-bundled', '--pack', fixture('team-pack.json')];

describe('tactful check', () => {
  it('prints findings with line:column, message and the best rewrite, exit 1', () => {
    const r = tactful(['check', ...team, tmp('reply.txt', 'Hello,\nyour ticket was closed.\n')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('2:1  warning  "your ticket was closed": "Closed" sounds like we stopped listening; say the request is resolved.  custom:wording acme.ticket-closed');
    expect(r.out).toContain('→ your request is resolved');
    expect(r.out).toContain('✖ 1 finding (0 errors, 1 warning, 0 hints) in 1 text');
  });

  it('exits 0 when nothing is flagged', () => {
    const r = tactful(['check', ...team, '-'], 'Thanks for your patience, your request is resolved.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('nothing flagged');
  });

  it('prints the JSON contract', () => {
    const r = tactful(['check', ...team, '--format', 'json', '-'], 'Sorry, the ticket is closed.');
    expect(r.code).toBe(1);
    expect(json(r.out)).toEqual([
      {
        file: '<stdin>',
        language: 'en',
        findings: [
          {
            rule: 'acme.ticket-closed',
            category: 'custom:wording',
            severity: 'warning',
            start: 11,
            end: 27,
            text: 'ticket is closed',
            message: '"Closed" sounds like we stopped listening; say the request is resolved.',
            suggestions: [
              { kind: 'neutral', text: 'your request is resolved' },
              { kind: 'solution', text: 'your request is resolved, and a reply here reopens it' },
            ],
          },
        ],
        steps: { acknowledge: false, apologize: false, clarify: false, ownership: false, solution: false, timeline: false, anything_else: false },
      },
    ]);
  });

  it('reads .jsonl records and .csv columns', () => {
    const jsonl = tmp('macros.jsonl', '{"id": "a", "text": "Ticket closed? Your ticket is closed."}\n\n{"id": 7, "text": "All good."}\n');
    const out = json(tactful(['check', ...team, '--format', 'json', jsonl]).out);
    expect(out.map((r) => [r.id, r.findings.length])).toEqual([
      ['a', 1],
      ['7', 0],
    ]);
    const csv = tmp('macros.csv', 'id,body\nm1,"Hi, ""your"" ticket was closed, sorry"\nm2,Fine\n');
    const res = json(tactful(['check', ...team, '--format', 'json', '--column', 'body', '--id-column', 'id', csv]).out);
    expect(res.map((r) => [r.id, r.findings.map((f) => f.text)])).toEqual([
      ['m1', ['your" ticket was closed']],
      ['m2', []],
    ]);
  });

  it('exits 2 with a clear message on bad input', () => {
    expect(tactful(['check', ...team, '--column', 'nope', tmp('m.csv', 'id,body\n1,x\n')])).toMatchObject({ code: 2, err: expect.stringContaining('no column "nope"; the columns are "id", "body"') });
    expect(tactful(['check', ...team, tmp('m.csv', 'id,body\n')])).toMatchObject({ code: 2, err: expect.stringContaining('--column NAME') });
    expect(tactful(['check', ...team, tmp('m.jsonl', '{"id": 1}\n')])).toMatchObject({ code: 2, err: expect.stringContaining('m.jsonl:1: a record needs a "text" string') });
    expect(tactful(['check', ...team, '/nonexistent/file.txt'])).toMatchObject({ code: 2, err: expect.stringContaining('cannot be read (ENOENT)') });
    expect(tactful(['check', '--format', 'xml', '-'], '')).toMatchObject({ code: 2, err: expect.stringContaining('--format must be "text" or "json"') });
    expect(tactful(['check', '--bogus', '-'], '')).toMatchObject({ code: 2, err: expect.stringContaining('Run "tactful --help"') });
    expect(tactful(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
  });

  it('exits 2 naming the rule and field when a pack is broken', () => {
    const r = tactful(['check', '--pack', fixture('broken-pack.json'), '-'], 'Your ticket was closed.');
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken-pack.json: rule "acme.ticket-closed" (rules[1].category): must be one of');
    expect(r.err).toContain('broken-pack.json: rule "acme.ticket-closed" (rules[1].patterns[0]): "ticket (is | was closed": "(" is not closed (at character 8)');
  });

  it('documents everything in --help', () => {
    const r = tactful(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['check', 'pack validate', 'pack test', '--lang', '--pack', '--format', '--column', 'Exit status']) expect(r.out).toContain(word);
  });
});

describe('tactful pack', () => {
  it('validate: exit 0 and a summary for a good pack', () => {
    const r = tactful(['pack', 'validate', fixture('team-pack.json')]);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('acme-en 1.0.0 (en), 1 rule');
  });
  it('validate: exit 2 with every problem', () => {
    const r = tactful(['pack', 'validate', fixture('broken-pack.json'), fixture('team-pack.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('✖ 2 problems');
    expect(r.out).toContain('acme-en');
  });
  it('test: exit 0 when every example holds, 1 naming the rule and example when one does not', () => {
    expect(tactful(['pack', 'test', fixture('team-pack.json')])).toMatchObject({ code: 0, out: expect.stringContaining('1 rules, 3 examples pass') });
    const r = tactful(['pack', 'test', fixture('failing-examples-pack.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✖');
    expect(r.out).toContain('rule "acme.asap": not flagged, but listed under examples.flag: "Reply as soon as possible."');
    expect(r.out).toContain('rule "acme.asap": flagged, but listed under examples.ok: "We fixed it asap."');
  });
});

describe('with the bundled packs', () => {
  it('npx tactful check finds the two phrases of the README example at their offsets', () => {
    const r = spawnSync('npx', ['tactful', 'check', '--format', 'json', '-'], { cwd: ROOT, input: "Please calm down, that's our policy.", encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const [rec] = json(r.stdout);
    expect(rec!.language).toBe('en');
    expect(rec!.findings.map((f) => [f.category, f.start, f.end, f.text])).toEqual([
      ['dismissive', 0, 16, 'Please calm down'],
      ['policy-wall', 18, 35, "that's our policy"],
    ]);
  });

  it('checks the bundled sample draft', () => {
    const r = tactful(['check', 'samples/reply-draft.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/samples\/reply-draft\.txt\n {2}3:1 +error/);
  });
});
