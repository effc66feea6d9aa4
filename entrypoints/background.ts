import bundledPacks from 'virtual:tactful/bundled-packs';
import { draftRewrites } from '../src/background/draft-rewrites';
import { packsNowCache } from '../src/background/packs-now';
import { subscriptionService } from '../src/background/subscription-service';
import { scheduleSubscriptionChecks } from '../src/background/subscription-schedule';
import { freezeGroup, type FrozenGroup } from '../src/engine/frozen-group';
import type { DraftRewriteUsed } from '../src/engine/types';
import { onMessage, sendMessage, type DraftSummary } from '../src/messaging/protocol';
import { baseLanguage } from '../src/packs/compile';
import type { Pack } from '../src/packs/pack';
import { readLocalPacks } from '../src/store/local-packs';
import { localPacksItem } from '../src/store/local-packs-store';
import { readPolicy } from '../src/store/policy-store';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings } from '../src/store/settings';

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

  // Local packs are read (and checked again) once per change, not per request: one may be 500 KB.
  let local: Promise<Pack[]> | undefined;
  let localRevision = 0;
  localPacksItem.watch(() => {
    local = undefined;
    localRevision++;
  });
  const currentLocal = (): Promise<Pack[]> => (local ??= localPacksItem.getValue().then((v) => readLocalPacks(v).packs.map((p) => p.prepared)));

  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them.
  const packsNow = packsNowCache(bundledPacks, async () => {
    const [stored, policy, list, localPacks] = await Promise.all([settingsItem.getValue(), readPolicy(), subscriptions.list(), currentLocal()]);
    return { settings: sanitizeSettings(stored), policy, subscriptions: list, local: localPacks, localRevision };
  });
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
