import { ownPhrasePacks } from '../packs/own-phrases';
import type { Pack } from '../packs/pack';
import { EMPTY_POLICY, type Policy } from './policy';
import type { Settings } from './settings';

/** Everything that decides which packs run. */
export interface PackSources {
  bundled: readonly Pack[];
  settings: Settings;
  policy?: Policy;
}

/**
 * The packs in force, in load order (a later pack may switch off an earlier one's rules): bundled
 * packs the agent did not switch off (a pack the policy locks stays on whatever the settings say),
 * then what the agent added, unless the policy forbids it.
 */
export function packsInForce({ bundled, settings, policy = EMPTY_POLICY }: PackSources): Pack[] {
  const on = (p: Pack): boolean => policy.lockedPacks.includes(p.id) || !settings.disabledPacks.includes(p.id);
  // The agent's own sources: their phrases, and the packs they import or subscribe to once those
  // exist; all of them join this list, so `allowOwnPacks: false` leaves only packs the organization
  // gave (bundled and policy packs). The phrases stay in the settings, unused, should it change.
  const agents: Pack[] = policy.allowOwnPacks ? ownPhrasePacks(settings.ownPhrases).packs : [];
  return [...bundled.filter(on), ...agents];
}
