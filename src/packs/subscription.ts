import { formatProblem } from './errors';
import { LIMITS } from './limits';
import type { Pack } from './pack';
import { publicKeyProblem, sha256Hex, verifyPackSignature } from './signature';
import { validatePackText } from './validate';

/**
 * A pack subscription as an update state machine: what is known about one URL, and how a check's
 * outcome changes it. No I/O here: the background fetches and stores (src/background/), this decides.
 * The rule throughout: a new version replaces the last good one only when it is complete, valid,
 * matches the pin and carries the required signature; anything else keeps the last good version in
 * force and says why in `lastError`.
 */

/** The version in force, as fetched. */
export interface GoodVersion {
  pack: Pack;
  /** The pack's `version` (also in `pack`; kept apart to show it without reading the pack). */
  version: string;
  /** When this version was fetched (ms since the epoch). */
  fetchedAt: number;
  /** Hex sha256 of the bytes served. */
  sha256: string;
  /** The public key its signature was verified with, when one was required. */
  verifiedWith?: string;
}

export interface Subscription {
  /** The pack's URL: https, or http on localhost for testing. */
  url: string;
  /** Hex sha256 the served bytes must have. */
  pin?: string;
  /** Base64 raw Ed25519 public key whose signature every version must carry. */
  publicKey?: string;
  /** Installed by enterprise policy: the agent cannot unsubscribe. */
  managed?: boolean;
  /** Validators of the good version, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  good?: GoodVersion;
  /** When the URL was last checked, whatever the outcome. */
  lastChecked?: number;
  /** Why the last check did not install a new version (absent when it succeeded or nothing changed). */
  lastError?: string;
}

/** What a check of the URL brought back. */
export type FetchOutcome =
  | { kind: 'notModified' }
  /** A 200 response; `complete` is false when the body was cut off at the size limit. */
  | { kind: 'body'; bytes: Uint8Array<ArrayBuffer>; complete: boolean; etag?: string; lastModified?: string }
  | { kind: 'httpError'; status: number; statusText?: string }
  /** No response: offline, DNS, TLS, or refused by CORS; `blocked` when the origin's host permission is missing. */
  | { kind: 'networkError'; message: string; blocked: boolean };

export interface CheckContext {
  /** Ids of the other packs loaded (bundled, other subscriptions): a subscribed pack may not take one. */
  takenIds?: readonly string[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Why a URL cannot be subscribed to, or undefined when it can. */
export function subscriptionUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'is not a web address';
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return 'must start with https:// (plain http is allowed only for localhost and 127.0.0.1, for testing)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https://';
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return undefined;
}

/** The host permission a pack URL needs, as a match pattern (match patterns have no ports). */
export const originPattern = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};

/** Why a text is not a sha256 pin (64 hex digits), or undefined. */
export const pinProblem = (pin: string): string | undefined => (/^[0-9a-fA-F]{64}$/.test(pin.trim()) ? undefined : 'must be 64 hexadecimal digits (a sha256)');

/** A new subscription with its fields checked; problems name the field. */
export function newSubscription(input: { url: string; pin?: string; publicKey?: string }): { subscription?: Subscription; problems: string[] } {
  const problems: string[] = [];
  const url = input.url.trim();
  const pin = input.pin?.trim().toLowerCase() || undefined;
  const publicKey = input.publicKey?.trim() || undefined;
  const urlProblem = subscriptionUrlProblem(url);
  if (urlProblem !== undefined) problems.push(`The address ${urlProblem}.`);
  const badPin = pin !== undefined ? pinProblem(pin) : undefined;
  if (badPin !== undefined) problems.push(`The sha256 pin ${badPin}.`);
  const badKey = publicKey !== undefined ? publicKeyProblem(publicKey) : undefined;
  if (badKey !== undefined) problems.push(`The public key ${badKey}.`);
  if (problems.length > 0) return { problems };
  return { subscription: { url: new URL(url).href, ...(pin !== undefined && { pin }), ...(publicKey !== undefined && { publicKey }) }, problems };
}

/** The request headers of a check: conditional only when there is a good version to keep. */
export function conditionalHeaders(s: Subscription): Record<string, string> {
  if (s.good === undefined) return {};
  return { ...(s.etag !== undefined && { 'If-None-Match': s.etag }), ...(s.lastModified !== undefined && { 'If-Modified-Since': s.lastModified }) };
}

const MAX_PROBLEMS_SHOWN = 5;

