import type { Pack } from '../packs/pack';
import type { GoodVersion, Subscription } from '../packs/subscription';

/** A subscription as stored: its good version without the pack, which is stored apart by sha256. */
export type StoredSubscription = Omit<Subscription, 'good'> & { good?: Omit<GoodVersion, 'pack'> };

/** Stored subscriptions, with anything that is not one left out (storage may hold an older shape). */
export function storedSubscriptions(value: unknown): StoredSubscription[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is StoredSubscription => typeof s === 'object' && s !== null && typeof (s as StoredSubscription).url === 'string');
}

/** Subscriptions with their packs; a good version whose pack is missing counts as none. */
export function joinPacks(list: readonly StoredSubscription[], packs: unknown): Subscription[] {
  const byHash = (typeof packs === 'object' && packs !== null ? packs : {}) as Record<string, Pack | undefined>;
  return list.map(({ good, ...s }) => {
    const pack = good !== undefined ? byHash[good.sha256] : undefined;
    return good !== undefined && pack !== undefined ? { ...s, good: { ...good, pack } } : s;
  });
}

/** The stored form of a subscription: its pack goes to the packs item. */
export const storedShape = ({ good, ...s }: Subscription): StoredSubscription => (good === undefined ? s : { ...s, good: { version: good.version, fetchedAt: good.fetchedAt, sha256: good.sha256, ...(good.verifiedWith !== undefined && { verifiedWith: good.verifiedWith }) } });
