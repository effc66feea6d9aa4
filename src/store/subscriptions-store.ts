import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Pack } from '../packs/pack';
import type { Subscription } from '../packs/subscription';
import { joinPacks, storedShape, storedSubscriptions, type StoredSubscription } from './stored-subscriptions';

/**
 * The pack subscriptions with their state (validators, the good version, the last check and error),
 * in `storage.local` apart from the settings; the background is their only writer. The packs
 * themselves are a second item, written only when a new version arrives: every tab's content script
 * receives every storage change, and a check every few hours should send them a few bytes, not packs.
 */
export const subscriptionsItem = storage.defineItem<StoredSubscription[]>('local:subscriptions', { fallback: [] });
/** The good versions' packs by the sha256 of their bytes. */
export const subscribedPacksItem = storage.defineItem<Record<string, Pack>>('local:subscribedPacks', { fallback: {} });

export async function readSubscriptions(): Promise<Subscription[]> {
  const [list, packs] = await Promise.all([subscriptionsItem.getValue(), subscribedPacksItem.getValue()]);
  return joinPacks(storedSubscriptions(list), packs);
}

/**
 * Stores subscriptions. A new pack is added before the list names it and an old one removed after
 * the list stops naming it, so a reader never finds a good version without its pack.
 */
export async function writeSubscriptions(list: readonly Subscription[]): Promise<void> {
  const stored = (await subscribedPacksItem.getValue()) ?? {};
  const wanted: Record<string, Pack> = Object.fromEntries(list.flatMap((s) => (s.good !== undefined ? [[s.good.sha256, s.good.pack] as const] : [])));
  const added = Object.keys(wanted).filter((h) => !(h in stored));
  const removed = Object.keys(stored).filter((h) => !(h in wanted));
  if (added.length > 0) await subscribedPacksItem.setValue({ ...stored, ...wanted });
  await subscriptionsItem.setValue(list.map(storedShape));
  if (removed.length > 0) await subscribedPacksItem.setValue(wanted);
}

export interface SubscriptionsState {
  subscriptions: Subscription[];
  loaded: boolean;
}

/** The subscriptions as a zustand store that follows storage, for the options page. */
export function createSubscriptionsStore(): StoreApi<SubscriptionsState> & { dispose(): void } {
  const store = createStore<SubscriptionsState>()(() => ({ subscriptions: [], loaded: false }));
  const reload = (): void => void readSubscriptions().then((subscriptions) => store.setState({ subscriptions, loaded: true }));
  reload();
  const unwatch = [subscriptionsItem.watch(reload), subscribedPacksItem.watch(reload)];
  return Object.assign(store, { dispose: () => unwatch.forEach((u) => u()) });
}
