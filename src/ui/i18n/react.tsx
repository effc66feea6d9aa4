import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SettingsState } from '../../store/settings-store';
import { translator, uiLanguage, type Translate } from './index';

const I18n = createContext<Translate>(translator('en'));

/** Gives the tree the translator of the agent's interface language, following settings changes. */
export function I18nProvider({ settings, children }: { settings: StoreApi<SettingsState>; children: ReactNode }) {
  const choice = useStore(settings, (s) => s.settings.uiLanguage);
  const t = useMemo(() => translator(uiLanguage(choice, navigator.languages)), [choice]);
  return <I18n.Provider value={t}>{children}</I18n.Provider>;
}

export const useT = (): Translate => useContext(I18n);
