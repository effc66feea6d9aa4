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
}

/**
 * The packs in force, in load order (a later pack may switch off an earlier one's rules): bundled
 * packs the agent did not switch off, then their local packs (a team's pack overrides bundled rules),
 * then the agent's own phrases.
 */
export function packsInForce({ bundled, local = [], settings, policy = EMPTY_POLICY }: PackSources): Pack[] {
  const on = (p: Pack): boolean => policy.lockedPacks.includes(p.id) || !settings.disabledPacks.includes(p.id);
  return [...bundled.filter(on), ...local.filter(on), ...ownPhrasePacks(settings.ownPhrases).packs];
}
