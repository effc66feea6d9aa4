import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/store/policy';

/**
 * The copy-paste examples of docs/team-leads.md ("Enterprise policy") must be policies Tactful reads
 * without a single problem, and that Chrome's check against public/managed_schema.json lets through.
 */
const doc = readFileSync(new URL('../../docs/team-leads.md', import.meta.url), 'utf8');
const start = doc.indexOf('## Enterprise policy');
const end = doc.indexOf('\n## ', start + 1);
// Only this section: the file's other sections have examples of other kinds.
const section = doc.slice(start, end === -1 ? undefined : end);
const blocks = (lang: string): string[] => [...section.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'g'))].map((m) => m[1]!);
const schema: object = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

describe('enterprise policy examples in docs/team-leads.md', () => {
  const json = blocks('json').map((b) => JSON.parse(b) as Json);
  it('has the Chrome (Linux) and the Firefox example', () => expect(json).toHaveLength(2));

  const chrome = json[0]!['3rdparty']!.extensions!.EXTENSION_ID!;
  const firefox = json[1]!.policies!['3rdparty']!.Extensions!['tactful@tactful.dev'] as unknown;

  for (const [name, policy] of [['Chrome', chrome], ['Firefox', firefox]] as const) {
    it(`${name}: every setting is used, none is a problem`, () => {
      const { policy: parsed, problems } = parsePolicy(policy);
      expect(problems).toEqual([]);
      expect(parsed.lockedPacks).toContain('tactful-en');
      expect(parsed.allowOwnPacks).toBe(false);
    });
    it(`${name}: matches the managed_schema Chrome checks it against`, () => {
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('the Windows example names every setting of the schema', () => {
    const [reg] = blocks('reg');
    for (const key of Object.keys((schema as { properties: object }).properties)) expect(reg).toContain(key);
  });
});
