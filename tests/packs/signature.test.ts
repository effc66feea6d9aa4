import Ajv2020 from 'ajv/dist/2020';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawPublicKey, signPackText } from '../../src/cli/sign-commands';
import { canonicalPackText } from '../../src/packs/canonical';
import type { Pack } from '../../src/packs/pack';
import { publicKeyProblem, sha256Hex, signingText, verifyPackSignature } from '../../src/packs/signature';
import { validatePack, validatePackText } from '../../src/packs/validate';

/** Signed by the CLI's code (node:crypto), verified by the browser's (WebCrypto, here Node's). */
const TEAM = readFileSync(new URL('../fixtures/team-pack.json', import.meta.url), 'utf8');
const keys = (): { privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']; publicKey: string } => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKey(privateKey) };
};
const team = keys();
const signed = signPackText(TEAM, 'team-pack.json', team.privateKey).text!;
const parsed = (text: string): Pack => validatePackText(text, 'x').pack!;

describe('pack signatures', () => {
  it('a pack signed with the CLI verifies with WebCrypto and the raw public key', async () => {
    expect(publicKeyProblem(team.publicKey)).toBeUndefined();
    const pack = parsed(signed);
    expect(pack.signature).toMatchObject({ alg: 'Ed25519' });
    expect(await verifyPackSignature(pack, team.publicKey)).toBe('valid');
  });

  it('signing leaves the rest of the file as written', () => {
    expect(signed.startsWith(TEAM.trimEnd().slice(0, -1).trimEnd())).toBe(true);
    expect(signed).toContain('"signature": {');
  });

  it('survives reformatting and key order, not a change of content', async () => {
    const pack = parsed(signed);
    expect(await verifyPackSignature(JSON.parse(canonicalPackText(pack)) as Pack, team.publicKey)).toBe('valid');
    expect(await verifyPackSignature(JSON.parse(JSON.stringify(pack, null, '\t')) as Pack, team.publicKey)).toBe('valid');
    const reordered = Object.fromEntries(Object.entries(pack).reverse()) as unknown as Pack;
    expect(signingText(reordered)).toBe(signingText(pack));
    expect(await verifyPackSignature(reordered, team.publicKey)).toBe('valid');

    const tampered = { ...pack, rules: pack.rules.map((r) => ({ ...r, message: `${r.message}!` })) };
    expect(await verifyPackSignature(tampered, team.publicKey)).toBe('invalid');
    expect(await verifyPackSignature({ ...pack, version: '1.0.1' }, team.publicKey)).toBe('invalid');
  });

  it('refuses another key, a missing signature and a malformed one', async () => {
    const pack = parsed(signed);
    expect(await verifyPackSignature(pack, keys().publicKey)).toBe('invalid');
    const { signature: _, ...unsigned } = pack;
    expect(await verifyPackSignature(unsigned, team.publicKey)).toBe('missing');
    expect(await verifyPackSignature({ ...pack, signature: { alg: 'Ed25519', value: 'AAAA' } }, team.publicKey)).toBe('invalid');
    // A signature copied from another pack of the same key does not carry over.
    const other = parsed(signPackText(TEAM.replace('ACME wording', 'ACME words'), 'x', team.privateKey).text!);
    expect(await verifyPackSignature({ ...pack, signature: other.signature! }, team.publicKey)).toBe('invalid');
  });

  it('validation and the JSON Schema accept the signature field; validation names a malformed one', () => {
    expect(validatePack(parsed(signed), 'x').problems).toEqual([]);
    const schema = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8')));
    expect(schema(JSON.parse(signed))).toBe(true);
    expect(schema({ ...JSON.parse(signed), signature: { alg: 'RSA', value: 'x' } })).toBe(false);
    const bad = { ...parsed(signed), signature: { alg: 'RSA', value: 'nope', extra: 1 } };
    expect(validatePack(bad, 'team.json').problems.map((p) => p.path)).toEqual(['signature.extra', 'signature.alg', 'signature.value']);
  });

  it('does not sign an invalid pack', () => {
    const r = signPackText(TEAM.replace('"warning"', '"loud"'), 'team.json', team.privateKey);
    expect(r.text).toBeUndefined();
    expect(r.problems[0]).toContain('team.json: rule "acme.ticket-closed" (rules[0].severity)');
  });

  it('checks public keys and hashes bytes as the pin expects', async () => {
    expect(publicKeyProblem('not base64!')).toBe('is not base64');
    expect(publicKeyProblem('AAAA')).toContain('is 3 bytes');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
