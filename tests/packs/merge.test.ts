import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import { loadPacks } from '../../src/packs/compile';
import { LANGUAGE_TOOLS } from '../../src/packs/language-tools';
import { compile, pack, rule } from '../helpers';

const base = pack([rule('en.calm-down', ['calm down']), rule('en.policy', ['our policy'], { category: 'policy-wall' })], { id: 'base' });

describe('merging packs', () => {
  it('lets a later pack replace a rule by id', () => {
    const team = pack([rule('en.calm-down', ['calm down', 'relax'], { message: 'team wording' })], { id: 'team' });
    const a = analyse('Relax, calm down.', compile(base, team));
    expect(a.findings.map((f) => [f.text, f.message])).toEqual([
      ['Relax', 'team wording'],
      ['calm down', 'team wording'],
    ]);
  });
  it('lets a later pack switch a rule off', () => {
    const team = pack([], { id: 'team', disable: ['en.policy'] });
    expect(analyse('Calm down, it is our policy.', compile(base, team)).findings.map((f) => f.rule)).toEqual(['en.calm-down']);
  });
  it('only disables rules loaded before', () => {
    const team = pack([], { id: 'team', disable: ['en.policy'] });
    expect(analyse('It is our policy.', compile(team, base)).findings.map((f) => f.rule)).toEqual(['en.policy']);
  });
  it('leaves a broken pack out and keeps the others', () => {
    const broken = { ...pack([rule('x', ['calm (down'])], { id: 'broken' }) };
    const res = loadPacks([{ pack: base, origin: 'base.json' }, { pack: broken, origin: 'broken.json' }], { tools: LANGUAGE_TOOLS });
    expect(res.loaded.map((p) => p.id)).toEqual(['base']);
    expect(res.problems).toEqual([{ origin: 'broken.json', path: 'rules[0].patterns[0]', rule: 'x', message: '"calm (down": "(" is not closed (at character 6)' }]);
    expect(analyse('calm down', res.packs).findings).toHaveLength(1);
  });
});
