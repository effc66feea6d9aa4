import { describe, expect, it } from 'vitest';
import { cs } from '../../src/ui/i18n/cs';
import { en } from '../../src/ui/i18n/en';
import { translator, uiLanguage } from '../../src/ui/i18n/index';
import { lv } from '../../src/ui/i18n/lv';
import { ru } from '../../src/ui/i18n/ru';
import { zh } from '../../src/ui/i18n/zh';
import '../../src/ui/i18n/all';
import { OPTIONS_MESSAGES, optionsTranslator } from '../../src/ui/options/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Every translation has exactly the reference's keys, each with the same {placeholders}. */
function checkCatalog(reference: Record<string, string>, catalog: Record<string, string>): void {
  expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
  for (const [key, text] of Object.entries(reference)) {
    const translated = catalog[key]!;
    expect(translated.trim(), key).not.toBe('');
    expect(placeholders(translated), key).toEqual(placeholders(text));
    // Stray braces would show up on screen as-is.
    expect(translated.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
  }
}

const SHARED = { ru, cs, zh, lv };

describe('interface catalogs', () => {
  for (const [language, catalog] of Object.entries(SHARED)) {
    it(`${language} has every key of en with the same placeholders`, () => checkCatalog(en, catalog));
    it(`${language} is a translation, not a copy of en`, () => {
      const same = Object.keys(en).filter((k) => catalog[k as keyof typeof en] === en[k as keyof typeof en]);
      expect(same.length, same.join(', ')).toBeLessThan(Object.keys(en).length / 10);
    });
  }

  it('all.ts registers every catalog, and the translator fills placeholders', () => {
    for (const language of Object.keys(SHARED)) expect(uiLanguage(language, [])).toBe(language);
    expect(uiLanguage(null, ['cs-CZ', 'en'])).toBe('cs');
    expect(translator('ru')('popup.onSite', { host: 'example.com' })).toBe('Подсказки к ответам включены на example.com.');
    expect(translator('zh')('checklist.progress', { done: 3, total: 7 })).toBe('已完成 3/7 步');
  });
});

describe('options page catalogs', () => {
  const reference = OPTIONS_MESSAGES.en!;
  it('has the five interface languages', () => expect(Object.keys(OPTIONS_MESSAGES).sort()).toEqual(['cs', 'en', 'lv', 'ru', 'zh']));
  for (const [language, catalog] of Object.entries(OPTIONS_MESSAGES)) {
    if (language !== 'en') it(`${language} has every key of en with the same placeholders`, () => checkCatalog(reference, catalog));
  }
  it('does not reuse a key of the shared catalog', () => {
    for (const key of Object.keys(reference)) expect(key in en, key).toBe(false);
  });
  it('translates its own keys and the shared ones', () => {
    const t = optionsTranslator('lv');
    expect(t('options.sites.enableLabel', { host: 'a.lv' })).toBe('Ieslēgt Tactful vietnē a.lv');
    expect(t('card.ignoreRule')).toBe(lv['card.ignoreRule']);
    expect(optionsTranslator('de')('options.title')).toBe('Tactful settings');
  });
});
