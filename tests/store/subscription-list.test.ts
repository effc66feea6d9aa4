import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/packs/subscription';
import { packsInForce } from '../../src/store/packs-in-force';
import { EMPTY_POLICY, type Policy } from '../../src/store/policy';
import { DEFAULT_SETTINGS } from '../../src/store/settings';
import { subscribedPacks, subscribedVersion, subscriptionList, withSubscription } from '../../src/store/subscription-list';
import { pack, rule } from '../helpers';

const team = pack([rule('acme.closed', ['ticket is closed'])], { id: 'acme-en' });
const good = (sha256: string, p = team) => ({ pack: p, version: p.version, fetchedAt: 1, sha256 });
const own: Subscription = { url: 'https://team.example/acme.json', etag: '"1"', good: good('aa') };
const policy = (packs: Policy['packs'], allowOwnPacks = true): Policy => ({ ...EMPTY_POLICY, packs, allowOwnPacks });

describe('subscriptions in effect', () => {
  it('without a policy: the agent’s own, as stored', () => {
    expect(subscriptionList([own], EMPTY_POLICY)).toEqual([own]);
  });

  it('the policy’s packs come first, managed, with their pin and key; stored state is kept', () => {
    const admin: Subscription = { url: 'https://corp.example/p.json', managed: true, etag: '"x"', good: good('bb', { ...team, id: 'corp' }) };
    const list = subscriptionList([own, admin], policy([{ url: 'https://corp.example/p.json' }, { url: 'https://corp.example/new.json', publicKey: 'K' }]));
    expect(list.map((s) => s.url)).toEqual(['https://corp.example/p.json', 'https://corp.example/new.json', own.url]);
    expect(list[0]).toEqual(admin);
    expect(list[1]).toEqual({ url: 'https://corp.example/new.json', managed: true, publicKey: 'K' });
  });

  it('a policy entry for a URL the agent subscribed to takes it over', () => {
    const [s, ...rest] = subscriptionList([own], policy([{ url: own.url }]));
    expect(rest).toEqual([]);
    expect(s).toEqual({ ...own, managed: true });
  });

  it('a policy pin the stored version does not meet drops it, so the next check fetches it whole', () => {
    const [s] = subscriptionList([own], policy([{ url: own.url, sha256: 'cc'.repeat(32) }]));
    expect(s).toEqual({ url: own.url, managed: true, pin: 'cc'.repeat(32) });
  });

  it('managed entries the policy dropped go; own ones go when the policy forbids them', () => {
    const stale: Subscription = { url: 'https://corp.example/old.json', managed: true };
    expect(subscriptionList([stale, own], EMPTY_POLICY)).toEqual([own]);
    expect(subscriptionList([own], policy([], false))).toEqual([]);
  });

  it('packs in force: bundled, then subscribed, then own phrases; switched off by id unless locked', () => {
    const bundled = [pack([rule('en.x', ['x'])], { id: 'tactful-en' })];
    const settings = { ...DEFAULT_SETTINGS, ownPhrases: [{ phrase: 'my phrase', language: 'en' }] };
    const subscribed = subscribedPacks([own, { url: 'https://none.example/a.json' }]);
    expect(packsInForce({ bundled, settings, subscribed }).map((p) => p.id)).toEqual(['tactful-en', 'acme-en', 'own-en']);
    const off = { ...settings, disabledPacks: ['acme-en'] };
    expect(packsInForce({ bundled, settings: off, subscribed }).map((p) => p.id)).toEqual(['tactful-en', 'own-en']);
    expect(packsInForce({ bundled, settings: off, subscribed, policy: { ...EMPTY_POLICY, lockedPacks: ['acme-en'] } }).map((p) => p.id)).toEqual(['tactful-en', 'acme-en', 'own-en']);
  });

  it('the version changes with a new good version, not with a check', () => {
    const v = subscribedVersion([own]);
    const checked: Subscription = { ...own, lastChecked: 5, etag: '"2"' };
    expect(subscribedVersion([checked])).toBe(v);
    expect(subscribedVersion([{ ...own, good: good('dd') }])).not.toBe(v);
    expect(subscribedVersion([])).not.toBe(v);
  });

  it('replaces an entry in place or adds it at the end', () => {
    const other: Subscription = { url: 'https://b.example/b.json' };
    expect(withSubscription([own, other], { ...own, lastChecked: 9 })).toEqual([{ ...own, lastChecked: 9 }, other]);
    expect(withSubscription([own], other)).toEqual([own, other]);
  });
});
