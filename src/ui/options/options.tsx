import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Pack } from '../../packs/pack';
import type { PolicyState } from '../../store/policy-store';
import type { Settings } from '../../store/settings';
import type { SettingsState } from '../../store/settings-store';
import type { SubscriptionsState } from '../../store/subscriptions-store';
import { uiLanguage } from '../i18n/index';
import { IgnoredRulesSection } from './ignored-rules-section';
import { LanguageSection } from './language-section';
import { optionsTranslator } from './messages';
import { OwnPhrasesSection } from './own-phrases-section';
import { PacksSection } from './packs-section';
import { PolicySummary } from './policy-summary';
import { SitesSection } from './sites-section';
import type { SubscriptionActions } from './subscription-actions';

interface Props {
  settings: StoreApi<SettingsState>;
  /** The organization's policy (storage.managed): what it sets shows as locked. */
  policy: StoreApi<PolicyState>;
  /** The bundled packs, with their examples (see ./bundled-packs.ts). */
  packs: readonly Pack[];
  /** navigator.languages, for the "browser default" interface language. */
  browserLanguages: readonly string[];
  /** The pack subscriptions, as the background stores them. */
  subscriptions?: StoreApi<SubscriptionsState>;
  /** Subscribe, check, unsubscribe, export; without them subscriptions are shown read-only. */
  subscriptionActions?: SubscriptionActions;
}

const NO_SUBSCRIPTIONS: StoreApi<SubscriptionsState> = createStore<SubscriptionsState>()(() => ({ subscriptions: [], loaded: true }));

/** The options page: interface language, packs, the agent's own phrases, ignored rules and sites. */
export function Options({ settings, policy, packs, browserLanguages, subscriptions = NO_SUBSCRIPTIONS, subscriptionActions }: Props) {
  const { settings: s, loaded, repaired, update } = useStore(settings);
  const { policy: p, problems, loaded: policyLoaded } = useStore(policy);
  const subscribed = useStore(subscriptions, (x) => x.subscriptions);
  const language = uiLanguage(s.uiLanguage, browserLanguages);
  const t = useMemo(() => optionsTranslator(language), [language]);
  const languages = useMemo(() => [...new Set(packs.map((p) => p.language))], [packs]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language, t]);
  if (!loaded || !policyLoaded) return <main className="options" aria-busy="true" />;
  const change = (edit: (x: Settings) => Settings): void => void update(edit);
  const section = { t, settings: s, change, policy: p };
  return (
    <main className="options" lang={language} data-tactful-options="">
      <header className="page-head">
        <h1>{t('options.title')}</h1>
        <p className="muted">{t('options.saved')}</p>
      </header>
      <PolicySummary t={t} policy={p} problems={problems} packs={packs} />
      {repaired && (
        <p className="notice" role="status" data-tactful-repaired="">
          {t('settings.repaired')}
        </p>
      )}
      {s.paused && (
        <p className="notice" data-tactful-paused="">
          {t('options.paused')}{' '}
          <button type="button" onClick={() => change((x) => ({ ...x, paused: false }))}>
            {t('options.resume')}
          </button>
        </p>
      )}
      <LanguageSection {...section} browserLanguages={browserLanguages} />
      <PacksSection {...section} packs={packs} language={language} subscriptions={subscribed} actions={subscriptionActions} />
      <OwnPhrasesSection {...section} languages={languages} language={language} />
      <IgnoredRulesSection {...section} packs={packs} />
      <SitesSection {...section} />
    </main>
  );
}
