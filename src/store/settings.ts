import type { OwnPhrase } from '../packs/own-phrases';
import { EMPTY_POLICY, sitePolicy, type Policy } from './policy';

export type { OwnPhrase };

/** The agent's controls, shared by every tab, the popup and the options page. Plain data only. */
export interface Settings {
  /** Pauses Tactful everywhere. */
  paused: boolean;
  /** Sites (host names) where the agent switched Tactful off. */
  disabledSites: string[];
  /** Rules the agent chose to ignore for good. */
  ignoredRules: string[];
  /** Ids of packs the agent switched off. */
  disabledPacks: string[];
  /** The agent's own phrases. */
  ownPhrases: OwnPhrase[];
  /** The language of Tactful's own interface; null follows the browser. */
  uiLanguage: string | null;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], ignoredRules: [], disabledPacks: [], ownPhrases: [], uiLanguage: null };

/**
 * Whether the coach runs on a page of this host. The organization's "always off" wins over
 * everything. "Always on" overrides the agent's switch for the site, but not a pause: pausing is the
 * agent's way to get Tactful out of the way at once (an editor it misbehaves in, a screen share), it
 * stops Tactful everywhere rather than on the site alone, and the popup shows it plainly.
 */
export function activeOn(settings: Settings, host: string, policy: Policy = EMPTY_POLICY): boolean {
  const fixed = sitePolicy(policy, host);
  if (fixed === 'off' || settings.paused) return false;
  return fixed === 'on' || !settings.disabledSites.includes(host);
}

/**
 * Repairs stored settings of an old or damaged shape field by field instead of losing them all;
 * `repaired` says whether anything had to be dropped, so the UI can say so.
 */
export function repairSettings(value: unknown): { settings: Settings; repaired: boolean } {
  // Nothing stored yet (or storage cleared) is not damage; anything else that is not an object is.
  const absent = value === undefined || value === null;
  let repaired = !absent && (typeof value !== 'object' || Array.isArray(value));
  const v = (absent || repaired ? {} : value) as Record<string, unknown>;
  const list = <T>(x: unknown, ok: (item: unknown) => item is T): T[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) {
      repaired = true;
      return [];
    }
    const good = x.filter(ok);
    if (good.length !== x.length) repaired = true;
    return good;
  };
  const isString = (s: unknown): s is string => typeof s === 'string';
  const isPhrase = (p: unknown): p is OwnPhrase => {
    const o = p as Partial<OwnPhrase> | null;
    return typeof o === 'object' && o !== null && typeof o.phrase === 'string' && typeof o.language === 'string' && (o.suggestion === undefined || typeof o.suggestion === 'string');
  };
  const bool = (x: unknown): boolean => {
    if (x !== undefined && typeof x !== 'boolean') repaired = true;
    return x === true;
  };
  const settings: Settings = {
    paused: bool(v.paused),
    disabledSites: list(v.disabledSites, isString),
    ignoredRules: list(v.ignoredRules, isString),
    disabledPacks: list(v.disabledPacks, isString),
    ownPhrases: list(v.ownPhrases, isPhrase),
    uiLanguage: typeof v.uiLanguage === 'string' ? v.uiLanguage : null,
  };
  if (v.uiLanguage !== undefined && v.uiLanguage !== null && typeof v.uiLanguage !== 'string') repaired = true;
  return { settings, repaired };
}

export const sanitizeSettings = (value: unknown): Settings => repairSettings(value).settings;
