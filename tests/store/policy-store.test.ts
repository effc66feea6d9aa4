import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY } from '../../src/store/policy';
import { createPolicyStore, readParsedPolicy, readPolicy, watchPolicy, type ManagedStorage } from '../../src/store/policy-store';

/**
 * Browser managed storage cannot run under Node: this stands in for the two calls the store makes.
 * tests/e2e/policy.e2e.test.ts covers the real one, filled by a Chromium policy file.
 */
function fakeStorage(initial: Record<string, unknown> | Error) {
  let value = initial;
  const listeners = new Set<(changes: object, area: string) => void>();
  const storage: ManagedStorage = {
    managed: { get: async () => (value instanceof Error ? Promise.reject(value) : value) },
    onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  const emit = (area: string, next: Record<string, unknown> | Error): void => {
    value = next;
    for (const l of listeners) l({}, area);
  };
  return { storage, emit, listeners };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('policy store', () => {
  it('reads and checks what storage.managed holds', async () => {
    const { storage } = fakeStorage({ lockedPacks: ['tactful-en'], colour: 'blue' });
    expect(await readParsedPolicy(storage)).toEqual({
      policy: { ...EMPTY_POLICY, lockedPacks: ['tactful-en'] },
      problems: ['colour: is not a Tactful policy setting (ignored)'],
    });
  });

  it('treats a managed area that rejects (no policy, no schema) as no policy', async () => {
    const { storage } = fakeStorage(new Error('Managed storage manifest not found'));
    expect(await readPolicy(storage)).toEqual(EMPTY_POLICY);
  });

  it('follows changes to the managed area only, and stops when asked', async () => {
    const { storage, emit, listeners } = fakeStorage({});
    const seen: string[][] = [];
    const stop = watchPolicy((p) => seen.push(p.policy.lockedPacks), storage);
    emit('local', { lockedPacks: ['ignored'] });
    await tick();
    expect(seen).toEqual([]);
    emit('managed', { lockedPacks: ['tactful-ru'] });
    await tick();
    expect(seen).toEqual([['tactful-ru']]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('as a store: loaded after the first read, then live', async () => {
    const { storage, emit } = fakeStorage({ allowOwnPacks: false });
    const store = createPolicyStore(storage);
    expect(store.getState().loaded).toBe(false);
    await tick();
    expect(store.getState()).toMatchObject({ loaded: true, policy: { allowOwnPacks: false } });
    emit('managed', {});
    await tick();
    expect(store.getState().policy).toEqual(EMPTY_POLICY);
    store.dispose();
  });
});
