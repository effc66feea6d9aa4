import { en as shared, type MessageKey } from '../i18n/en';
import type { OptionsTranslate } from './messages';

/** Each interface language in its own name, so a reader finds theirs whatever the page speaks. */
export const ENDONYMS: Record<string, string> = { en: 'English', ru: 'Русский', cs: 'Čeština', zh: '简体中文', lv: 'Latviešu' };

/** A language's name in the interface language (`ru` → "Russian", "русский", …), else its code. */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const sharedKey = (key: string): key is MessageKey => key in shared;

/** A category's label; a pack's own `custom:<name>` shows its name. */
export function categoryLabel(t: OptionsTranslate, category: string): string {
  const key = `category.${category}`;
  return sharedKey(key) ? t(key) : category.replace(/^custom:/, '');
}

export function kindLabel(t: OptionsTranslate, kind: string): string {
  const key = `kind.${kind}`;
  return sharedKey(key) ? t(key) : kind;
}

export function severityLabel(t: OptionsTranslate, severity: string): string {
  return severity === 'error' || severity === 'warning' || severity === 'hint' ? t(`options.rule.severity.${severity}`) : severity;
}
