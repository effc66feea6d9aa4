import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EMPTY_POLICY, parsePolicy, type Policy } from './policy';

/** The part of `browser.storage` enterprise policy comes through (a parameter, so tests can stand in for it). */
export interface ManagedStorage {
  managed: { get(): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: object, area: string) => void): void;
    removeListener(listener: (changes: object, area: string) => void): void;
  };
}

export interface ParsedPolicy {
  policy: Policy;
  /** What the administrator wrote that could not be used, each naming its field. */
  problems: string[];
}

/**
 * The policy as the browser has it. `storage.managed` rejects in Firefox when no policy names the
 * add-on, and in Chrome when the extension's managed_schema is missing or broken; both mean nothing
 * is managed, not that Tactful should stop.
 */
export async function readParsedPolicy(storage: ManagedStorage = browser.storage): Promise<ParsedPolicy> {
  let value: unknown;
  try {
    value = await storage.managed.get();
  } catch {
    return { policy: EMPTY_POLICY, problems: [] };
  }
  return parsePolicy(value);
}

export const readPolicy = async (storage?: ManagedStorage): Promise<Policy> => (await readParsedPolicy(storage)).policy;

/**
 * Calls `onChange` whenever the administrator's policy changes. Chromium re-reads policy files a few
 * seconds after they change, and fills storage.managed only after start-up, so a page that read it
 * early still learns the policy this way. Returns the way to stop listening.
 */
export function watchPolicy(onChange: (p: ParsedPolicy) => void, storage: ManagedStorage = browser.storage): () => void {
  // Each change is read whole: a change event lists only the keys that changed.
  let latest = 0;
  const listener = (_changes: object, area: string): void => {
    if (area !== 'managed') return;
    const call = ++latest;
    void readParsedPolicy(storage).then((p) => {
      if (call === latest) onChange(p);
    });
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

export interface PolicyState extends ParsedPolicy {
  loaded: boolean;
}

/** The policy as a zustand store that follows changes, for the pages and the content script. */
export function createPolicyStore(storage?: ManagedStorage): StoreApi<PolicyState> & { dispose(): void } {
  const store = createStore<PolicyState>()(() => ({ policy: EMPTY_POLICY, problems: [], loaded: false }));
  let changed = false;
  const dispose = watchPolicy((p) => {
    changed = true;
    store.setState({ ...p, loaded: true });
  }, storage);
  void readParsedPolicy(storage).then((p) => {
    // A change that arrived first is newer than this read.
    if (!changed) store.setState({ ...p, loaded: true });
  });
  return Object.assign(store, { dispose });
}
