/**
 * What an administrator sets through enterprise policy (`storage.managed`, described by
 * `public/managed_schema.json`; Firefox `3rdparty` policies). Plain data only.
 */
export interface PolicyPack {
  /** https URL of the pack (http only for localhost). */
  url: string;
  /** Hex sha256 of the pack file the URL must serve. */
  sha256?: string;
  /** Base64 raw Ed25519 public key whose signature an update must carry. */
  publicKey?: string;
}

export interface Policy {
  /** Packs installed for every agent; they cannot unsubscribe. */
  packs: PolicyPack[];
  /** Ids of packs an agent cannot switch off. */
  lockedPacks: string[];
  /** Host names where Tactful is always on (the agent cannot switch it off there). */
  sitesAlwaysOn: string[];
  /** Host names where Tactful is always off. */
  sitesAlwaysOff: string[];
  /** Whether agents may add their own phrases and packs (subscriptions, imports). */
  allowOwnPacks: boolean;
}

export const EMPTY_POLICY: Policy = { packs: [], lockedPacks: [], sitesAlwaysOn: [], sitesAlwaysOff: [], allowOwnPacks: true };
