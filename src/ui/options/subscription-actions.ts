import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import { newSubscription, originPattern } from '../../packs/subscription';

/** What the options page can do with subscriptions (the page's tests render it with none). */
export interface SubscriptionActions {
  /**
   * Subscribes, asking the browser for the pack's origin on the way. Must be called from the click
   * (or submit) handler itself: browsers grant permission requests only during a user gesture.
   */
  subscribe(input: { url: string; pin?: string; publicKey?: string }): Promise<{ problems: string[] }>;
  check(url: string): Promise<void>;
  unsubscribe(url: string): Promise<{ problems: string[] }>;
  hasAccess(url: string): Promise<boolean>;
  /** Asks for the origin's host permission (from a click); checks again when granted. */
  requestAccess(url: string): Promise<boolean>;
}

/**
 * Asks for the host permission without waiting for the answer before going on: the fetch may work
 * without it (a server that sends CORS headers), and a prompt that is never answered (headless
 * Chromium never shows it) must not hold the subscription back. A later grant triggers a new check.
 */
function askFor(url: string): Promise<boolean> {
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return Promise.resolve(false);
  }
  return asked.catch(() => false);
}

export function browserSubscriptionActions(): SubscriptionActions {
  const check = (url: string): Promise<void> => sendMessage('checkSubscriptions', { url });
  return {
    subscribe(input) {
      const { subscription, problems } = newSubscription(input);
      if (subscription === undefined) return Promise.resolve({ problems });
      void askFor(subscription.url).then((granted) => (granted ? check(subscription.url) : undefined));
      return sendMessage('subscribe', input);
    },
    check,
    unsubscribe: (url) => sendMessage('unsubscribe', { url }),
    hasAccess: (url) => browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false),
    async requestAccess(url) {
      const granted = await askFor(url);
      if (granted) await check(url);
      return granted;
    },
  };
}
