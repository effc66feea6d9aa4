import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/packs/errors';
import { LIMITS } from '../../src/packs/limits';
import { validatePack } from '../../src/packs/validate';
import { pack, rule } from '../helpers';

const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'));
const schemaValid = new Ajv2020({ allErrors: true }).compile(schema);
const withCompose = (compose: unknown): unknown => ({ ...pack([rule('r', ['x'])]), compose });
const problems = (compose: unknown): string[] => validatePack(withCompose(compose), 'team.json').problems.map(formatProblem);

describe('pack validation: compose', () => {
  it('accepts openers, closers, address words, separator and full stop, and so does the JSON Schema', () => {
    const good = {
      openers: [
        { step: 'acknowledge', text: 'Понимаю ваше недовольство.', formality: 'formal' },
        { step: 'apologize', text: 'Мне очень жаль.' },
      ],
      closers: [{ step: 'anything_else', text: 'Могу ли я ещё чем-нибудь помочь?', formality: 'both' }],
      informal: ['ты', 'тво*'],
      formal: ['вы'],
      separator: '',
      fullStop: '。',
    };
    expect(problems(good)).toEqual([]);
    expect(schemaValid(withCompose(good)), JSON.stringify(schemaValid.errors)).toBe(true);
  });

  it('names the field and JSON path of each problem, all at once', () => {
    const bad = {
      openers: [
        { step: 'greet', text: 'Hello.' },
        { step: 'apologize', text: 'Sorry.\nReally.', formality: 'casual' },
        { step: 'apologize', text: ' Sorry. ' },
        'Sorry.',
      ],
      closers: { step: 'anything_else' },
      informal: ['two words', 'ok'],
      separator: '\n',
      fullStop: 'x',
      extra: true,
    };
    expect(problems(bad)).toEqual([
      'team.json: compose.extra: unknown field; expected one of "openers", "closers", "informal", "formal", "backReferences", "separator", "fullStop"',
      'team.json: compose.openers[0].step: must be one of "acknowledge", "apologize", "clarify", "ownership", "solution", "timeline", "anything_else", got "greet"',
      'team.json: compose.openers[1].text: must be one line',
      'team.json: compose.openers[1].formality: must be one of "formal", "informal", "both", got "casual"',
      'team.json: compose.openers[2].text: must not start or end with spaces (the separator goes between sentences)',
      'team.json: compose.openers[3]: must be an object with "step" and "text"',
      'team.json: compose.closers: must be a list of {"step", "text", "formality"}, got {"step":"anything_else"}',
      'team.json: compose.informal[0]: must be one word (or a stem ending in "*") of at most 40 characters, got "two words"',
      'team.json: compose.separator: must be "" or up to two spaces, got "\\n"',
      'team.json: compose.fullStop: must be 1 to 3 punctuation characters such as "." or "。", got "x"',
    ]);
    expect(schemaValid(withCompose(bad))).toBe(false);
  });

  it('limits how many sentences and words a pack can bring, and how long a sentence is', () => {
    const many = Array.from({ length: LIMITS.composeVariants + 1 }, () => ({ step: 'apologize', text: 'Sorry.' }));
    expect(problems({ openers: many })).toEqual([`team.json: compose.openers: has ${LIMITS.composeVariants + 1} items; at most ${LIMITS.composeVariants} are allowed`]);
    expect(problems({ closers: [{ step: 'anything_else', text: 'a'.repeat(LIMITS.composeChars + 1) }] })).toEqual([
      `team.json: compose.closers[0].text: is ${LIMITS.composeChars + 1} characters long; at most ${LIMITS.composeChars} are allowed`,
    ]);
    const words = Array.from({ length: LIMITS.formalityWords + 1 }, (_, i) => `w${i}`);
    expect(problems({ formal: words })).toEqual([`team.json: compose.formal: has ${LIMITS.formalityWords + 1} items; at most ${LIMITS.formalityWords} are allowed`]);
    expect(problems('yes')).toEqual(['team.json: compose: must be an object with keys among "openers", "closers", "informal", "formal", "backReferences", "separator", "fullStop"']);
  });
});