/** The subscription after a check at time `at` with this outcome. */
export async function applyFetch(s: Subscription, outcome: FetchOutcome, at: number, context: CheckContext = {}): Promise<Subscription> {
  const checked: Subscription = { ...s, lastChecked: at };
  const keep = (error: string): Subscription => ({ ...checked, lastError: error });
  const ok = (): Subscription => {
    const { lastError: _, ...rest } = checked;
    return rest;
  };
  switch (outcome.kind) {
    case 'notModified':
      // Only a conditional request can get a 304, and it is only sent with a good version.
      return s.good !== undefined ? ok() : keep('The server answered 304 Not Modified to a request for the whole pack.');
    case 'httpError':
      return keep(`The server answered ${outcome.status}${outcome.statusText ? ` ${outcome.statusText}` : ''}.`);
    case 'networkError':
      // fetch does not tell a refused CORS request from an unreachable server; say both when either can be.
      return keep(
        outcome.blocked
          ? `The request failed (${outcome.message}): the server could not be reached, or it sends no CORS headers and Tactful has no permission for ${new URL(s.url).origin}.`
          : `The server could not be reached (${outcome.message}).`,
      );
    case 'body':
      break;
  }
  const { bytes } = outcome;
  if (!outcome.complete || bytes.length > LIMITS.packBytes) return keep(`${s.url}: pack: is larger than ${LIMITS.packBytes / 1024} KB, the most a pack may be.`);
  const sha256 = await sha256Hex(bytes);
  const validators = { ...(outcome.etag !== undefined && { etag: outcome.etag }), ...(outcome.lastModified !== undefined && { lastModified: outcome.lastModified }) };
  const { etag: _e, lastModified: _m, ...unvalidated } = checked;
  if (s.pin !== undefined && sha256 !== s.pin) return keep(`${s.url}: pack: its sha256 is ${sha256}, but the subscription is pinned to ${s.pin}.`);
  if (s.good !== undefined && s.good.sha256 === sha256) {
    // The same bytes under new validators: nothing to install, and nothing wrong.
    const { lastError: _, ...rest } = unvalidated;
    return { ...rest, ...validators };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return keep(`${s.url}: pack: is not UTF-8 text.`);
  }
  const { pack, problems } = validatePackText(text, s.url);
  if (pack === undefined) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
    const more = problems.length - shown.length;
    return keep([...shown, ...(more > 0 ? [`… and ${more} more problem${more === 1 ? '' : 's'} (tactful pack validate lists them all)`] : [])].join('\n'));
  }
  const named = `${s.url}: pack "${pack.id}"`;
  if (s.good !== undefined && pack.id !== s.good.pack.id) {
    return keep(`${named}: its id changed from "${s.good.pack.id}"; agents' settings refer to packs by id, so unsubscribe and subscribe again to accept it.`);
  }
  if (context.takenIds?.includes(pack.id)) return keep(`${named}: another pack in use has this id; a subscribed pack needs an id of its own.`);
  if (pack.id.startsWith('own-')) return keep(`${named}: ids starting with "own-" are the agent's own phrases; a subscribed pack needs another id.`);
  if (s.publicKey !== undefined) {
    const check = await verifyPackSignature(pack, s.publicKey);
    if (check === 'missing') return keep(`${named}: signature: missing; this subscription accepts only packs signed with its public key.`);
    if (check === 'invalid') return keep(`${named}: signature: does not verify with the subscription's public key (the pack was changed after signing, or signed with another key).`);
  }
  const good: GoodVersion = { pack, version: pack.version, fetchedAt: at, sha256, ...(s.publicKey !== undefined && { verifiedWith: s.publicKey }) };
  const { lastError: _, ...rest } = unvalidated;
  return { ...rest, ...validators, good };
}

/**
 * A stored subscription under (possibly new) requirements: a good version that no longer meets the
 * pin or key is dropped with its validators, so the next check fetches the whole pack and applies them.
 */
export function requireFor(s: Subscription, req: { pin?: string; publicKey?: string; managed?: boolean }): Subscription {
  const { pin: _p, publicKey: _k, managed: _m, ...base } = s;
  const next: Subscription = { ...base, ...(req.pin !== undefined && { pin: req.pin.toLowerCase() }), ...(req.publicKey !== undefined && { publicKey: req.publicKey }), ...(req.managed === true && { managed: true }) };
  const g = next.good;
  if (g === undefined) return next;
  const meets = (next.pin === undefined || g.sha256 === next.pin) && (next.publicKey === undefined || g.verifiedWith === next.publicKey);
  if (meets) return next;
  const { good: _g, etag: _e, lastModified: _l, ...stripped } = next;
  return stripped;
}
