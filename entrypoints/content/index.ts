import { createSettingsStore } from '../../src/store/settings-store';
import { activeOn } from '../../src/store/settings';
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
    let stop: (() => void) | undefined;
    let refresh: (() => void) | undefined;
    let ignored: readonly string[] = [];
    const sync = (): void => {
      const { settings: s, loaded } = settings.getState();
      if (!loaded) return;
      const active = activeOn(s, location.hostname);
      if (active && stop === undefined) ({ stop, refresh } = startSession(document, settings));
      else if (!active && stop !== undefined) {
        // Off for this site or paused: every mark, listener and element of ours leaves the page.
        stop();
        stop = refresh = undefined;
      } else if (s.ignoredRules !== ignored) refresh?.();
      ignored = s.ignoredRules;
    };
    const unsubscribe = settings.subscribe(sync);
    sync();
    ctx.onInvalidated(() => {
      unsubscribe();
      settings.dispose();
      stop?.();
    });
  },
});
