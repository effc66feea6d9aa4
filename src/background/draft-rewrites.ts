import type { CompiledPacks } from '../engine/compiled';
import type { DraftRewrite, DraftRewriteUsed } from '../engine/types';
import type { Pack } from '../packs/pack';
import { proposeRewrite } from '../packs/propose-rewrite';

/** The packs in force and their compiled form, as the background holds them. */
export interface PacksNow {
  packs: readonly Pack[];
  compiled: CompiledPacks;
}

/**
 * "De-escalate this reply" for every tab: proposes a rewrite of a draft and remembers which openers
 * and closer it used, so the next rewrite (of this draft or another) starts differently. Runs in the
 * background, which has the packs' compose data and compromise for English; pages load neither.
 */
export function draftRewrites(packsNow: () => Promise<PacksNow>, memory: RewriteMemory): (text: string) => Promise<DraftRewrite | null> {
  return async (text) => {
    const [{ packs, compiled }, previous] = await Promise.all([packsNow(), memory.load().catch(() => null)]);
    const proposal = proposeRewrite(text, compiled, packs, previous === null ? {} : { previous });
    if (proposal !== null) await memory.save(proposal.used).catch(() => undefined);
    return proposal;
  };
}

/**
 * Where the last rewrite's openers are kept: session storage, because the service worker may stop
 * between two rewrites, and nothing of the agent's drafts should outlive the browser session.
 */
export interface RewriteMemory {
  load(): Promise<DraftRewriteUsed | null>;
  save(used: DraftRewriteUsed): Promise<void>;
}
