import type { StoreApi } from 'zustand/vanilla';
import { analyseSliced } from '../../src/engine/sliced';
import type { CompiledPacks } from '../../src/engine/compiled';
import { Coach } from '../../src/editors/coach';
import { surfaceFor } from '../../src/editors/surfaces';
import { sendMessage } from '../../src/messaging/protocol';
import { compilePacks } from '../../src/packs/compile';
import { createCoachStore } from '../../src/store/coach-store';
import type { SettingsState } from '../../src/store/settings-store';
import { mountOverlay, type MountedOverlay } from '../../src/ui/mount-overlay';

let compiled: Promise<CompiledPacks> | undefined;

/** The packs, fetched from the background and compiled once per page (a few milliseconds). */
const packs = (): Promise<CompiledPacks> => (compiled ??= sendMessage('getPacks', undefined).then((p) => compilePacks(p.packs)));

/**
 * The coach in one document while Tactful is on for the site. The overlay is only added once a reply
 * box is focused, so pages without one are left untouched. Returns how to stop and how to re-apply
 * settings.
 */
export function startSession(doc: Document, settings: StoreApi<SettingsState>): { stop(): void; refresh(): void } {
  const abort = new AbortController();
  const store = createCoachStore();
  let overlay: MountedOverlay | undefined;
  let ready: CompiledPacks | undefined;
  const coach: Coach = new Coach({
    doc,
    store,
    signal: abort.signal,
    prepare: async () => {
      ready ??= await packs();
    },
    analyse: (text) => analyseSliced(text, ready!),
    surfaceFor: (el) => {
      overlay ??= mountOverlay(doc, store, coach);
      return surfaceFor(el, () => overlay!.root);
    },
    ignoredRules: () => settings.getState().settings.ignoredRules,
    ignoreRule: (rule) => void settings.getState().update((s) => ({ ...s, ignoredRules: [...new Set([...s.ignoredRules, rule])] })),
  });
  coach.attachFocused();
  return {
    stop() {
      abort.abort();
      overlay?.unmount();
    },
    refresh: () => coach.refresh(),
  };
}
