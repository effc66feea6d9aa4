import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { formatProblem } from '../packs/errors';
import { base64ToBytes, bytesToBase64, publicKeyProblem, SIGNATURE_ALG, signingBytes, type PackSignature } from '../packs/signature';
import { validatePackText } from '../packs/validate';
import { UsageError, type Io } from './io';

/** The base64 raw 32-byte public key, the form a subscription or policy names. */
export function rawPublicKey(key: KeyObject): string {
  const x = createPublicKey(key).export({ format: 'jwk' }).x;
  if (x === undefined) throw new UsageError('the key is not an Ed25519 key');
  return bytesToBase64(Buffer.from(x, 'base64url'));
}

function privateKeyOf(file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file));
  } catch (e) {
    throw new UsageError(`cannot read the private key ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new UsageError(`${file} is a ${key.asymmetricKeyType ?? 'symmetric'} key; packs are signed with Ed25519 keys (tactful pack keygen)`);
  return key;
}

/**
 * The pack text with its `signature` set for this key. The rest of the text is left as written (the
 * signature covers the content, not the formatting); problems when the pack is not valid.
 */
export function signPackText(text: string, origin: string, key: KeyObject): { text?: string; problems: string[] } {
  const { pack, problems } = validatePackText(text, origin);
  if (pack === undefined) return { problems: problems.map(formatProblem) };
  const signature: PackSignature = { alg: SIGNATURE_ALG, value: bytesToBase64(sign(null, signingBytes(pack), key)) };
  const edits = modify(text, ['signature'], signature, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return { text: applyEdits(text, edits), problems: [] };
}

/** `tactful pack sign --key KEY.pem FILE…`: signs each pack in place. */
export function packSign(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' } } });
  if (values.key === undefined) throw new UsageError('tactful pack sign needs --key KEY.pem (make one with tactful pack keygen)');
  if (positionals.length === 0) throw new UsageError('tactful pack sign needs at least one pack file');
  const key = privateKeyOf(values.key);
  const publicKey = rawPublicKey(key);
  let failed = 0;
  for (const file of positionals) {
    const text = readPackFile(file, io);
    if (text === undefined) {
      failed++;
      continue;
    }
    const signed = signPackText(text, file, key);
    if (signed.text === undefined) {
      io.err(signed.problems.join('\n'));
      io.err(`✖ ${file}: not signed; fix the pack first`);
      failed++;
      continue;
    }
    writeFileSync(file, signed.text);
    io.out(`✔ ${file}: signed`);
  }
  io.out(`public key: ${publicKey}`);
  return failed > 0 ? 2 : 0;
}

/** `tactful pack keygen KEY.pem`: a new Ed25519 key pair; the private key to the file, the public key printed. */
export function packKeygen(argv: string[], io: Io): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('tactful pack keygen needs one file name for the private key, e.g. team-key.pem');
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    // 'wx': never overwrite a key, which would orphan every pack signed with it; 0600: it is a secret.
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${file} already exists; choose another name (an existing key is never overwritten)` : `cannot write ${file}: ${code ?? String(e)}`);
  }
  io.out(`private key: ${file} (keep it secret; it signs your team's packs)`);
  io.out(`public key: ${rawPublicKey(privateKey)}`);
  io.out('Give the public key to agents ("Team public key" when they subscribe) or to your admin (policy "publicKey").');
  return 0;
}

/** `tactful pack verify --public-key KEY FILE…`: whether each pack carries a valid signature by KEY. */
export function packVerify(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'public-key': { type: 'string' } } });
  const b64 = values['public-key']?.trim();
  if (b64 === undefined) throw new UsageError('tactful pack verify needs --public-key KEY (base64, as tactful pack keygen printed it)');
  const bad = publicKeyProblem(b64);
  if (bad !== undefined) throw new UsageError(`the public key ${bad}`);
  if (positionals.length === 0) throw new UsageError('tactful pack verify needs at least one pack file');
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(base64ToBytes(b64)!).toString('base64url') }, format: 'jwk' });
  let failed = 0;
  for (const file of positionals) {
    const text = readPackFile(file, io);
    if (text === undefined) {
      failed++;
      continue;
    }
    const { pack, problems } = validatePackText(text, file);
    if (pack === undefined) {
      io.err(problems.map(formatProblem).join('\n'));
      failed++;
      continue;
    }
    const sig = pack.signature !== undefined ? base64ToBytes(pack.signature.value) : undefined;
    if (sig === undefined) io.err(`✖ ${file}: signature: missing`);
    else if (!verify(null, signingBytes(pack), key, sig)) io.err(`✖ ${file}: signature: does not verify with this public key`);
    else {
      io.out(`✔ ${file}: signed with this key`);
      continue;
    }
    failed++;
  }
  return failed > 0 ? 1 : 0;
}

/** A pack file's text, or undefined after saying why it cannot be read. */
function readPackFile(file: string, io: Io): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`${file}: pack: cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
}
