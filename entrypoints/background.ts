import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage, sendMessage, type DraftSummary } from '../src/messaging/protocol';
import { freezeGroup, type FrozenGroup } from '../src/engine/frozen-group';
import { baseLanguage, compilePacks, preparePack } from '../src/packs/compile';
import { LANGUAGE_TOOLS } from '../src/packs/language-tools';
import type { Pack } from '../src/packs/pack';
import { subscriptionService } from '../src/background/subscription-service';
import { scheduleSubscriptionChecks } from '../src/background/subscription-schedule';
import { packsInForce } from '../src/store/packs-in-force';
import { EMPTY_POLICY, type Policy } from '../src/store/policy';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings, type Settings } from '../src/store/settings';
import { subscribedVersion } from '../src/store/subscription-list';
import type { Subscription } from '../src/packs/subscription';

const currentSettings = async (): Promise<Settings> => sanitizeSettings(await settingsItem.getValue());
/**
 * The enterprise policy in force: its packs become managed subscriptions (src/store/subscription-list.ts),
 * its locked packs cannot be switched off. Reading storage.managed replaces EMPTY_POLICY here.
 */
const currentPolicy = async (): Promise<Policy> => EMPTY_POLICY;

/**
 * Subscribed packs arrive as written, so they are prepared here as the build prepares bundled ones
 * (`{word}` forms, the contraction table): this puts compromise in the background, never in pages.
 * Each version is prepared once (by its sha256).
 */
let prepared = new Map<string, Pack>();
function preparedSubscribed(list: readonly Subscription[]): Pack[] {
  const next = new Map<string, Pack>();
  for (const { good } of list) if (good !== undefined) next.set(good.sha256, prepared.get(good.sha256) ?? preparePack(good.pack, LANGUAGE_TOOLS));
  prepared = next;
  return [...next.values()];
}

const packsFor = (settings: Settings, policy: Policy, subscriptions: readonly Subscription[]): Pack[] =>
  packsInForce({ bundled: bundledPacks, settings, policy, subscribed: preparedSubscribed(subscriptions) });

export default defineBackground(() => {
  // The focused draft per tab, for the popup; in memory only (the page sends it again on every change).
  const drafts = new Map<number, { summary: DraftSummary; frameId: number }>();
  onMessage('draftChanged', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) drafts.set(sender.tab.id, { summary: data, frameId: sender.frameId ?? 0 });
  });
  onMessage('getDraft', ({ data }) => drafts.get(data.tabId)?.summary ?? null);
  onMessage('toggleStep', async ({ data }) => {
    const draft = drafts.get(data.tabId);
    if (draft !== undefined) await sendMessage('setStep', { step: data.step }, { tabId: data.tabId, frameId: draft.frameId });
  });
  browser.tabs.onRemoved.addListener((tabId) => drafts.delete(tabId));

  // Pack subscriptions: the only network requests Tactful makes, to URLs the agent or admin set.
  const subscriptions = subscriptionService({
    policy: currentPolicy,
    bundledIds: bundledPacks.map((p) => p.id),
    fetch: { fetch: (input, init) => fetch(input, init), hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }) },
    now: () => Date.now(),
  });
  scheduleSubscriptionChecks(subscriptions);
  onMessage('subscribe', ({ data }) => subscriptions.subscribe(data));
  onMessage('checkSubscriptions', ({ data }) => subscriptions.check(data.url));
  onMessage('unsubscribe', ({ data }) => subscriptions.unsubscribe(data.url));
  const inForce = async (): Promise<{ settings: Settings; policy: Policy; list: Subscription[] }> => {
    const [settings, policy, list] = await Promise.all([currentSettings(), currentPolicy(), subscriptions.list()]);
    return { settings, policy, list };
  };

  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them.
  // Compiled languages, for as long as the packs in force stay the same.
  const compiled = new Map<string, Promise<FrozenGroup | null>>();
  let compiledFor = '';
  const compiledLanguage = async (language: string): Promise<FrozenGroup | null> => {
    // Bundled packs only change with the extension; what the agent sets, the policy and the
    // subscriptions' good versions decide the rest.
    const { settings, policy, list } = await inForce();
    const version = JSON.stringify([settings.disabledPacks, settings.ownPhrases, policy.lockedPacks, subscribedVersion(list)]);
    if (version !== compiledFor) {
      compiled.clear();
      compiledFor = version;
    }
    let group = compiled.get(language);
    if (group === undefined) {
      const g = compilePacks(packsFor(settings, policy, list)).group(language);
      group = Promise.resolve(g === undefined ? null : freezeGroup(g));
      compiled.set(language, group);
    }
    return group;
  };
  onMessage('getLanguage', ({ data }) => compiledLanguage(data.language));
  onMessage('getDetection', async () => {
    const { settings, policy, list } = await inForce();
    const detection = packsFor(settings, policy, list).map((p) => ({ ...p, rules: [], steps: {} }));
    // A page just focused a reply box: once this reply is sent, compile the languages its agent most
    // likely writes in, while they type their first words, so the first marks need not wait for it.
    setTimeout(() => {
      for (const l of new Set([baseLanguage(navigator.language), 'en'])) void compiledLanguage(l);
    }, 0);
    return detection;
  });
});
