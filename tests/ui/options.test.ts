import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Pack, PackRule } from '../../src/packs/pack';
import { EMPTY_POLICY } from '../../src/store/policy';
import type { PolicyState } from '../../src/store/policy-store';
import type { LocalPack } from '../../src/store/local-packs';
import type { LocalPacksState } from '../../src/store/local-packs-store';
import { DEFAULT_SETTINGS, type Settings } from '../../src/store/settings';
import type { SettingsState } from '../../src/store/settings-store';
import '../../src/ui/i18n/all';
import { BUNDLED_PACKS } from '../../src/ui/options/bundled-packs';
import { addOwnPhrase, enableSite, ownPhraseOfRule, phraseProblems, replaceOwnPhrase, setPackEnabled, setRuleIgnored } from '../../src/ui/options/changes';
import { optionsTranslator } from '../../src/ui/options/messages';
import { Options } from '../../src/ui/options/options';
import { RuleView } from '../../src/ui/options/rule-view';

const settingsOf = (s: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...s });

function render(s: Partial<Settings>, { repaired = false, packs = BUNDLED_PACKS, local = [] }: { repaired?: boolean; packs?: readonly Pack[]; local?: LocalPack[] } = {}): string {
  const store = createStore<SettingsState>()(() => ({ settings: settingsOf(s), loaded: true, repaired, update: async () => {} }));
  const policy = createStore<PolicyState>()(() => ({ policy: EMPTY_POLICY, problems: [], loaded: true }));
  const localPacks = createStore<LocalPacksState>()(() => ({ packs: local, loaded: true, update: async () => {} }));
  return renderToStaticMarkup(createElement(Options, { settings: store, policy, localPacks, packs, browserLanguages: ['en-US'] }));
}

