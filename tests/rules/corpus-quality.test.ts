import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedBundledPacks } from '../../src/cli/load';
import { compilePacks } from '../../src/packs/compile';
import { corpusFiles, measureCorpus, readCorpus } from '../../scripts/corpus-quality';

// Issue #4's targets, per language, on corpora written apart from the rules' own examples.
const packs = compilePacks(preparedBundledPacks());

describe('labelled corpus', () => {
  it('exists for the five languages with at least 150 drafts each', () => {
    expect(corpusFiles().map((f) => basename(f, '.jsonl'))).toEqual(['cs', 'en', 'lv', 'ru', 'zh']);
    for (const f of corpusFiles()) expect(readCorpus(f).length, f).toBeGreaterThanOrEqual(150);
  });

  describe.each(corpusFiles())('%s', (file) => {
    const q = measureCorpus(file, packs);
    it('recall ≥ 0.9: flagged spans are caught by an error or warning', () => {
      expect(q.recall, JSON.stringify(q.misses.slice(0, 5), null, 1)).toBeGreaterThanOrEqual(0.9);
    });
    it('false-positive rate ≤ 0.05 on clean drafts', () => {
      expect(q.falsePositiveRate, JSON.stringify(q.falseAlarms.slice(0, 5), null, 1)).toBeLessThanOrEqual(0.05);
    });
    it('detects the language of ≥ 97% of the drafts', () => {
      expect(q.detection, JSON.stringify(q.misdetected.slice(0, 5), null, 1)).toBeGreaterThanOrEqual(0.97);
    });
  });
});
