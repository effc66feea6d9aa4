/**
 * Signed packs. A team lead signs a pack with the team's Ed25519 private key (`tactful pack sign`);
 * the signature travels inside the pack as `"signature": {"alg": "Ed25519", "value": <base64>}`, and
 * an extension that knows the team's public key refuses an update whose signature is missing or
 * does not verify. Verification uses WebCrypto, which the browser and Node 20 both have.
 */

export const SIGNATURE_ALG = 'Ed25519';

export interface PackSignature {
  alg: typeof SIGNATURE_ALG;
  /** Base64 of the 64-byte Ed25519 signature of `signingText(pack)`. */
  value: string;
}

/**
 * What is signed: the pack without its `signature`, as JSON without whitespace and with the keys of
 * every object sorted (by UTF-16 code unit, the same in every engine). Re-indenting a pack, reordering
 * its keys or `npm run format:packs` keep a signature valid; any change of content breaks it.
 */
export function signingText(pack: object): string {
  const { signature: _, ...rest } = pack as Record<string, unknown>;
  return sortedJson(rest);
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : sortedJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const signingBytes = (pack: object): Uint8Array<ArrayBuffer> => new TextEncoder().encode(signingText(pack));

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** The bytes of a base64 text, or undefined when it is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined;
  const s = atob(clean);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Why a text is not a usable public key (base64 of the 32 raw bytes of an Ed25519 key), or undefined. */
export function publicKeyProblem(text: string): string | undefined {
  const bytes = base64ToBytes(text);
  if (bytes === undefined) return 'is not base64';
  if (bytes.length !== 32) return `is ${bytes.length} bytes; an Ed25519 public key is 32 bytes (base64, 44 characters)`;
  return undefined;
}

export type SignatureCheck = 'valid' | 'missing' | 'invalid';

/**
 * Whether a parsed pack carries a valid signature by this public key (base64 raw 32 bytes; check it
 * with publicKeyProblem first). A signature of the wrong shape counts as invalid.
 */
export async function verifyPackSignature(pack: object, publicKey: string): Promise<SignatureCheck> {
  const signature = (pack as { signature?: unknown }).signature;
  if (signature === undefined) return 'missing';
  const { alg, value } = (typeof signature === 'object' && signature !== null ? signature : {}) as Partial<PackSignature>;
  const sig = typeof value === 'string' ? base64ToBytes(value) : undefined;
  const raw = base64ToBytes(publicKey);
  if (alg !== SIGNATURE_ALG || sig === undefined || sig.length !== 64 || raw === undefined || raw.length !== 32) return 'invalid';
  try {
    const key = await crypto.subtle.importKey('raw', raw, { name: SIGNATURE_ALG }, false, ['verify']);
    return (await crypto.subtle.verify({ name: SIGNATURE_ALG }, key, sig, signingBytes(pack))) ? 'valid' : 'invalid';
  } catch {
    // A key WebCrypto refuses (not a point on the curve) verifies nothing.
    return 'invalid';
  }
}

/** Lower-case hex sha256 of bytes, the form of a subscription's pin. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
