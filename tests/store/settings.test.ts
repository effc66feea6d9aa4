import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, repairSettings } from '../../src/store/settings';

describe('stored settings', () => {
  it('read version 1 data as it was, filling in what version 2 added, without calling it damage', () => {
    const v1 = { paused: true, disabledSites: ['help.example.com'], ignoredRules: ['en.calm-down'] };
    expect(repairSettings(v1)).toEqual({ settings: { ...DEFAULT_SETTINGS, ...v1 }, repaired: false });
  });

  it('repair damaged data field by field and say so', () => {
    const damaged = {
      paused: 'yes',
      disabledSites: 'help.example.com',
      ignoredRules: ['en.calm-down', 42],
      ownPhrases: [{ phrase: 'ticket closed', language: 'en' }, { phrase: 3 }],
      uiLanguage: 7,
    };
    expect(repairSettings(damaged)).toEqual({
      settings: { ...DEFAULT_SETTINGS, ignoredRules: ['en.calm-down'], ownPhrases: [{ phrase: 'ticket closed', language: 'en' }] },
      repaired: true,
    });
  });

  it('reset what is not settings at all, never failing', () => {
    for (const junk of ['settings', [1, 2], 42]) expect(repairSettings(junk)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
    // Nothing stored yet is a fresh start, not damage.
    for (const nothing of [undefined, null]) expect(repairSettings(nothing)).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('decide where the coach runs', () => {
    expect(activeOn(DEFAULT_SETTINGS, 'a.example')).toBe(true);
    expect(activeOn({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'a.example')).toBe(false);
    expect(activeOn({ ...DEFAULT_SETTINGS, paused: true }, 'b.example')).toBe(false);
  });
});
