import { ownPhrasePacks } from '../packs/own-phrases';
import type { Pack } from '../packs/pack';
import { EMPTY_POLICY, type Policy } from './policy';
import type { Settings } from './settings';

/** Everything that decides which packs run. */
export interface PackSources {
  bundled: readonly Pack[];
  /** The agent's local packs (imported or saved from the editor), prepared for compiling. */
  local?: readonly Pack[];
  settings: Settings;
  policy?: Policy;
  /** The good versions of the pack subscriptions in effect, in order (src/store/subscription-list.ts). */
  subscribed?: readonly Pack[];
}

/**
 * The packs in force, in load order (a later pack may switch off an earlier one's rules): bundled
 * packs, then subscribed packs, then the agent's local packs (imported or saved from the editor), each
 * unless the agent switched it off (a pack the policy locks cannot be), then the agent's own phrases.
 * A team's pack thus replaces or disables bundled rules, and the agent's own phrases come last.
 */
export function packsInForce({ bundled, subscribed = [], local = [], settings, policy = EMPTY_POLICY }: PackSources): Pack[] {
  const on = (p: Pack): boolean => policy.lockedPacks.includes(p.id) || !settings.disabledPacks.includes(p.id);
  // What the agent added themselves: local packs and own phrases. `allowOwnPacks: false` leaves only
  // packs the organization gave (the subscription service already drops the agent's own
  // subscriptions then). What they saved stays stored, unused, should the policy change.
  const agents: Pack[] = policy.allowOwnPacks ? [...local.filter(on), ...ownPhrasePacks(settings.ownPhrases).packs] : [];
  return [...bundled.filter(on), ...subscribed.filter(on), ...agents];
}
