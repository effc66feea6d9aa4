import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import { compile, pack, rule } from '../helpers';

const en = pack([rule('en.calm', ['calm down'])], { id: 'en', language: 'en', detect: { script: 'Latin', words: ['the', 'you', 'please', 'we', 'is'] } });
const cs = pack([rule('cs.uklidnete', ['uklidnete se'])], { id: 'cs', language: 'cs', detect: { script: 'Latin', words: ['prosím', 'vám', 'jsme', 'je', 'děkuji'], letters: 'ěščřžůň' } });
const zh = pack([rule('zh.calm', ['冷静'])], { id: 'zh', language: 'zh', detect: { script: 'Han', words: ['我们', '您'] } });
const ru = pack([rule('ru.calm', ['успоко*'])], { id: 'ru', language: 'ru', detect: { script: 'Cyrillic', words: ['вы', 'мы'] } });
const packs = compile(en, cs, zh, ru);

describe('language detection among the pack languages', () => {
  it('tells languages of one script apart by their frequent words, with or without diacritics', () => {
    expect(analyse('Please, we will fix it for you.', packs).language).toBe('en');
    expect(analyse('Děkuji, vám to pošleme.', packs).language).toBe('cs');
    expect(analyse('Dekuji, vam to posleme, jsme radi.', packs).language).toBe('cs');
  });
  it('recognises a script only one pack uses', () => {
    expect(analyse('Мы всё исправим.', packs).language).toBe('ru');
    expect(analyse('好的，明天发货。', packs).language).toBe('zh');
  });
  it('counts each character of a multi-character Chinese detect word', () => {
    // Two packs of one script: only the word points decide, and "我们" must score as 我 + 们.
    const yue = pack([], { id: 'yue', language: 'yue', detect: { script: 'Han', words: ['佢哋'] } });
    expect(analyse('我们明天发货', compile(yue, zh)).language).toBe('zh');
  });
  it('applies each rule only to sentences of its language in a mixed draft', () => {
    const a = analyse('Please calm down, the order is late. Uklidnete se prosím, vám to pošleme.', packs);
    expect(a.findings.map((f) => f.rule)).toEqual(['en.calm', 'cs.uklidnete']);
  });
  it('uses the override for every sentence', () => {
    expect(analyse('Uklidnete se prosím.', packs, { language: 'en' }).findings).toEqual([]);
  });
});

describe('a draft without any clue', () => {
  it('takes the fallback language of its script', () => {
    const cs2 = pack([], { id: 'cs2', language: 'cs', detect: { script: 'Latin', words: ['jsme'] } });
    const en2 = pack([], { id: 'en2', language: 'en', detect: { script: 'Latin', words: ['the'], fallback: true } });
    expect(analyse('Quit emailing me.', compile(cs2, en2)).language).toBe('en');
    expect(analyse('Quit emailing me.', compile(cs2, { ...en2, detect: { script: 'Latin', words: ['the'] } })).language).toBe('cs');
  });
});
