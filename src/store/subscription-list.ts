import type { Pack } from '../packs/pack';
import { requireFor, type Subscription } from '../packs/subscription';
import type { Policy } from './policy';

/**
 * The subscriptions in effect: the policy's packs first (managed: the agent cannot remove them, and
 * the policy's pin and key apply), then the agent's own, in the order they subscribed. A stored entry
 * keeps its state (validators, good version, last error) across a policy change of the same URL; a
 * managed entry the policy no longer lists is gone, and the agent's own go when the policy forbids
 * them.
 */
export function subscriptionList(stored: readonly Subscription[], policy: Pick<Policy, 'packs' | 'allowOwnPacks'>): Subscription[] {
  const byUrl = new Map(stored.map((s) => [s.url, s]));
  const managed = policy.packs.map((p) => {
    const url = normalUrl(p.url);
    return requireFor(byUrl.get(url) ?? { url }, { managed: true, ...(p.sha256 !== undefined && { pin: p.sha256 }), ...(p.publicKey !== undefined && { publicKey: p.publicKey }) });
  });
  const managedUrls = new Set(managed.map((s) => s.url));
  const own = policy.allowOwnPacks ? stored.filter((s) => s.managed !== true && !managedUrls.has(s.url)) : [];
  return [...dedupe(managed), ...own];
}

/** The packs the subscriptions put in force, in order: each one's good version, if it has one. */
export const subscribedPacks = (list: readonly Subscription[]): Pack[] => list.flatMap((s) => (s.good !== undefined ? [s.good.pack] : []));

/** What identifies the subscribed packs' contents, for caches of what was compiled from them. */
export const subscribedVersion = (list: readonly { url: string; good?: { sha256: string } }[]): string => list.map((s) => (s.good !== undefined ? `${s.url}#${s.good.sha256}` : s.url)).join(' ');

/** Replaces the entry of the same URL, or adds it at the end. */
export function withSubscription(list: readonly Subscription[], s: Subscription): Subscription[] {
  const i = list.findIndex((x) => x.url === s.url);
  return i < 0 ? [...list, s] : list.map((x, j) => (j === i ? s : x));
}

function normalUrl(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url;
  }
}

function dedupe(list: Subscription[]): Subscription[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.url) && (seen.add(s.url), true));
}
