import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { canonicalPackText } from '../../packs/canonical';
import type { Pack } from '../../packs/pack';
import { installLocalPack, removeLocalPack } from '../../store/local-packs';
import type { LocalPacksState } from '../../store/local-packs-store';
import type { PolicyState } from '../../store/policy-store';
import type { Settings } from '../../store/settings';
import type { SettingsState } from '../../store/settings-store';
import type { SubscriptionsState } from '../../store/subscriptions-store';
import { uiLanguage } from '../i18n/index';
import { AddPack } from './add-pack';
import { IgnoredRulesSection } from './ignored-rules-section';
import { LanguageSection } from './language-section';
import { optionsTranslator } from './messages';
import { OwnPhrasesSection } from './own-phrases-section';
import { PackEditor, type EditorStart } from './pack-editor';
import { copyOfPack, newPackTemplate } from './pack-template';
import { PacksSection, type PackActions } from './packs-section';
import { PolicySummary } from './policy-summary';
import { focusSoon } from './section';
import { SitesSection } from './sites-section';
import type { SubscriptionActions } from './subscription-actions';

interface Props {
  settings: StoreApi<SettingsState>;
  /** The organization's policy (storage.managed): what it sets shows as locked. */
  policy: StoreApi<PolicyState>;
  /** The agent's local packs (imported or written in the editor); without them the page lists none. */
  localPacks?: StoreApi<LocalPacksState>;
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
const NO_LOCAL_PACKS: StoreApi<LocalPacksState> = createStore<LocalPacksState>()(() => ({ packs: [], loaded: true, update: async () => {} }));

/** The options page: interface language, packs (and the pack editor), own phrases, ignored rules and sites. */
export function Options({ settings, policy, localPacks = NO_LOCAL_PACKS, packs, browserLanguages, subscriptions = NO_SUBSCRIPTIONS, subscriptionActions }: Props) {
  const { settings: s, loaded, repaired, update } = useStore(settings);
  const { policy: p, problems, loaded: policyLoaded } = useStore(policy);
  const subscribed = useStore(subscriptions, (x) => x.subscriptions);
  const local = useStore(localPacks);
  const localList = useMemo(() => local.packs.map((p) => p.pack), [local.packs]);
  // Ids a local pack may not take: the bundled and subscribed packs'.
  const takenIds = useMemo(() => [...packs.map((p) => p.id), ...subscribed.flatMap((x) => (x.good === undefined ? [] : [x.good.pack.id]))], [packs, subscribed]);
  const allPacks = useMemo(() => [...packs, ...localList], [packs, localList]);
  // The editor's key: opening it again (another pack, a new one) starts it afresh.
  const [editing, setEditing] = useState<(EditorStart & { n: number }) | null>(null);
  const language = uiLanguage(s.uiLanguage, browserLanguages);
  const t = useMemo(() => optionsTranslator(language), [language]);
  const languages = useMemo(() => [...new Set(packs.map((p) => p.language))], [packs]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language, t]);
  const openEditor = (start: EditorStart): void => {
    setEditing({ ...start, n: (editing?.n ?? 0) + 1 });
    focusSoon(() => document.querySelector<HTMLElement>('[data-tactful-pack-json]'));
  };
  const actions: PackActions = {
    edit: (pack, asCopy) =>
      openEditor(asCopy ? { text: copyOfPack(pack, [...takenIds, ...localList.map((p) => p.id)]) } : { text: canonicalPackText(pack), replacing: pack.id }),
    remove: (pack) => {
      void local.update((list) => removeLocalPack(list, pack.id));
      focusSoon(() => document.getElementById('packs-title'));
    },
  };
  if (!loaded || !policyLoaded || !local.loaded) return <main className="options" aria-busy="true" />;
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
      <PacksSection {...section} packs={packs} local={localList} actions={actions} language={language} subscriptions={subscribed} subscriptionActions={subscriptionActions}>
        <AddPack t={t} takenIds={takenIds} install={(entry) => void local.update((list) => installLocalPack(list, entry))} startNew={() => openEditor({ text: newPackTemplate() })} />
      </PacksSection>
      {editing !== null && (
        <PackEditor
          key={editing.n}
          t={t}
          start={editing}
          takenIds={takenIds}
          save={(entry, replacing) => void local.update((list) => installLocalPack(list, entry, replacing))}
          close={() => setEditing(null)}
        />
      )}
      <OwnPhrasesSection {...section} languages={languages} language={language} />
      <IgnoredRulesSection {...section} packs={allPacks} />
      <SitesSection {...section} />
    </main>
  );
}
