import type { CompiledPacks } from '../engine/compiled';
import type { FrozenGroup } from '../engine/frozen-group';
import { compilePacks, preparePack } from '../packs/compile';
import { PackError } from '../packs/errors';
import { LANGUAGE_TOOLS } from '../packs/language-tools';
import type { Pack } from '../packs/pack';
import type { Subscription } from '../packs/subscription';
import { packsInForce } from '../store/packs-in-force';
import type { Policy } from '../store/policy';
import type { Settings } from '../store/settings';
import { subscribedVersion } from '../store/subscription-list';
import type { PacksNow } from './draft-rewrites';

/** What decides the packs in force, as the background reads it for each request. */
export interface PackInputs {
  settings: Settings;
  policy: Policy;
  subscriptions: readonly Subscription[];
  /** The agent's local packs, already prepared when they were saved. */
  local: readonly Pack[];
  /** Goes up whenever the local packs change (they may be big: not compared by content). */
  localRevision: number;
}

export interface PacksInForce extends PacksNow {
  /** Compiled languages as pages receive them, made on first request. */
  frozen: Map<string, FrozenGroup | null>;
}

/**
 * The packs in force and their compilation (built per language on first use), kept for as long as
 * what decides them stays the same: bundled packs only change with the extension; the agent's
 * settings, the whole policy, the subscriptions' good versions and the local packs decide the rest.
 */
export function packsNowCache(bundled: readonly Pack[], read: () => Promise<PackInputs>): () => Promise<PacksInForce> {
  let current: (PacksInForce & { version: string }) | undefined;
  return async () => {
    const { settings, policy, subscriptions, local, localRevision } = await read();
    const version = JSON.stringify([settings.disabledPacks, settings.ownPhrases, policy, subscribedVersion(subscriptions), localRevision]);
    if (current?.version === version) return current;
    const ready = new Set([...bundled, ...local]);
    const subscribed = subscriptions.flatMap((s) => (s.good === undefined ? [] : [s.good.pack]));
    // Packs that did not come through a preparing step (subscribed ones, the agent's own phrases)
    // arrive as written: prepared here as the build prepares bundled ones (`{word}` forms, the
    // contraction table), which keeps compromise in the background and out of pages.
    const packs = packsInForce({ bundled, subscribed, local, settings, policy }).map((p) => (ready.has(p) ? p : preparePack(p, LANGUAGE_TOOLS)));
    const given = (): CompiledPacks => compilePacks(packsInForce({ bundled, settings, policy }));
    current = { version, packs, compiled: withFallback(compilePacks(packs), given), frozen: new Map() };
    return current;
  };
}

/**
 * A language whose added packs fail to compile (validation should prevent it) falls back to the packs
 * the extension ships, rather than going silent.
 */
function withFallback(primary: CompiledPacks, fallback: () => CompiledPacks): CompiledPacks {
  let backup: CompiledPacks | undefined;
  return {
    languages: primary.languages,
    group(language) {
      try {
        return primary.group(language);
      } catch (e) {
        if (!(e instanceof PackError)) throw e;
        console.warn(`Tactful: the ${language} packs added to the bundled ones do not compile; using the bundled ones`, e.problems);
        return (backup ??= fallback()).group(language);
      }
    },
  };
}
