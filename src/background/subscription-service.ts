import { applyFetch, newSubscription, type Subscription } from '../packs/subscription';
import type { Policy } from '../store/policy';
import { subscribedPacks, subscriptionList, withSubscription } from '../store/subscription-list';
import { readSubscriptions, writeSubscriptions } from '../store/subscriptions-store';
import { fetchPack, type FetchDeps } from './pack-fetch';

export interface SubscriptionServiceDeps {
  /** The enterprise policy in force: its packs are managed subscriptions. */
  policy(): Promise<Policy>;
  /** Ids of the bundled packs, which a subscribed pack may not take. */
  bundledIds: readonly string[];
  fetch: FetchDeps;
  now(): number;
}

export interface SubscriptionService {
  /** Checks one subscription, or all, and stores the outcome; resolves when done. */
  check(url?: string): Promise<void>;
  /** Adds a subscription and checks it at once; problems when it cannot be added. */
  subscribe(input: { url: string; pin?: string; publicKey?: string }): Promise<{ problems: string[] }>;
  unsubscribe(url: string): Promise<{ problems: string[] }>;
  /** The subscriptions in effect under the current policy. */
  list(): Promise<Subscription[]>;
}

/**
 * The background's side of subscriptions: fetch, decide (src/packs/subscription.ts), store. Every
 * change goes through one queue, so a scheduled check and an agent's "Check now" or "Unsubscribe"
 * never write over each other's results.
 */
export function subscriptionService(deps: SubscriptionServiceDeps): SubscriptionService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  const current = async (): Promise<Subscription[]> => subscriptionList(await readSubscriptions(), await deps.policy());
  const save = writeSubscriptions;

  const checkOne = async (list: Subscription[], url: string): Promise<Subscription[]> => {
    const s = list.find((x) => x.url === url);
    if (s === undefined) return list;
    const outcome = await fetchPack(s, deps.fetch);
    const takenIds = [...deps.bundledIds, ...subscribedPacks(list.filter((x) => x.url !== url)).map((p) => p.id)];
    return withSubscription(list, await applyFetch(s, outcome, deps.now(), { takenIds }));
  };

  return {
    check: (url) =>
      serial(async () => {
        let list = await current();
        // Stored once first: a policy change since the last check shows at once.
        await save(list);
        for (const s of list.filter((x) => url === undefined || x.url === url)) {
          list = await checkOne(list, s.url);
          await save(list);
        }
      }),
    subscribe: (input) =>
      serial(async () => {
        const policy = await deps.policy();
        if (!policy.allowOwnPacks) return { problems: ['Your administrator does not allow packs of your own.'] };
        const { subscription, problems } = newSubscription(input);
        if (subscription === undefined) return { problems };
        let list = await current();
        if (list.some((s) => s.url === subscription.url)) return { problems: ['You are already subscribed to this address.'] };
        list = await checkOne([...list, subscription], subscription.url);
        await save(list);
        return { problems: [] };
      }),
    unsubscribe: (url) =>
      serial(async () => {
        const list = await current();
        if (list.find((s) => s.url === url)?.managed === true) return { problems: ['Your administrator installed this pack; it cannot be removed here.'] };
        await save(list.filter((s) => s.url !== url));
        return { problems: [] };
      }),
    list: current,
  };
}
