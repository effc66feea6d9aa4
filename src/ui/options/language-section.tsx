import { UI_LANGUAGES, uiLanguage } from '../i18n/index';
import { ENDONYMS } from './labels';
import type { SectionProps } from './section';

/** The interface language: the browser's, or one Tactful speaks. */
export function LanguageSection({ t, settings, change, browserLanguages }: SectionProps & { browserLanguages: readonly string[] }) {
  const choice = settings.uiLanguage !== null && (UI_LANGUAGES as readonly string[]).includes(settings.uiLanguage) ? settings.uiLanguage : '';
  const browser = uiLanguage(null, browserLanguages);
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('options.language.title')}</h2>
      <label className="field">
        <span>{t('options.language.label')}</span>
        <select
          data-tactful-ui-language=""
          value={choice}
          onChange={(e) => {
            const value = e.currentTarget.value;
            change((s) => ({ ...s, uiLanguage: value === '' ? null : value }));
          }}
        >
          <option value="">{t('options.language.browser', { language: ENDONYMS[browser] ?? browser })}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {ENDONYMS[l] ?? l}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
