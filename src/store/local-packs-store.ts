import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readLocalPacks, type LocalPack } from './local-packs';

/** The agent's local packs (see ./local-packs.ts); a key of its own, apart from the settings. */
export const localPacksItem = storage.defineItem<LocalPack[]>('local:localPacks', { fallback: [] });

export interface LocalPacksState {
  packs: LocalPack[];
  loaded: boolean;
  update(change: (packs: readonly LocalPack[]) => LocalPack[]): Promise<void>;
}

/** The local packs as a zustand store, following changes made in other tabs. */
export function createLocalPacksStore(): StoreApi<LocalPacksState> & { dispose(): void } {
  const store = createStore<LocalPacksState>()((set, get) => ({
    packs: [],
    loaded: false,
    async update(change) {
      const packs = change(get().packs);
      set({ packs });
      await localPacksItem.setValue(packs);
    },
  }));
  void localPacksItem.getValue().then((v) => store.setState({ packs: readLocalPacks(v).packs, loaded: true }));
  const unwatch = localPacksItem.watch((v) => store.setState({ packs: readLocalPacks(v).packs }));
  return Object.assign(store, { dispose: unwatch });
}
