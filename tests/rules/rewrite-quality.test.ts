import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedBundledPacks } from '../../src/cli/load';
import { compilePacks } from '../../src/packs/compile';
import { corpusFiles } from '../../scripts/corpus-quality';
import { measureRewrites } from '../../scripts/rewrite-quality';

// Issue #7: "De-escalate this reply" on every corpus draft that has something to fix. Measured when
// the gate was set: cs 0.981, en 0.979, lv 1.000, ru 0.993, zh 1.000 (npm run quality). The floor
// leaves room for pack edits, not for a rewrite that stops working.
const FLOOR = 0.95;
const packs = preparedBundledPacks();
const compiled = compilePacks(packs);

describe.each(corpusFiles())('whole-draft rewrites of %s', (file) => {
  const q = measureRewrites(file, basename(file, '.jsonl'), compiled, packs);
  it(`come out clean (no error or warning left, every fact kept) for ≥ ${FLOOR} of the flagged drafts`, () => {
    expect(q.drafts).toBeGreaterThanOrEqual(100);
    expect(q.share, JSON.stringify(q.failures.slice(0, 5), null, 1)).toBeGreaterThanOrEqual(FLOOR);
  });
  it(`do acknowledge, apologize, anything else (and solution when the draft had one) for ≥ ${FLOOR} of them`, () => {
    // Measured 1.000 in every language: every opener and closer does its step (compose-variants.test.ts).
    expect(q.completeShare).toBeGreaterThanOrEqual(FLOOR);
  });
});
