import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathSegments, placedProblems } from '../../src/packs/problem-places';

const TEAM = readFileSync(new URL('../fixtures/team-pack.json', import.meta.url), 'utf8');
const BROKEN = readFileSync(new URL('../fixtures/broken-pack.json', import.meta.url), 'utf8');

/** The text a problem points at. */
const at = (text: string, p: { offset: number; length: number }): string => text.slice(p.offset, p.offset + p.length);

describe('pathSegments', () => {
  it('reads the paths validatePack writes', () => {
    expect(pathSegments('rules[3].patterns[0]')).toEqual(['rules', 3, 'patterns', 0]);
    expect(pathSegments('steps.clarify.patterns[1]')).toEqual(['steps', 'clarify', 'patterns', 1]);
    expect(pathSegments('contractions["won\'t"]')).toEqual(['contractions', "won't"]);
    expect(pathSegments('contractions["a\\"b"]')).toEqual(['contractions', 'a"b']);
    expect(pathSegments('id')).toEqual(['id']);
    expect(pathSegments('')).toEqual([]);
  });
});

describe('placedProblems', () => {
  it('gives the pack when there is nothing wrong', () => {
    const r = placedProblems(TEAM, 'team.json');
    expect(r.problems).toEqual([]);
    expect(r.pack?.id).toBe('acme-en');
  });

  it('points each problem at its rule’s field, with line and column', () => {
    const r = placedProblems(BROKEN, 'broken.json');
    expect(r.pack).toBeUndefined();
    const category = r.problems.find((p) => p.path === 'rules[1].category')!;
    expect(category.rule).toBe('acme.ticket-closed');
    expect(at(BROKEN, category)).toMatch(/^"/);
    const lines = BROKEN.split('\n');
    expect(lines[category.line - 1]!.slice(category.column - 1)).toMatch(/^"/);
    expect(lines[category.line - 1]).toContain('"category"');
    const pattern = r.problems.find((p) => p.path === 'rules[1].patterns[0]')!;
    expect(at(BROKEN, pattern)).toBe('"ticket (is | was closed"');
  });

  it('points a missing field at the object that lacks it', () => {
    const text = '{\n  "id": "a",\n  "name": "A",\n  "version": "1.0.0",\n  "language": "en",\n  "rules": [\n    { "id": "a.b", "category": "blame", "severity": "error", "patterns": ["x y"], "suggestions": [] }\n  ]\n}\n';
    const [p] = placedProblems(text, 'a.json').problems;
    expect(p).toMatchObject({ path: 'rules[0].message', rule: 'a.b', line: 7, column: 5 });
    expect(at(text, p!)).toMatch(/^\{ "id": "a\.b".*\}$/);
  });

  it('places every syntax error where the parser met it', () => {
    const text = '{\n  "id": "a",\n  "name": "A" \n  "version": "1.0.0"\n}';
    const r = placedProblems(text, 'a.json');
    expect(r.problems[0]).toMatchObject({ path: '', line: 4, column: 3, message: expect.stringContaining('comma expected') });
  });

  it('names the size limit before anything else', () => {
    const text = `{"id": "${'x'.repeat(600 * 1024)}"`;
    expect(placedProblems(text, 'big.json').problems).toEqual([expect.objectContaining({ message: expect.stringContaining('at most 512 KB'), offset: 0 })]);
  });
});
