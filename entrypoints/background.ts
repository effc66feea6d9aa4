import bundledPacks from 'virtual:tactful/bundled-packs';
import { draftRewrites, type PacksNow } from '../src/background/draft-rewrites';
import { subscriptionService } from '../src/background/subscription-service';
import { scheduleSubscriptionChecks } from '../src/background/subscription-schedule';
import { freezeGroup, type FrozenGroup } from '../src/engine/frozen-group';
import type { DraftRewriteUsed } from '../src/engine/types';
import { onMessage, sendMessage, type DraftSummary } from '../src/messaging/protocol';
import { baseLanguage, compilePacks, preparePack } from '../src/packs/compile';
import { LANGUAGE_TOOLS } from '../src/packs/language-tools';
import { packsInForce } from '../src/store/packs-in-force';
import { readPolicy } from '../src/store/policy-store';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings } from '../src/store/settings';
import { subscribedVersion } from '../src/store/subscription-list';

const bundled = new Set(bundledPacks);
const lastRewrite = storage.defineItem<DraftRewriteUsed | null>('session:lastRewrite', { fallback: null });

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
    policy: readPolicy,
    bundledIds: bundledPacks.map((p) => p.id),
    fetch: { fetch: (input, init) => fetch(input, init), hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }) },
    now: () => Date.now(),
  });
  scheduleSubscriptionChecks(subscriptions);
  onMessage('subscribe', ({ data }) => subscriptions.subscribe(data));
  onMessage('checkSubscriptions', ({ data }) => subscriptions.check(data.url));
  onMessage('unsubscribe', ({ data }) => subscriptions.unsubscribe(data.url));

  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them. The packs in force and their compilation (built per language on
  // first use) last as long as what decides them: bundled packs only change with the extension; the
  // agent's settings, the whole policy and the subscriptions' good versions decide the rest.
  let current: (PacksNow & { version: string; frozen: Map<string, FrozenGroup | null> }) | undefined;
  const packsNow = async (): Promise<PacksNow & { frozen: Map<string, FrozenGroup | null> }> => {
    const [stored, policy, list] = await Promise.all([settingsItem.getValue(), readPolicy(), subscriptions.list()]);
    const settings = sanitizeSettings(stored);
    const version = JSON.stringify([settings.disabledPacks, settings.ownPhrases, policy, subscribedVersion(list)]);
    if (current?.version !== version) {
      const subscribed = list.flatMap((s) => (s.good === undefined ? [] : [s.good.pack]));
      // Packs that did not come through the build (subscribed ones, the agent's own phrases) arrive as
      // written: prepared here as the build prepares bundled ones (`{word}` forms, the contraction
      // table), which keeps compromise in the background and out of pages.
      const packs = packsInForce({ bundled: bundledPacks, settings, policy, subscribed }).map((p) => (bundled.has(p) ? p : preparePack(p, LANGUAGE_TOOLS)));
      current = { version, packs, compiled: compilePacks(packs), frozen: new Map() };
    }
    return current;
  };
  const compiledLanguage = async (language: string): Promise<FrozenGroup | null> => {
    const { compiled, frozen } = await packsNow();
    if (!frozen.has(language)) {
      const g = compiled.group(language);
      frozen.set(language, g === undefined ? null : freezeGroup(g));
    }
    return frozen.get(language)!;
  };
  onMessage('getLanguage', ({ data }) => compiledLanguage(data.language));
  onMessage('getDetection', async () => {
    // Detection needs the packs' languages and words, not their rules, steps or rewrite sentences.
    const detection = (await packsNow()).packs.map(({ compose: _compose, ...p }) => ({ ...p, rules: [], steps: {} }));
    // A page just focused a reply box: once this reply is sent, compile the languages its agent most
    // likely writes in, while they type their first words, so the first marks need not wait for it.
    setTimeout(() => {
      for (const l of new Set([baseLanguage(navigator.language), 'en'])) void compiledLanguage(l);
    }, 0);
    return detection;
  });
  const rewrite = draftRewrites(packsNow, { load: () => lastRewrite.getValue(), save: (used) => lastRewrite.setValue(used) });
  onMessage('rewriteDraft', ({ data }) => rewrite(data.text));
});
