import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/packs/pack';
import { installLocalPack, readLocalPacks, removeLocalPack, reservedIdProblem, type LocalPack } from '../../src/store/local-packs';
import { packsInForce } from '../../src/store/packs-in-force';
import { DEFAULT_SETTINGS } from '../../src/store/settings';

const TEAM = JSON.parse(readFileSync(new URL('../fixtures/team-pack.json', import.meta.url), 'utf8')) as Pack;
const packOf = (id: string, version = '1.0.0'): Pack => ({ ...TEAM, id, version });
const entry = (id: string, version?: string): LocalPack => ({ pack: packOf(id, version), prepared: packOf(id, version) });
const ids = (list: readonly LocalPack[]): string[] => list.map((p) => `${p.pack.id}@${p.pack.version}`);

describe('local packs', () => {
  it('install a new pack at the end, a new version of one in its place, and a renamed one in place of the old', () => {
    const list = [entry('a'), entry('b')];
    expect(ids(installLocalPack(list, entry('c')))).toEqual(['a@1.0.0', 'b@1.0.0', 'c@1.0.0']);
    expect(ids(installLocalPack(list, entry('a', '2.0.0')))).toEqual(['a@2.0.0', 'b@1.0.0']);
    expect(ids(installLocalPack(list, entry('a2'), 'a'))).toEqual(['a2@1.0.0', 'b@1.0.0']);
    // Renamed to the id of another local pack: one pack of that id remains.
    expect(ids(installLocalPack(list, entry('b', '3.0.0'), 'a'))).toEqual(['b@3.0.0']);
    expect(ids(removeLocalPack(list, 'a'))).toEqual(['b@1.0.0']);
  });

  it('keep the bundled and own-phrase ids for those', () => {
    expect(reservedIdProblem('tactful-en', ['tactful-en'])).toMatch(/bundled or subscribed pack/);
    expect(reservedIdProblem('own-en', [])).toMatch(/own phrases/);
    expect(reservedIdProblem('acme-en', ['tactful-en'])).toBeUndefined();
  });

  it('read stored packs again, dropping what does not validate, is not a pack or repeats an id', () => {
    expect(readLocalPacks(undefined)).toEqual({ packs: [], repaired: false });
    expect(readLocalPacks('junk')).toEqual({ packs: [], repaired: true });
    const broken = { pack: { ...packOf('x'), rules: [{ id: 'bad' }] }, prepared: packOf('x') };
    const r = readLocalPacks([entry('a'), broken, 7, entry('a'), { pack: packOf('b'), prepared: packOf('c') }, entry('d')]);
    expect(ids(r.packs)).toEqual(['a@1.0.0', 'd@1.0.0']);
    expect(r.repaired).toBe(true);
  });

  it('load after the bundled packs and before the own phrases, and switch off like them', () => {
    const bundled = [packOf('tactful-en')];
    const local = [packOf('acme-en'), packOf('acme-ru')];
    const settings = { ...DEFAULT_SETTINGS, ownPhrases: [{ phrase: 'a b', language: 'en' }] };
    expect(packsInForce({ bundled, local, settings }).map((p) => p.id)).toEqual(['tactful-en', 'acme-en', 'acme-ru', 'own-en']);
    expect(packsInForce({ bundled, local, settings: { ...settings, disabledPacks: ['acme-en'] } }).map((p) => p.id)).toEqual(['tactful-en', 'acme-ru', 'own-en']);
    expect(packsInForce({ bundled, settings }).map((p) => p.id)).toEqual(['tactful-en', 'own-en']);
  });
});
