import nlp from 'compromise';
import { foldText } from '../engine/normalize';
import type { PatternNode } from '../engine/pattern';

/**
 * English word tools, run when a pack is prepared or compiled (never per keystroke: compromise is
 * 138 KB gzipped and takes milliseconds per parse): compromise expands contractions (`that's` →
 * `that is`), conjugates verbs and pluralises nouns for `{word}`.
 */

/** Contracted forms agents type; compromise says what each stands for. */
const CONTRACTED = [
  "that's", "it's", "there's", "what's", "here's", "he's", "she's", "who's", "where's", "let's",
  "i'm", "you're", "we're", "they're", "i've", "you've", "we've", "they've", "could've", "should've",
  "would've", "must've", "i'll", "you'll", "we'll", "they'll", "it'll", "that'll", "i'd", "you'd",
  "we'd", "they'd", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
  "hasn't", "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "needn't",
];
/** Without the apostrophe these are other words, so their apostrophe-less form is not a contraction. */
const REAL_WORDS = new Set(['ill', 'well', 'hell', 'shell', 'wed', 'id', 'hed', 'shed', 'were', 'lets', 'wont', 'its', 'whos', 'hes', 'shes']);
const SUFFIXES: Array<[string, string]> = [["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'d", 'would'], ["'m", 'am'], ["'s", 'is']];

let table: Record<string, string> | undefined;

/**
 * Contracted word → the words it stands for (`won't` → `will not`, `cant` → `can not`). The engine
 * reads both the draft and the patterns through this table, so `I will not` in a pattern matches
 * "I won't", and `can't` matches "cannot", "can not" and "cant".
 */
export function englishContractions(): Record<string, string> {
  if (table !== undefined) return table;
  const out: Record<string, string> = { cannot: 'can not' };
  for (const word of CONTRACTED) {
    let full = foldText(nlp(word).contractions().expand().text()).trim();
    // compromise leaves a few alone (it's); the suffix says what they stand for.
    if (full === '' || full === word) {
      const [suffix, long] = SUFFIXES.find(([s]) => word.endsWith(s))!;
      full = `${word.slice(0, -suffix.length)} ${long}`;
    }
    out[word] = full;
    const bare = word.replace("'", '');
    if (!REAL_WORDS.has(bare)) out[bare] = full;
  }
  return (table = out);
}

/** Every single-word form of a word: verb tenses and noun plural. */
export function wordForms(word: string): string[] {
  const forms = new Set<string>([foldText(word)]);
  const asVerb = nlp(word);
  asVerb.tag('Verb'); // a lone word has no context to tag it by; ask for both readings
  for (const c of asVerb.verbs().conjugate() as Array<Record<string, string>>) {
    for (const f of Object.values(c)) if (!/\s/.test(f.trim())) forms.add(foldText(f.trim()));
  }
  const asNoun = nlp(word);
  asNoun.tag('Noun');
  const plural = asNoun.nouns().toPlural().text().trim();
  if (plural !== '' && !/\s/.test(plural)) forms.add(foldText(plural));
  return [...forms];
}

/** Replaces every `{word}` of a parsed pattern by the group of its forms. */
export function expandForms(seq: readonly PatternNode[]): PatternNode[] {
  return seq.map((n): PatternNode => {
    if (n.t === 'forms') return { t: 'group', optional: false, options: wordForms(n.w).map((w) => [{ t: 'word', w }]) };
    if (n.t === 'group') return { ...n, options: n.options.map(expandForms) };
    return n;
  });
}
