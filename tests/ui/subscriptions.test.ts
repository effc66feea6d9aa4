import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Subscription } from '../../src/packs/subscription';
import { EMPTY_POLICY } from '../../src/store/policy';
import type { PolicyState } from '../../src/store/policy-store';
import { DEFAULT_SETTINGS } from '../../src/store/settings';
import type { SettingsState } from '../../src/store/settings-store';
import type { SubscriptionsState } from '../../src/store/subscriptions-store';
import '../../src/ui/i18n/all';
import { Options } from '../../src/ui/options/options';
import type { SubscriptionActions } from '../../src/ui/options/subscription-actions';
import { pack, rule } from '../helpers';

/** The subscriptions part of the options page, rendered to HTML as React renders it. */
const actions: SubscriptionActions = {
  subscribe: async () => ({ problems: [] }),
  check: async () => {},
  unsubscribe: async () => ({ problems: [] }),
  hasAccess: async () => true,
  requestAccess: async () => true,
};
function render(subscriptions: Subscription[], withActions = true, uiLanguage: string | null = null): string {
  const settings = createStore<SettingsState>()(() => ({ settings: { ...DEFAULT_SETTINGS, uiLanguage }, loaded: true, repaired: false, update: async () => {} }));
  const subs = createStore<SubscriptionsState>()(() => ({ subscriptions, loaded: true }));
  const policy = createStore<PolicyState>()(() => ({ policy: EMPTY_POLICY, problems: [], loaded: true }));
  return renderToStaticMarkup(createElement(Options, { settings, policy, packs: [], browserLanguages: ['en-US'], subscriptions: subs, ...(withActions && { subscriptionActions: actions }) }));
}

const hostile = '<img src=x onerror="alert(1)">';
const team = pack([rule('acme.closed', ['ticket is closed'], { message: `Closed ${hostile}` })], { id: 'acme-en', name: `ACME ${hostile}`, version: '1.2.0' });
const installed: Subscription = {
  url: 'https://team.example/acme.json',
  lastChecked: Date.UTC(2030, 0, 2, 3, 4, 5),
  good: { pack: team, version: '1.2.0', fetchedAt: Date.UTC(2030, 0, 1), sha256: 'aa' },
  lastError: `https://team.example/acme.json: pack: is not valid JSON ${hostile}`,
};

describe('subscriptions in the options page', () => {
  it('shows a subscribed pack in the pack list with its source, check times, error and buttons', () => {
    const html = render([installed]);
    expect(html).toContain('data-tactful-subscription="https://team.example/acme.json"');
    expect(html).toContain('data-tactful-pack="acme-en"');
    expect(html).toContain('data-tactful-pack-toggle="acme-en"');
    expect(html).toMatch(/datetime="2030-01-02T03:04:05.000Z"/i);
    expect(html).toContain('data-tactful-sub-good="1.2.0"');
    expect(html).toContain('The last update was not installed; version 1.2.0 stays in use:');
    for (const b of ['data-tactful-sub-check=""', 'data-tactful-pack-export="acme-en"', 'data-tactful-sub-unsubscribe=""']) expect(html).toContain(b);
    expect(html).toContain('data-tactful-subscribe-form');
  });

  it('renders what a server sent as text, never as HTML', () => {
    const html = render([installed]);
    expect(html).not.toContain('<img');
    expect(html).toContain('ACME &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('is not valid JSON &lt;img');
  });

  it('a subscription without a good version shows only its address and why', () => {
    const html = render([{ url: 'https://team.example/new.json', lastChecked: 1, lastError: 'The server answered 404 Not Found.' }]);
    expect(html).toContain('data-installed="false"');
    expect(html).toContain('Not installed yet:');
    expect(html).toContain('The server answered 404 Not Found.');
    expect(html).not.toContain('data-tactful-pack-export');
  });

  it('a managed subscription cannot be removed; signed and pinned ones say so', () => {
    const html = render([{ ...installed, managed: true, publicKey: 'K', pin: 'aa', lastError: undefined }]);
    expect(html).toContain('Installed by your administrator');
    expect(html).toContain('Signed updates only');
    expect(html).toContain('Pinned to one file');
    expect(html).not.toContain('data-tactful-sub-unsubscribe');
    expect(html).not.toContain('data-tactful-sub-error');
  });

  it('without actions (no background), nothing can be changed', () => {
    const html = render([installed], false);
    expect(html).not.toContain('data-tactful-subscribe-form');
    expect(html).not.toContain('data-tactful-sub-check=""');
  });

  it('speaks the interface language', () => {
    expect(render([installed], true, 'cs')).toContain('Zkontrolovat teď');
  });
});
