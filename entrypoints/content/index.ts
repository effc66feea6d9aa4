import { createPolicyStore } from '../../src/store/policy-store';
import { localPacksItem } from '../../src/store/local-packs-store';
import { createSettingsStore } from '../../src/store/settings-store';
import { activeOn, type Settings } from '../../src/store/settings';
import type { Policy } from '../../src/store/policy';
import { subscribedVersion } from '../../src/store/subscription-list';
import { storedSubscriptions } from '../../src/store/stored-subscriptions';
import { subscriptionsItem } from '../../src/store/subscriptions-store';
import { startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Editors in about:srcdoc frames (TinyMCE) get the script too.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const settings = createSettingsStore();
    // The organization's policy: sites always on or off, packs that stay on, no own phrases.
    const policy = createPolicyStore();
    let session: ReturnType<typeof startSession> | undefined;
    let previous: { s: Settings; p: Policy } | undefined;
    const sync = (): void => {
      const { settings: s, loaded } = settings.getState();
      const { policy: p, loaded: policyLoaded } = policy.getState();
      // Starting before the policy is known could show marks on a site the organization keeps off.
      if (!loaded || !policyLoaded) return;
      const active = activeOn(s, location.hostname, p);
      if (active && session === undefined) session = startSession(document, settings);
      else if (!active && session !== undefined) {
        // Off for this site or paused: every mark, listener and element of ours leaves the page.
        session.stop();
        session = undefined;
      } else if (session !== undefined && previous !== undefined) {
        const was = previous;
        const changed = (k: keyof Settings): boolean => JSON.stringify(s[k]) !== JSON.stringify(was.s[k]);
        if (changed('disabledPacks') || changed('ownPhrases') || JSON.stringify(p) !== JSON.stringify(was.p)) session.reloadPacks();
        else if (changed('ignoredRules')) session.refresh();
      }
      previous = { s, p };
    };
    const unsubscribe = settings.subscribe(sync);
    const unsubscribePolicy = policy.subscribe(sync);
    // A local pack imported, saved from the editor or removed: the background compiles anew.
    const unwatchLocal = localPacksItem.watch(() => session?.reloadPacks());
    sync();
    // A subscribed pack's new version (or a subscription added or removed): the background compiles
    // the packs again, and an open draft gets them without a reload. Only versions are compared here
    // (pages never read the stored packs; they come compiled from the background).
    const versionOf = (v: unknown): string => subscribedVersion(storedSubscriptions(v).filter((s) => s.good !== undefined));
    const unwatch = subscriptionsItem.watch((now, before) => {
      if (versionOf(now) !== versionOf(before)) session?.reloadPacks();
    });
    ctx.onInvalidated(() => {
      unwatch();
      unsubscribe();
      unsubscribePolicy();
      unwatchLocal();
      settings.dispose();
      policy.dispose();
      session?.stop();
    });
  },
});
