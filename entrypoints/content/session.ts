import type { StoreApi } from 'zustand/vanilla';
import { analyseSliced } from '../../src/engine/sliced';
import type { CompiledPacks } from '../../src/engine/compiled';
import { Coach } from '../../src/editors/coach';
import { surfaceFor } from '../../src/editors/surfaces';
import { createCoachStore, escalatingCount } from '../../src/store/coach-store';
import type { SettingsState } from '../../src/store/settings-store';
import { mountOverlay, type MountedOverlay } from '../../src/ui/mount-overlay';

import { onMessage, sendMessage } from '../../src/messaging/protocol';
import { remotePacks } from './remote-packs';

/**
 * The coach in one document while Tactful is on for the site. The overlay is only added once a reply
 * box is focused, so pages without one are left untouched. Returns how to stop and how to re-apply
 * settings.
 */
export function startSession(doc: Document, settings: StoreApi<SettingsState>): { stop(): void; refresh(): void; reloadPacks(): void } {
  const abort = new AbortController();
  const store = createCoachStore();
  let overlay: MountedOverlay | undefined;
  let ready: CompiledPacks | undefined;
  let loading: Promise<CompiledPacks> | undefined;
  const coach: Coach = new Coach({
    doc,
    store,
    signal: abort.signal,
    prepare: async () => {
      ready ??= await (loading ??= remotePacks(() => coach.refresh()));
    },
    analyse: (text) => analyseSliced(text, ready!),
    surfaceFor: (el) => {
      overlay ??= mountOverlay(doc, store, coach, settings);
      return surfaceFor(el, () => overlay!.root);
    },
    ignoredRules: () => settings.getState().settings.ignoredRules,
    proposeRewrite: (text) => sendMessage('rewriteDraft', { text }),
    ignoreRule: (rule) => void settings.getState().update((s) => ({ ...s, ignoredRules: [...new Set([...s.ignoredRules, rule])] })),
    onDraft: (state) => {
      if (state.steps === null) return;
      const summary = { steps: state.steps, manual: state.manual, escalating: escalatingCount(state.findings) };
      void sendMessage('draftChanged', summary).catch(() => undefined); // the background may be restarting
    },
  });
  const unlisten = onMessage('setStep', ({ data }) => coach.toggleStep(data.step));
  abort.signal.addEventListener('abort', unlisten);
  coach.attachFocused();
  return {
    stop() {
      abort.abort();
      overlay?.unmount();
    },
    refresh: () => coach.refresh(),
    reloadPacks() {
      // Packs switched on or off, or the agent's own phrases changed: fetch and compile again.
      ready = undefined;
      loading = undefined;
      coach.refresh();
    },
  };
}
