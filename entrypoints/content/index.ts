import { localPacksItem } from '../../src/store/local-packs-store';
import { createSettingsStore } from '../../src/store/settings-store';
import { activeOn, type Settings } from '../../src/store/settings';
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
    let session: ReturnType<typeof startSession> | undefined;
    let previous: Settings | undefined;
    const sync = (): void => {
      const { settings: s, loaded } = settings.getState();
      if (!loaded) return;
      const active = activeOn(s, location.hostname);
      if (active && session === undefined) session = startSession(document, settings);
      else if (!active && session !== undefined) {
        // Off for this site or paused: every mark, listener and element of ours leaves the page.
        session.stop();
        session = undefined;
      } else if (session !== undefined && previous !== undefined) {
        const changed = (k: keyof Settings): boolean => JSON.stringify(s[k]) !== JSON.stringify(previous![k]);
        if (changed('disabledPacks') || changed('ownPhrases')) session.reloadPacks();
        else if (changed('ignoredRules')) session.refresh();
      }
      previous = s;
    };
    const unsubscribe = settings.subscribe(sync);
    // A local pack imported, saved from the editor or removed: the background compiles anew.
    const unwatchLocal = localPacksItem.watch(() => session?.reloadPacks());
    sync();
    ctx.onInvalidated(() => {
      unsubscribe();
      unwatchLocal();
      settings.dispose();
      session?.stop();
    });
  },
});
