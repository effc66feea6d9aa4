import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
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
    async update(change) {
      const next = sanitizeSettings(change(get().settings));
      set({ settings: next });
      await settingsItem.setValue(next);
    },
  }));
  void settingsItem.getValue().then((v) => store.setState({ settings: sanitizeSettings(v), loaded: true }));
  const unwatch = settingsItem.watch((v) => store.setState({ settings: sanitizeSettings(v) }));
  return Object.assign(store, { dispose: unwatch });
}
