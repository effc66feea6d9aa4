import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../../src/cli/load';
import { CATEGORIES, STEP_IDS } from '../../src/engine/types';
import { canonicalPackText } from '../../src/packs/canonical';
import { compilePacks } from '../../src/packs/compile';
import { formatProblem } from '../../src/packs/errors';
import { runExamples } from '../../src/packs/examples';
import { LANGUAGE_TOOLS } from '../../src/packs/language-tools';
import type { Pack } from '../../src/packs/pack';
import { validatePackText } from '../../src/packs/validate';

const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'));
const schemaValid = new Ajv2020({ allErrors: true }).compile(schema);
const files = bundledPackFiles();
const MIN_RULES: Record<string, number> = { en: 80 };

describe('bundled packs', () => {
  it('exist for the five languages', () => {
    expect(files.map((f) => basename(f, '.json')).sort()).toEqual(['cs', 'en', 'lv', 'ru', 'zh']);
  });

  const ids = new Map<string, string>();
  describe.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const result = validatePackText(text, file);
    const pack = result.pack as Pack;

    it('validates, and the JSON Schema agrees', () => {
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(schemaValid(JSON.parse(text)), JSON.stringify(schemaValid.errors?.slice(0, 3))).toBe(true);
    });

    it('is in canonical form (npm run format:packs)', () => {
      expect(text === canonicalPackText(pack)).toBe(true);
    });

    it('covers every category, with rule ids unique across packs and prefixed with the language', () => {
      expect(pack.rules.length).toBeGreaterThanOrEqual(MIN_RULES[pack.language] ?? 50);
      expect(new Set(pack.rules.map((r) => r.category))).toEqual(new Set(CATEGORIES));
      for (const r of pack.rules) {
        expect(r.id.startsWith(`${pack.language}.`), r.id).toBe(true);
        expect(ids.has(r.id), `${r.id} also in ${ids.get(r.id)}`).toBe(false);
        ids.set(r.id, file);
      }
    });

    it('gives every rule a message, two rewrites of different kinds, and flag and ok examples', () => {
      for (const r of pack.rules) {
        expect(r.suggestions.length, r.id).toBeGreaterThanOrEqual(2);
        expect(new Set(r.suggestions.map((s) => s.kind)).size, r.id).toBeGreaterThanOrEqual(2);
        expect(r.examples?.flag?.length ?? 0, r.id).toBeGreaterThanOrEqual(1);
        expect(r.examples?.ok?.length ?? 0, r.id).toBeGreaterThanOrEqual(1);
        if (r.category === 'negative-wording') expect(r.severity, r.id).toBe('hint');
      }
    });

    it('has patterns for all seven checklist steps and detection data', () => {
      expect(Object.keys(pack.steps ?? {}).sort()).toEqual([...STEP_IDS].sort());
      expect(pack.detect?.words.length ?? 0).toBeGreaterThanOrEqual(50);
    });

    it("passes its rules' own examples", () => {
      const { examples, failures } = runExamples(pack, compilePacks([pack], { tools: LANGUAGE_TOOLS }));
      expect(examples).toBeGreaterThan(pack.rules.length);
      expect(failures).toEqual([]);
    });
  });
});
