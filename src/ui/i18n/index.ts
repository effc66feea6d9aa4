import { en, type MessageKey, type Messages } from './en';

/** The interface languages; a language missing here falls back to English key by key. */
const CATALOGS: Record<string, Partial<Messages>> = { en };

export const UI_LANGUAGES = ['en', 'ru', 'cs', 'zh', 'lv'] as const;

/** Registers a translation (each language's file calls this; see ./all.ts). */
export function registerCatalog(language: string, messages: Partial<Messages>): void {
  CATALOGS[language] = messages;
}

/** The interface language: the agent's choice, else the browser's when Tactful speaks it, else English. */
export function uiLanguage(choice: string | null, browserLanguages: readonly string[]): string {
  if (choice !== null && choice in CATALOGS) return choice;
  for (const l of browserLanguages) {
    const base = l.split('-')[0]!.toLowerCase();
    if (base in CATALOGS) return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function translator(language: string): Translate {
  const catalog = CATALOGS[language] ?? {};
  return (key, values) => {
    const text = catalog[key] ?? en[key];
    return values === undefined ? text : text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
  };
}

export type { MessageKey };
