import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { EMPTY_POLICY, type Policy } from '../../src/store/policy';
import type { PolicyState } from '../../src/store/policy-store';
import { DEFAULT_SETTINGS, type Settings } from '../../src/store/settings';
import type { SettingsState } from '../../src/store/settings-store';
import '../../src/ui/i18n/all';
import { BUNDLED_PACKS } from '../../src/ui/options/bundled-packs';
import { Options } from '../../src/ui/options/options';
import { Popup } from '../../src/ui/popup';

/** What the organization's policy does to the options page and the popup. */
const stores = (s: Partial<Settings>, p: Partial<Policy>, problems: string[] = []) => ({
  settings: createStore<SettingsState>()(() => ({ settings: { ...DEFAULT_SETTINGS, ...s }, loaded: true, repaired: false, update: async () => {} })),
  policy: createStore<PolicyState>()(() => ({ policy: { ...EMPTY_POLICY, ...p }, problems, loaded: true })),
});

const options = (s: Partial<Settings>, p: Partial<Policy>, problems: string[] = [], uiLanguage: string | null = null): string =>
  renderToStaticMarkup(createElement(Options, { ...stores({ ...s, uiLanguage }, p, problems), packs: BUNDLED_PACKS, browserLanguages: ['en-US'] }));

const popup = (s: Partial<Settings>, p: Partial<Policy>, host = 'help.example.com'): string =>
  renderToStaticMarkup(createElement(Popup, { ...stores(s, p), host, draft: null, onToggleStep: () => {}, onOptions: () => {} }));

/** The opening tag of the element carrying `attr`. */
const tagWith = (html: string, attr: string): string => /<[^>]*>/.exec(html.slice(html.lastIndexOf('<', html.indexOf(attr))))![0];

describe('options page under a policy', () => {
  it('says nothing about an organization when there is no policy', () => {
    const html = options({}, {});
    expect(html).not.toContain('data-tactful-policy');
    expect(html).not.toContain('data-locked');
  });

  it('shows a locked pack as on, its switch disabled, with the note', () => {
    const html = options({ disabledPacks: ['tactful-en', 'tactful-ru'] }, { lockedPacks: ['tactful-en'] });
    const en = tagWith(html, 'data-tactful-pack="tactful-en"');
    expect(en).toContain('data-locked="true"');
    expect(en).toContain('data-enabled="true"');
    const toggle = tagWith(html, 'data-tactful-pack-toggle="tactful-en"');
    expect(toggle).toContain('disabled');
    expect(toggle).toContain('checked');
    expect(html).toMatch(/data-tactful-pack-toggle="tactful-en"[^]*?Managed by your organization/);
    // The other pack stays the agent's to switch.
    expect(tagWith(html, 'data-tactful-pack-toggle="tactful-ru"')).not.toContain('disabled');
  });

  it('sums up the policy at the top, with its problems as text', () => {
    const html = options({}, { lockedPacks: ['tactful-en'], allowOwnPacks: false }, ['colour: is not a Tactful policy setting (ignored)', '<b>x</b>: bad']);
    const summary = html.slice(html.indexOf('data-tactful-policy'), html.indexOf('</section>'));
    expect(summary).toContain('Managed by your organization');
    expect(summary).toContain(`Packs that always stay on: ${BUNDLED_PACKS.find((x) => x.id === 'tactful-en')!.name}`);
    expect(summary).toContain('Your own phrases and packs are not used.');
    expect(summary.match(/data-tactful-policy-problem/g)).toHaveLength(2);
    expect(summary).toContain('&lt;b&gt;x&lt;/b&gt;: bad');
  });

  it('lists the sites the organization keeps on or off as locked', () => {
    const html = options({ disabledSites: ['a.example'] }, { sitesAlwaysOn: ['help.example.com'], sitesAlwaysOff: ['mail.example.com'] });
    expect(tagWith(html, 'data-tactful-policy-site="help.example.com"')).toMatch(/data-mode="on" data-locked="true"/);
    expect(tagWith(html, 'data-tactful-policy-site="mail.example.com"')).toMatch(/data-mode="off" data-locked="true"/);
    expect(html).toContain('Always off');
    expect(html).toContain('data-tactful-enable-site="a.example"');
  });

  it('disables the own phrases when the organization does not allow them, keeping them on view', () => {
    const html = options({ ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }] }, { allowOwnPacks: false });
    expect(tagWith(html, 'data-tactful-own-section')).toContain('data-locked="true"');
    expect(html).toMatch(/<fieldset class="bare" disabled=""/);
    expect(html).toContain('value="ticket is closed"');
    expect(tagWith(html, 'data-tactful-own-entry="0"')).toContain('data-active="false"');
    expect(html).toContain('does not allow your own phrases');
    expect(options({ ownPhrases: [{ phrase: 'ticket is closed', language: 'en' }] }, {})).not.toMatch(/<fieldset[^>]*disabled/);
  });

  it('speaks the agent’s language', () => {
    expect(options({}, { lockedPacks: ['tactful-en'] }, [], 'ru')).toContain('Управляется вашей организацией');
  });
});

describe('popup under a policy', () => {
  it('a site the organization keeps on: switch on and disabled, with the note, even if the agent switched it off', () => {
    const html = popup({ disabledSites: ['help.example.com'] }, { sitesAlwaysOn: ['help.example.com'] });
    const toggle = tagWith(html, 'data-tactful-site-toggle');
    expect(toggle).toContain('disabled');
    expect(toggle).toContain('checked');
    expect(html).toContain('data-tactful-site-locked');
    expect(html).toContain('Set by your organization.');
    expect(tagWith(html, 'data-tactful-status')).toContain('data-tactful-status="on"');
  });

  it('a site the organization keeps off: off, switch disabled, and says who set it', () => {
    const html = popup({}, { sitesAlwaysOff: ['*.example.com'] });
    const toggle = tagWith(html, 'data-tactful-site-toggle');
    expect(toggle).toContain('disabled');
    expect(toggle).not.toContain('checked');
    expect(html).toContain('Off on help.example.com: set by your organization.');
    expect(tagWith(html, 'data-tactful-status')).toContain('data-tactful-status="off"');
  });

  it('other sites keep the agent’s switch', () => {
    const html = popup({}, { sitesAlwaysOff: ['mail.example.com'] });
    expect(tagWith(html, 'data-tactful-site-toggle')).not.toContain('disabled');
    expect(html).not.toContain('data-tactful-site-locked');
  });
});
