import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/packs/errors';
import { validatePack, validatePackText } from '../../src/packs/validate';
import { pack, rule } from '../helpers';

const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const schemaValid = ajv.compile(schema);

const problems = (data: unknown): string[] => validatePack(data, 'team.json').problems.map(formatProblem);

describe('pack validation', () => {
  it('accepts a good pack, and so does the JSON Schema', () => {
    const good = pack([rule('acme.closed', ['[your] ticket (is | was) closed', 'clos* ...2 ticket'], { examples: { flag: ['x'], ok: ['y'] } })], {
      detect: { script: 'Latin', words: ['the'] },
      steps: { apologize: { patterns: ['i am sorry'] }, clarify: { patterns: ['could you'], question: true } },
      disable: ['en.calm-down'],
    });
    expect(problems(good)).toEqual([]);
    expect(schemaValid(good)).toBe(true);
  });

  it('names the file, the rule and the field of each problem, all at once', () => {
    const bad = pack([
      rule('ok.rule', ['fine']),
      { ...rule('bad.rule', ['calm (down']), severity: 'critical' as never, suggestions: [{ kind: 'nice' as never, text: '' }] },
    ]);
    expect(problems(bad)).toEqual([
      'team.json: rule "bad.rule" (rules[1].severity): must be one of "error", "warning", "hint", got "critical"',
      'team.json: rule "bad.rule" (rules[1].patterns[0]): "calm (down": "(" is not closed (at character 6)',
      'team.json: rule "bad.rule" (rules[1].suggestions[0].kind): must be one of "empathy", "apology", "solution", "neutral", got "nice"',
      'team.json: rule "bad.rule" (rules[1].suggestions[0].text): must be a non-empty text, got ""',
    ]);
    expect(schemaValid(bad)).toBe(false);
  });

  it('explains pattern mistakes in plain words', () => {
    const msg = (p: string): string => problems(pack([rule('r', [p])]))[0] ?? '';
    expect(msg('a*')).toContain('a stem needs at least 3 letters');
    expect(msg('... policy')).toContain('cannot start or end with a gap');
    expect(msg('nothing ...9 do')).toContain('a gap allows 1 to 8 words');
    expect(msg('calm down. relax')).toContain('cannot contain a sentence end');
    expect(msg('[calm] [down]')).toContain('can match without any word');
    expect(msg('(calm | )')).toContain('an alternative is empty');
    expect(problems(pack([rule('r', ['{ztratit}'])], { language: 'cs' }))[0]).toContain('use a stem such as word*');
  });

  it('flags unknown fields, duplicate ids and bad top-level values', () => {
    const bad = { ...pack([rule('a', ['x']), { ...rule('a', ['y']), patern: ['z'] } as never]), version: '1.0', language: 'English' };
    expect(problems(bad)).toEqual([
      'team.json: version: "1.0" is not a semver version such as "1.0.0"',
      'team.json: language: "English" is not a language code such as "en" or "pt-BR"',
      'team.json: rule "a" (rules[1].patern): unknown field; expected one of "id", "category", "severity", "patterns", "exceptions", "message", "why", "suggestions", "examples"',
      'team.json: rule "a" (rules[1].id): is used by another rule of this pack',
    ]);
  });

  it('checks a contraction table', () => {
    expect(problems(pack([], { contractions: { "won't": 'will not', 'two words': 'x', "n'": '' } }))).toEqual([
      'team.json: contractions["two words"]: the contracted form must be one word',
      'team.json: contractions["n\'"]: must be the 1 to 4 words the contraction stands for, got ""',
    ]);
  });

  it('accepts custom categories and refuses unknown ones', () => {
    expect(problems(pack([rule('r', ['x'], { category: 'custom:wording' })]))).toEqual([]);
    expect(problems(pack([rule('r', ['x'], { category: 'rude' as never })]))[0]).toContain('or "custom:<name>"');
  });

  it('enforces the size limits with messages that say the limit', () => {
    const many = pack(Array.from({ length: 1001 }, (_, i) => rule(`r${i}`, ['x'])));
    expect(problems(many)[0]).toBe('team.json: rules: has 1001 rules; a pack may have at most 1000');
    expect(problems(pack([rule('r', ['x'.repeat(201)])]))[0]).toContain('at most 200 are allowed');
    expect(problems(pack([rule('r', ['x'], { message: 'two\nlines' })]))[0]).toContain('must be one line');
    const huge = JSON.stringify(pack([rule('r', ['x'], { why: 'y'.repeat(600 * 1024) })]));
    expect(validatePackText(huge, 'big.json').problems.map(formatProblem)).toEqual(['big.json: pack: is 601 KB; a pack may be at most 512 KB']);
  });

  it('points at the line and column of broken JSON', () => {
    const res = validatePackText('{\n  "id": "x",\n  "name": }', 'broken.json');
    expect(res.problems[0]!.message).toMatch(/^is not valid JSON: .* at line 3, column 11$/);
  });

  it('rejects what is not an object', () => {
    expect(problems([1, 2])).toEqual(['team.json: pack: must be a JSON object with "id", "name", "version", "language" and "rules"']);
  });
});
