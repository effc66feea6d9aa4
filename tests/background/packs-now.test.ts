import { describe, expect, it } from 'vitest';
import { packsNowCache, type PackInputs } from '../../src/background/packs-now';
import { preparedBundledPacks } from '../../src/cli/load';
import { analyse } from '../../src/engine/analyse';
import { EMPTY_POLICY } from '../../src/store/policy';
import { DEFAULT_SETTINGS } from '../../src/store/settings';

const bundled = preparedBundledPacks().filter((p) => p.language === 'en');
const inputs = (over: Partial<PackInputs> = {}): PackInputs => ({ settings: DEFAULT_SETTINGS, policy: EMPTY_POLICY, subscriptions: [], local: [], localRevision: 0, ...over });

describe('packsNowCache', () => {
  it('compiles once for as long as what decides the packs stays the same', async () => {
    let now = inputs();
    const packsNow = packsNowCache(bundled, async () => now);
    const first = await packsNow();
    expect(await packsNow()).toBe(first);
    now = inputs({ settings: { ...DEFAULT_SETTINGS, ownPhrases: [{ phrase: 'ticket closed', language: 'en' }] } });
    const second = await packsNow();
    expect(second).not.toBe(first);
    expect(analyse('Your ticket closed yesterday.', second.compiled).findings.map((f) => f.rule)).toContain('own.en.1');
  });

  it("prepares the agent's own English phrases like bundled packs, so {word} forms work and English keeps its rules", async () => {
    const settings = { ...DEFAULT_SETTINGS, ownPhrases: [{ phrase: 'we {close} your ticket', language: 'en' }] };
    const { compiled } = await packsNowCache(bundled, async () => inputs({ settings }))();
    const rules = analyse('Please calm down, we closed your ticket.', compiled).findings.map((f) => f.rule);
    expect(rules).toContain('own.en.1');
    expect(rules).toContain('en.calm-down');
  });

  it('keeps a locked pack in force though the agent switched it off', async () => {
    const settings = { ...DEFAULT_SETTINGS, disabledPacks: ['tactful-en'] };
    const off = await packsNowCache(bundled, async () => inputs({ settings }))();
    expect(off.packs.map((p) => p.id)).not.toContain('tactful-en');
    const locked = await packsNowCache(bundled, async () => inputs({ settings, policy: { ...EMPTY_POLICY, lockedPacks: ['tactful-en'] } }))();
    expect(locked.packs.map((p) => p.id)).toContain('tactful-en');
  });
});
