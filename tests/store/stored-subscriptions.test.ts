import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/packs/subscription';
import { joinPacks, storedShape, storedSubscriptions } from '../../src/store/stored-subscriptions';
import { pack, rule } from '../helpers';

const team = pack([rule('acme.closed', ['ticket is closed'])], { id: 'acme-en' });

describe('stored subscriptions', () => {
  it('join their packs by sha256; a good version whose pack is missing counts as none', () => {
    const stored = storedSubscriptions([
      { url: 'https://a.example/p.json', etag: '"1"', good: { version: '1.0.0', fetchedAt: 5, sha256: 'aa' } },
      { url: 'https://b.example/p.json', good: { version: '1.0.0', fetchedAt: 5, sha256: 'bb' }, lastError: 'x' },
      'not a subscription',
      { etag: 'no url' },
    ]);
    const joined: Subscription[] = joinPacks(stored, { aa: team });
    expect(joined).toEqual([
      { url: 'https://a.example/p.json', etag: '"1"', good: { version: '1.0.0', fetchedAt: 5, sha256: 'aa', pack: team } },
      { url: 'https://b.example/p.json', lastError: 'x' },
    ]);
    expect(joinPacks(stored, undefined).every((s) => s.good === undefined)).toBe(true);
    expect(storedSubscriptions({ url: 'x' })).toEqual([]);
    // And back: the stored form has everything but the pack.
    expect(joined.map(storedShape)).toEqual([stored[0], { url: 'https://b.example/p.json', lastError: 'x' }]);
  });
});
