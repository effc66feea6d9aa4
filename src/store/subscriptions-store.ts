import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Subscription } from '../packs/subscription';

/**
 * The pack subscriptions with their state (validators, the good version, the last check and error),
 * in `storage.local` apart from the settings: the background is their only writer, and the options
 * page and the pages only read them.
 */
export const subscriptionsItem = storage.defineItem<Subscription[]>('local:subscriptions', { fallback: [] });

/** Stored subscriptions, with anything that is not one left out (storage may hold an older shape). */
export function storedSubscriptions(value: unknown): Subscription[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is Subscription => typeof s === 'object' && s !== null && typeof (s as Subscription).url === 'string');
}

export const readSubscriptions = async (): Promise<Subscription[]> => storedSubscriptions(await subscriptionsItem.getValue());

export interface SubscriptionsState {
  subscriptions: Subscription[];
  loaded: boolean;
}

/** The subscriptions as a zustand store that follows storage, for the options page. */
export function createSubscriptionsStore(): StoreApi<SubscriptionsState> & { dispose(): void } {
  const store = createStore<SubscriptionsState>()(() => ({ subscriptions: [], loaded: false }));
  void readSubscriptions().then((subscriptions) => store.setState({ subscriptions, loaded: true }));
  const unwatch = subscriptionsItem.watch((v) => store.setState({ subscriptions: storedSubscriptions(v), loaded: true }));
  return Object.assign(store, { dispose: unwatch });
}
