import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyPackSignature } from '../../src/packs/signature';
import { validatePackText } from '../../src/packs/validate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function tactful(args: string[], cwd: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tactful.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const publicKeyIn = (out: string): string => /public key: (\S+)/.exec(out)![1]!;

describe('tactful pack keygen / sign / verify', () => {
  it('makes a key, signs a pack with it, and the extension’s verification accepts it', { timeout: 90000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-sign-'));
    const gen = tactful(['pack', 'keygen', 'team-key.pem'], dir);
    expect(gen.code).toBe(0);
    const publicKey = publicKeyIn(gen.out);
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(readFileSync(join(dir, 'team-key.pem'), 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    expect(statSync(join(dir, 'team-key.pem')).mode & 0o077).toBe(0);

    // Never overwrites a key.
    const again = tactful(['pack', 'keygen', 'team-key.pem'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('team-key.pem already exists');

    copyFileSync(join(ROOT, 'tests/fixtures/team-pack.json'), join(dir, 'pack.json'));
    const sign = tactful(['pack', 'sign', '--key', 'team-key.pem', 'pack.json'], dir);
    expect(sign.code).toBe(0);
    expect(sign.out).toContain('✔ pack.json: signed');
    expect(publicKeyIn(sign.out)).toBe(publicKey);
    const text = readFileSync(join(dir, 'pack.json'), 'utf8');
    const pack = validatePackText(text, 'pack.json').pack!;
    expect(await verifyPackSignature(pack, publicKey)).toBe('valid');
    expect(tactful(['pack', 'validate', 'pack.json'], dir).code).toBe(0);

    expect(tactful(['pack', 'verify', '--public-key', publicKey, 'pack.json'], dir)).toMatchObject({ code: 0, out: '✔ pack.json: signed with this key\n' });
    writeFileSync(join(dir, 'pack.json'), text.replace('ACME wording', 'ACME words'));
    expect(tactful(['pack', 'verify', '--public-key', publicKey, 'pack.json'], dir)).toMatchObject({ code: 1, err: '✖ pack.json: signature: does not verify with this public key\n' });

    // Signing again replaces the signature.
    expect(tactful(['pack', 'sign', '--key', 'team-key.pem', 'pack.json'], dir).code).toBe(0);
    expect(tactful(['pack', 'verify', '--public-key', publicKey, 'pack.json'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'pack.json'), 'utf8').match(/"signature"/g)).toHaveLength(1);
  });

  it('refuses an invalid pack, a missing key and a key of another kind', { timeout: 60000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-sign-'));
    expect(tactful(['pack', 'keygen', 'k.pem'], dir).code).toBe(0);
    copyFileSync(join(ROOT, 'tests/fixtures/broken-pack.json'), join(dir, 'broken.json'));
    const before = readFileSync(join(dir, 'broken.json'), 'utf8');
    const r = tactful(['pack', 'sign', '--key', 'k.pem', 'broken.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('✖ broken.json: not signed; fix the pack first');
    expect(readFileSync(join(dir, 'broken.json'), 'utf8')).toBe(before);

    expect(tactful(['pack', 'sign', 'broken.json'], dir)).toMatchObject({ code: 2 });
    expect(tactful(['pack', 'sign', '--key', 'missing.pem', 'broken.json'], dir).err).toContain('cannot read the private key missing.pem: ENOENT');
    writeFileSync(join(dir, 'rsa.pem'), spawnSync('openssl', ['genpkey', '-algorithm', 'rsa', '-pkeyopt', 'rsa_keygen_bits:1024'], { encoding: 'utf8' }).stdout);
    expect(tactful(['pack', 'sign', '--key', 'rsa.pem', 'broken.json'], dir).err).toContain('rsa.pem is a rsa key; packs are signed with Ed25519 keys');
    expect(tactful(['pack', 'verify', '--public-key', 'AAAA', 'broken.json'], dir).err).toContain('the public key is 3 bytes');
  });

  it('accepts a key made with openssl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-sign-'));
    writeFileSync(join(dir, 'k.pem'), spawnSync('openssl', ['genpkey', '-algorithm', 'ed25519'], { encoding: 'utf8' }).stdout);
    copyFileSync(join(ROOT, 'tests/fixtures/team-pack.json'), join(dir, 'pack.json'));
    const r = tactful(['pack', 'sign', '--key', 'k.pem', 'pack.json'], dir);
    expect(r.code).toBe(0);
    expect(tactful(['pack', 'verify', '--public-key', publicKeyIn(r.out), 'pack.json'], dir).code).toBe(0);
  });
});
