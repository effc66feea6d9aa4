import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/packs/pack';
import { packsInForce } from '../../src/store/packs-in-force';
import { EMPTY_POLICY } from '../../src/store/policy';
import { DEFAULT_SETTINGS } from '../../src/store/settings';

const pack = (id: string): Pack => ({ id, name: id, version: '1.0.0', language: 'en', rules: [] }) as unknown as Pack;
const bundled = [pack('tactful-en'), pack('tactful-ru')];
const ids = (packs: Pack[]): string[] => packs.map((p) => p.id);

describe('packs in force', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledPacks: ['tactful-en', 'tactful-ru'], ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }] };
  it('leaves out packs the agent switched off, and adds the agent’s own phrases', () => {
    const packs = packsInForce({ bundled, settings: { ...settings, disabledPacks: ['tactful-ru'] } });
    expect(ids(packs)).toEqual(['tactful-en', expect.stringMatching(/^own/)]);
  });
  it('keeps a pack the policy locks, whatever the settings say', () => {
    expect(ids(packsInForce({ bundled, settings, policy: { ...EMPTY_POLICY, lockedPacks: ['tactful-ru'] } })).slice(0, 1)).toEqual(['tactful-ru']);
  });
  it('drops the agent’s own phrases when the policy does not allow them', () => {
    expect(ids(packsInForce({ bundled, settings: DEFAULT_SETTINGS, policy: { ...EMPTY_POLICY, allowOwnPacks: false } }))).toEqual(['tactful-en', 'tactful-ru']);
    const own = { ...DEFAULT_SETTINGS, ownPhrases: settings.ownPhrases };
    expect(packsInForce({ bundled, settings: own })).toHaveLength(3);
    expect(ids(packsInForce({ bundled, settings: own, policy: { ...EMPTY_POLICY, allowOwnPacks: false } }))).toEqual(['tactful-en', 'tactful-ru']);
  });
});
