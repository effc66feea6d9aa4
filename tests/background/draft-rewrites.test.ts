import { describe, expect, it } from 'vitest';
import { draftRewrites, type RewriteMemory } from '../../src/background/draft-rewrites';
import { preparedBundledPacks } from '../../src/cli/load';
import type { DraftRewriteUsed } from '../../src/engine/types';
import { compilePacks } from '../../src/packs/compile';

const packs = preparedBundledPacks();
const compiled = compilePacks(packs);
const packsNow = async () => ({ packs, compiled });

function memory(): RewriteMemory & { saved: DraftRewriteUsed | null } {
  const m = {
    saved: null as DraftRewriteUsed | null,
    load: async () => m.saved,
    save: async (u: DraftRewriteUsed) => void (m.saved = u),
  };
  return m;
}

describe('draftRewrites', () => {
  it('never starts two consecutive rewrites with the same sentence, across drafts', async () => {
    const rewrite = draftRewrites(packsNow, memory());
    const drafts = ['Calm down, we will refund the order today.', 'Calm down, we will refund the order today.', 'That is not my problem. We will send a new card tomorrow.'];
    const firsts: string[] = [];
    for (const d of drafts) {
      const r = await rewrite(d);
      expect(r).not.toBeNull();
      firsts.push(r!.text.split(/(?<=[.!?])\s/)[0]!);
    }
    expect(firsts[1]).not.toBe(firsts[0]);
    expect(firsts[2]).not.toBe(firsts[1]);
  });

  it('still rewrites when the memory is unavailable (a browser without session storage)', async () => {
    const broken: RewriteMemory = { load: () => Promise.reject(new Error('no storage.session')), save: () => Promise.reject(new Error('no storage.session')) };
    const r = await draftRewrites(packsNow, broken)('Calm down, we will refund the order today.');
    expect(r?.changes.length).toBeGreaterThan(0);
  });

  it('has nothing to propose for an empty draft', async () => {
    expect(await draftRewrites(packsNow, memory())('   ')).toBeNull();
  });
});
