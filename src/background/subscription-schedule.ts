import { browser } from 'wxt/browser';
import type { SubscriptionService } from './subscription-service';

export const CHECK_ALARM = 'tactful-subscriptions';
/** How often subscriptions are checked; a team lead's fix reaches agents within this time. */
export const CHECK_PERIOD_MINUTES = 6 * 60;

/**
 * Checks subscriptions every few hours, when the browser starts, when the extension is installed or
 * updated, and when the enterprise policy changes (which installs the packs a policy names). Alarms outlive the background's sleep;
 * the listeners are registered at once because an MV3 service worker is woken up for them.
 */
export function scheduleSubscriptionChecks(service: SubscriptionService): void {
  void browser.alarms.get(CHECK_ALARM).then((alarm) => {
    if (alarm === undefined) void browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES, delayInMinutes: CHECK_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) void service.check();
  });
  browser.runtime.onStartup.addListener(() => void service.check());
  browser.runtime.onInstalled.addListener(() => void service.check());
  // A new enterprise policy may add or remove managed packs, or change their pin or key.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void service.check();
  });
}