describe('settings edits', () => {
  const s = settingsOf({ disabledPacks: ['tactful-ru'], ignoredRules: ['en.calm-down', 'en.relax'], disabledSites: ['a.com', 'b.com'] });
  it('switches packs off once and on again', () => {
    expect(setPackEnabled(s, 'tactful-en', false).disabledPacks).toEqual(['tactful-ru', 'tactful-en']);
    expect(setPackEnabled(setPackEnabled(s, 'tactful-ru', false), 'tactful-ru', false).disabledPacks).toEqual(['tactful-ru']);
    expect(setPackEnabled(s, 'tactful-ru', true).disabledPacks).toEqual([]);
  });
  it('un-ignores rules and switches sites back on', () => {
    expect(setRuleIgnored(s, 'en.calm-down', false).ignoredRules).toEqual(['en.relax']);
    expect(setRuleIgnored(s, 'en.relax', true).ignoredRules).toEqual(['en.calm-down', 'en.relax']);
    expect(enableSite(s, 'a.com').disabledSites).toEqual(['b.com']);
  });
  it('stores own phrases trimmed, and edits only the entry the page showed', () => {
    const one = addOwnPhrase(s, { phrase: ' ticket is closed ', language: 'en', suggestion: '  ' });
    expect(one.ownPhrases).toEqual([{ phrase: 'ticket is closed', language: 'en' }]);
    const entry = one.ownPhrases[0]!;
    expect(replaceOwnPhrase(one, 0, entry, { phrase: 'ticket (is | was) closed', language: 'en', suggestion: 'resolved' }).ownPhrases).toEqual([
      { phrase: 'ticket (is | was) closed', language: 'en', suggestion: 'resolved' },
    ]);
    expect(replaceOwnPhrase(one, 0, entry, null).ownPhrases).toEqual([]);
    // Another tab changed the entry meanwhile: nothing happens.
    expect(replaceOwnPhrase(one, 0, { phrase: 'other', language: 'en' }, null)).toBe(one);
  });
  it('reports what is wrong with a phrase without repeating the phrase', () => {
    expect(phraseProblems({ phrase: 'ticket is closed', language: 'en' })).toEqual([]);
    const [problem] = phraseProblems({ phrase: 'ticket (is closed', language: 'en' });
    expect(problem).toMatch(/not closed/);
    expect(problem).not.toMatch(/^"ticket/);
  });
  it('finds the own phrase behind an own rule id', () => {
    const withPhrases = settingsOf({ ownPhrases: [{ phrase: 'a b', language: 'ru' }, { phrase: 'c d', language: 'en' }] });
    expect(ownPhraseOfRule(withPhrases, 'own.en.2')?.phrase).toBe('c d');
    expect(ownPhraseOfRule(withPhrases, 'own.en.1')).toBeUndefined();
    expect(ownPhraseOfRule(withPhrases, 'en.calm-down')).toBeUndefined();
  });
});

describe('options page', () => {
  it('lists local packs after the bundled ones, with edit and remove; every pack has export and edit a copy', () => {
    const acme = { id: 'acme-en', name: 'ACME <b>wording</b>', version: '1.0.0', language: 'en', rules: [] } as Pack;
    const html = render({ disabledPacks: ['acme-en'] }, { local: [{ pack: acme, prepared: acme }] });
    expect(html.indexOf('data-tactful-pack="acme-en"')).toBeGreaterThan(html.indexOf('data-tactful-pack="tactful-lv"'));
    expect(html).toMatch(/data-tactful-pack="acme-en" data-local="true" data-enabled="false"/);
    // Pack text is text, never markup.
    expect(html).toContain('ACME &lt;b&gt;wording&lt;/b&gt;');
    for (const attr of ['export', 'copy', 'edit', 'remove']) expect(html).toContain(`data-tactful-pack-${attr}="acme-en"`);
    for (const attr of ['export', 'copy']) expect(html).toContain(`data-tactful-pack-${attr}="tactful-en"`);
    for (const attr of ['edit', 'remove']) expect(html).not.toContain(`data-tactful-pack-${attr}="tactful-en"`);
    expect(html).toContain('data-tactful-pack-import=""');
  });

  it('lists every bundled pack with its language, version, rule count and switch', () => {
    const html = render({ disabledPacks: ['tactful-zh'] });
    for (const p of BUNDLED_PACKS) {
      expect(html).toContain(`data-tactful-pack="${p.id}"`);
      expect(html).toContain(`<dd>${p.rules.length}</dd>`);
    }
    expect(html).toMatch(/data-tactful-pack-toggle="tactful-zh"(?![^>]*checked)/);
    expect(html).toMatch(/data-tactful-pack-toggle="tactful-en"[^>]*checked/);
    expect(html).toContain('<dd>Russian</dd>');
  });

  it('says when stored settings were repaired', () => {
    expect(render({}, { repaired: true })).toContain('Some stored settings were damaged');
    expect(render({}, { repaired: false })).not.toContain('data-tactful-repaired');
  });

  it('speaks the chosen interface language', () => {
    const html = render({ uiLanguage: 'ru' });
    expect(html).toContain('<main class="options" lang="ru"');
    expect(html).toContain('Язык интерфейса');
    expect(html).toContain('Наборы правил');
  });

  it('shows invalid own phrases as not active, with the problem beside them', () => {
    const html = render({ ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }, { phrase: 'a*', language: 'en' }] });
    expect(html).toMatch(/data-tactful-own-entry="0" data-active="true"/);
    expect(html).toMatch(/data-tactful-own-entry="1" data-active="false"/);
    expect(html).toContain('a stem needs at least 3 letters');
  });

  it('lists ignored rules and disabled sites with a button each', () => {
    const html = render({ ignoredRules: ['en.calm-down', 'gone.rule'], disabledSites: ['help.example.com'] });
    expect(html).toContain('data-tactful-unignore-rule="en.calm-down"');
    expect(html).toContain('Not in any pack in use.');
    expect(html).toContain('data-tactful-enable-site="help.example.com"');
  });

  it('renders pack text as text, never as HTML', () => {
    const rule: PackRule = {
      id: 'x.html',
      category: 'custom:test',
      severity: 'warning',
      patterns: ['<b>bold</b>'],
      message: '<img src=x onerror="alert(1)">',
      why: '<script>alert(2)</script>',
      suggestions: [{ kind: 'neutral', text: '<a href="javascript:alert(3)">x</a>' }],
      examples: { flag: ['<i>flag</i>'], ok: ['<u>ok</u>'] },
    };
    const html = renderToStaticMarkup(createElement(RuleView, { t: optionsTranslator('en'), rule, ignored: false, setIgnored: () => {} }));
    for (const tag of ['<img', '<script', '<a ', '<b>', '<i>', '<u>']) expect(html).not.toContain(tag);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('test');
  });
});
