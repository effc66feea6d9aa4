import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, isManaged, parsePolicy, sitePolicy } from '../../src/store/policy';
import { activeOn, DEFAULT_SETTINGS } from '../../src/store/settings';

// An Ed25519 public key as raw bytes in base64 (the last 32 bytes of its SPKI form).
const KEY = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
const SHA = 'a'.repeat(64);

describe('parsePolicy', () => {
  it('reads a complete, correct policy as written', () => {
    const value = {
      packs: [{ url: 'https://packs.example.com/team.json', sha256: SHA.toUpperCase(), publicKey: KEY }, { url: 'http://localhost:8080/p.json' }],
      lockedPacks: ['tactful-en', 'team-pack'],
      sitesAlwaysOn: ['Help.Example.com', '*.zendesk.com'],
      sitesAlwaysOff: ['mail.example.com'],
      allowOwnPacks: false,
    };
    expect(parsePolicy(value)).toEqual({
      policy: {
        packs: [{ url: 'https://packs.example.com/team.json', sha256: SHA, publicKey: KEY }, { url: 'http://localhost:8080/p.json' }],
        lockedPacks: ['tactful-en', 'team-pack'],
        sitesAlwaysOn: ['help.example.com', '*.zendesk.com'],
        sitesAlwaysOff: ['mail.example.com'],
        allowOwnPacks: false,
      },
      problems: [],
    });
  });

  it('treats no policy as the empty policy, without problems', () => {
    for (const nothing of [undefined, null, {}]) expect(parsePolicy(nothing)).toEqual({ policy: EMPTY_POLICY, problems: [] });
  });

  it('refuses what is not an object, saying so', () => {
    for (const junk of ['x', [1], 3]) {
      const { policy, problems } = parsePolicy(junk);
      expect(policy).toEqual(EMPTY_POLICY);
      expect(problems).toHaveLength(1);
    }
  });

  it('keeps the good parts and names each bad field', () => {
    const { policy, problems } = parsePolicy({
      lockedPacks: ['tactful-en', 7, 'Bad Id'],
      sitesAlwaysOn: 'help.example.com',
      sitesAlwaysOff: ['ok.example.com', 'https://mail.example.com/', 'host:8080'],
      allowOwnPacks: 'no',
      packs: [
        { url: 'http://packs.example.com/p.json' },
        { url: 'ftp://packs.example.com/p.json' },
        { url: 'not a url' },
        { url: 'https://packs.example.com/pinned.json', sha256: 'abc' },
        { url: 'https://packs.example.com/signed.json', publicKey: 'not-base64!' },
        { url: 'https://packs.example.com/good.json', extra: true },
        { url: 'https://packs.example.com/good.json' },
        'https://packs.example.com/bare.json',
        { sha256: SHA },
      ],
      colour: 'blue',
    });
    expect(policy).toEqual({
      packs: [{ url: 'https://packs.example.com/good.json' }],
      lockedPacks: ['tactful-en'],
      sitesAlwaysOn: [],
      sitesAlwaysOff: ['ok.example.com'],
      allowOwnPacks: false,
    });
    const paths = problems.map((p) => p.slice(0, p.indexOf(':')));
    expect(paths).toEqual([
      'colour',
      'packs[0].url',
      'packs[1].url',
      'packs[2].url',
      'packs[3].sha256',
      'packs[4].publicKey',
      'packs[5].extra',
      'packs[6].url',
      'packs[7]',
      'packs[8].url',
      'sitesAlwaysOff[1]',
      'sitesAlwaysOff[2]',
      'sitesAlwaysOn',
      'allowOwnPacks',
      'lockedPacks[1]',
      'lockedPacks[2]',
    ]);
    expect(problems[1]).toMatch(/must be https/);
    expect(problems[7]).toMatch(/listed twice/);
    expect(problems[13]).toMatch(/read as false/);
  });

  it('lets http through only to this machine', () => {
    for (const url of ['http://localhost/p.json', 'http://127.0.0.1:9000/p.json', 'http://[::1]/p.json']) expect(parsePolicy({ packs: [{ url }] }).problems).toEqual([]);
    for (const url of ['http://localhost.example.com/p.json', 'http://10.0.0.1/p.json']) expect(parsePolicy({ packs: [{ url }] }).policy.packs).toEqual([]);
  });

  it('drops a site listed both always on and always off from "always on"', () => {
    const { policy, problems } = parsePolicy({ sitesAlwaysOn: ['a.example', 'b.example'], sitesAlwaysOff: ['A.example'] });
    expect(policy.sitesAlwaysOn).toEqual(['b.example']);
    expect(problems).toEqual(['sitesAlwaysOn: "a.example" is also in sitesAlwaysOff; always off wins']);
  });

  it('says whether anything is managed', () => {
    expect(isManaged(EMPTY_POLICY, [])).toBe(false);
    expect(isManaged({ ...EMPTY_POLICY, allowOwnPacks: false }, [])).toBe(true);
    expect(isManaged(EMPTY_POLICY, ['colour: is not a Tactful policy setting (ignored)'])).toBe(true);
  });
});

describe('sites and the policy', () => {
  const policy = { ...EMPTY_POLICY, sitesAlwaysOn: ['help.example.com', '*.desk.example'], sitesAlwaysOff: ['mail.example.com', '*.secret.desk.example'] };
  it('matches host names exactly, and *. for a domain and its subdomains', () => {
    expect(sitePolicy(policy, 'help.example.com')).toBe('on');
    expect(sitePolicy(policy, 'HELP.example.com')).toBe('on');
    expect(sitePolicy(policy, 'x.help.example.com')).toBeUndefined();
    expect(sitePolicy(policy, 'desk.example')).toBe('on');
    expect(sitePolicy(policy, 'acme.desk.example')).toBe('on');
    expect(sitePolicy(policy, 'notdesk.example')).toBeUndefined();
    expect(sitePolicy(policy, 'mail.example.com')).toBe('off');
    // Always off wins where both apply.
    expect(sitePolicy(policy, 'a.secret.desk.example')).toBe('off');
  });

  it('always off beats everything; always on beats the site switch but not a pause', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['help.example.com'] };
    expect(activeOn(s, 'help.example.com')).toBe(false);
    expect(activeOn(s, 'help.example.com', policy)).toBe(true);
    expect(activeOn({ ...s, paused: true }, 'help.example.com', policy)).toBe(false);
    expect(activeOn(DEFAULT_SETTINGS, 'mail.example.com', policy)).toBe(false);
    expect(activeOn(DEFAULT_SETTINGS, 'other.example', policy)).toBe(true);
  });
});
