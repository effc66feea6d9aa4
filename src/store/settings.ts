/** The agent's controls, shared by every tab, the popup and the options page. Plain data only. */
export interface Settings {
  /** Pauses Tactful everywhere. */
  paused: boolean;
  /** Sites (host names) where the agent switched Tactful off. */
  disabledSites: string[];
  /** Rules the agent chose to ignore for good. */
  ignoredRules: string[];
}

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], ignoredRules: [] };

/** Whether the coach runs on a page of this host. */
export function activeOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}

/** Repairs stored settings of an old or damaged shape field by field instead of losing them all. */
export function sanitizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  return {
    paused: v.paused === true,
    disabledSites: strings(v.disabledSites),
    ignoredRules: strings(v.ignoredRules),
  };
}
