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
  /**
   * Host names where Tactful is always on (the agent cannot switch it off there). `*.example.com`
   * stands for example.com and every subdomain; see `sitePolicy`.
   */
  sitesAlwaysOn: string[];
  /** Host names where Tactful is always off; these win over everything else. */
  sitesAlwaysOff: string[];
  /** Whether agents may add their own phrases and packs (subscriptions, imports). */
  allowOwnPacks: boolean;
}

export const EMPTY_POLICY: Policy = { packs: [], lockedPacks: [], sitesAlwaysOn: [], sitesAlwaysOff: [], allowOwnPacks: true };

/** What the policy says about one host: always on, always off, or nothing. */
export function sitePolicy(policy: Policy, host: string): 'on' | 'off' | undefined {
  const h = host.toLowerCase();
  const covers = (site: string): boolean => (site.startsWith('*.') ? h === site.slice(2) || h.endsWith(site.slice(1)) : h === site);
  if (policy.sitesAlwaysOff.some(covers)) return 'off';
  if (policy.sitesAlwaysOn.some(covers)) return 'on';
  return undefined;
}

/** Whether the organization set anything at all (the options page then says it is managed). */
export const isManaged = (policy: Policy, problems: readonly string[]): boolean =>
  problems.length > 0 || JSON.stringify(policy) !== JSON.stringify(EMPTY_POLICY);

const POLICY_KEYS = ['packs', 'lockedPacks', 'sitesAlwaysOn', 'sitesAlwaysOff', 'allowOwnPacks'];
const PACK_KEYS = ['url', 'sha256', 'publicKey'];
// The same id rule as pack files (src/packs/validate.ts).
const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const SHA256 = /^[0-9a-f]{64}$/i;
// 32 raw bytes in standard base64: 43 characters and one "=".
const ED25519_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

/** Why a pack URL is refused, or undefined when it is fine: https, or http to this machine only. */
function urlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:') return LOOPBACK.has(u.hostname) ? undefined : 'must be https (http only for localhost and 127.0.0.1)';
  return `must be an https URL, not ${u.protocol}`;
}

/**
 * Checks what an administrator wrote. Policy arrives from hand-edited JSON, plists and registry keys,
 * and Firefox passes it on unchecked, so one mistake must not cost the rest: every good part is kept,
 * and each bad field is dropped and named in `problems` (shown on the options page) with its path.
 * A pack entry with a bad pin is dropped whole, since installing it unpinned would be weaker than
 * the administrator asked for.
 */
export function parsePolicy(value: unknown): { policy: Policy; problems: string[] } {
  const problems: string[] = [];
  const problem = (path: string, message: string): void => void problems.push(`${path}: ${message}`);
  if (value === undefined || value === null) return { policy: EMPTY_POLICY, problems };
  if (!isObj(value)) return { policy: EMPTY_POLICY, problems: [`policy: must be an object of settings, not ${show(value)}`] };
  for (const key of Object.keys(value)) if (!POLICY_KEYS.includes(key)) problem(key, 'is not a Tactful policy setting (ignored)');

  const list = (key: string): unknown[] => {
    const v = value[key];
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    problem(key, `must be a list, not ${show(v)}`);
    return [];
  };
  const strings = (key: string, ok: RegExp, what: string, normalize: (s: string) => string = (s) => s): string[] => {
    const out: string[] = [];
    list(key).forEach((item, i) => {
      const s = typeof item === 'string' ? normalize(item.trim()) : undefined;
      if (s === undefined || !ok.test(s)) problem(`${key}[${i}]`, `${show(item)} is not ${what}`);
      else if (!out.includes(s)) out.push(s);
    });
    return out;
  };

  const packs: PolicyPack[] = [];
  list('packs').forEach((item, i) => {
    const at = `packs[${i}]`;
    if (!isObj(item)) return problem(at, `must be an object with a "url", not ${show(item)}`);
    for (const key of Object.keys(item)) if (!PACK_KEYS.includes(key)) problem(`${at}.${key}`, 'is not a pack setting (ignored)');
    const { url, sha256, publicKey } = item;
    const bad = typeof url !== 'string' ? 'is missing or not text' : urlProblem(url);
    if (bad !== undefined) return problem(`${at}.url`, `${show(url)} ${bad}; the pack is not installed`);
    if (sha256 !== undefined && (typeof sha256 !== 'string' || !SHA256.test(sha256)))
      return problem(`${at}.sha256`, `${show(sha256)} is not 64 hex digits; the pack is not installed`);
    if (publicKey !== undefined && (typeof publicKey !== 'string' || !ED25519_KEY.test(publicKey)))
      return problem(`${at}.publicKey`, `${show(publicKey)} is not a base64 Ed25519 public key (32 bytes); the pack is not installed`);
    if (packs.some((p) => p.url === url)) return problem(`${at}.url`, `${show(url)} is listed twice`);
    packs.push({ url: url as string, ...(sha256 !== undefined && { sha256: (sha256 as string).toLowerCase() }), ...(publicKey !== undefined && { publicKey: publicKey as string }) });
  });

  const lower = (s: string): string => s.toLowerCase();
  const hostWhat = 'a host name (help.example.com, or *.example.com for every subdomain)';
  const sitesAlwaysOff = strings('sitesAlwaysOff', HOST, hostWhat, lower);
  const sitesAlwaysOn = strings('sitesAlwaysOn', HOST, hostWhat, lower).filter((h) => {
    if (!sitesAlwaysOff.includes(h)) return true;
    problem('sitesAlwaysOn', `"${h}" is also in sitesAlwaysOff; always off wins`);
    return false;
  });

  // An administrator writes this key only to restrict, so a value that cannot be read restricts too
  // (the agents' own phrases are kept, unused, until it is fixed).
  const own = value.allowOwnPacks;
  const allowOwnPacks = own === undefined || own === true;
  if (own !== undefined && typeof own !== 'boolean') problem('allowOwnPacks', `must be true or false, not ${show(own)}; read as false`);

  const lockedPacks = strings('lockedPacks', PACK_ID, 'a pack id (lower-case letters, digits and "-")');
  return { policy: { packs, lockedPacks, sitesAlwaysOn, sitesAlwaysOff, allowOwnPacks }, problems };
}
