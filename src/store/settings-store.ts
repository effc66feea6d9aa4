import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SETTINGS, repairSettings, sanitizeSettings, type Settings } from './settings';

/**
 * Version 2 added pack switches, own phrases and the interface language. The migration keeps what
 * version 1 stored as it was: reading repairs it field by field, and says so when something had to be
 * dropped (a migration that cleaned it up would hide that from the agent).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: (old: Settings) => old },
});

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Stored settings were damaged or of an unknown shape and had to be repaired. */
  repaired: boolean;
  update(change: (s: Settings) => Settings): Promise<void>;
}

/**
 * The settings as a zustand store, loaded from and written to chrome.storage.local; a change made in
 * any tab, the popup or the options page reaches every store at once through storage change events.
 */
export function createSettingsStore(): StoreApi<SettingsState> & { dispose(): void } {
  const store = createStore<SettingsState>()((set, get) => ({
    settings: DEFAULT_SETTINGS,
    loaded: false,
    repaired: false,
    async update(change) {
      const next = sanitizeSettings(change(get().settings));
      set({ settings: next });
      await settingsItem.setValue(next);
    },
  }));
  void settingsItem.getValue().then((v) => {
    const { settings, repaired } = repairSettings(v);
    store.setState({ settings, loaded: true, repaired });
  });
  const unwatch = settingsItem.watch((v) => store.setState({ settings: sanitizeSettings(v) }));
  return Object.assign(store, { dispose: unwatch });
}
