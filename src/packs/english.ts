import nlp from 'compromise';
import type { PatternNode } from '../engine/pattern';
import { foldText } from '../engine/normalize';

/**
 * English word-form tools, run when a pack is compiled (never per keystroke: compromise is 138 KB
 * gzipped and takes milliseconds per parse). Contractions are expanded with compromise
 * (`that's` → `that is`), verbs conjugated and nouns pluralised for `{word}`.
 */

/** Contracted forms agents type; compromise gives what each stands for. */
const CONTRACTIONS = [
  "that's", "it's", "there's", "what's", "here's", "he's", "she's", "who's", "where's", "let's",
  "i'm", "you're", "we're", "they're", "i've", "you've", "we've", "they've", "could've", "should've",
  "would've", "must've", "i'll", "you'll", "we'll", "they'll", "it'll", "that'll", "i'd", "you'd",
  "we'd", "they'd", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
  "hasn't", "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "needn't",
];
/** Written without the apostrophe these are other words, so the apostrophe-less form is not added. */
const REAL_WORDS = new Set(['ill', 'well', 'hell', 'shell', 'wed', 'id', 'hed', 'shed', 'were', 'lets', 'wont', 'its']);
const SUFFIXES: Array<[string, string]> = [["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'d", 'would'], ["'m", 'am'], ["'s", 'is']];

interface Contraction {
  /** The contracted word, folded: `that's`. */
  word: string;
  /** What it stands for, folded words: [`that`, `is`]; `can't` has two: `can not` and `cannot`. */
  expansions: string[][];
}

let table: { byWord: Map<string, Contraction>; byPair: Map<string, Contraction> } | undefined;

function contractions(): NonNullable<typeof table> {
  if (table !== undefined) return table;
  const byWord = new Map<string, Contraction>();
  const byPair = new Map<string, Contraction>();
  for (const word of CONTRACTIONS) {
    let expanded = foldText(nlp(word).contractions().expand().text()).trim();
    // compromise leaves a few alone (it's); the suffix tells what they stand for.
    if (expanded === '' || expanded === word) {
      const [suffix, full] = SUFFIXES.find(([s]) => word.endsWith(s))!;
      expanded = `${word.slice(0, -suffix.length)} ${full}`;
    }
    const expansions = [expanded.split(/\s+/)];
    if (word === "can't") expansions.push(['cannot']);
    const c = { word, expansions };
    byWord.set(word, c);
    for (const e of expansions) if (!byPair.has(e.join(' '))) byPair.set(e.join(' '), c);
  }
  return (table = { byWord, byPair });
}

const words = (ws: readonly string[]): PatternNode[] => ws.map((w) => ({ t: 'word', w }));

function variants(c: Contraction): PatternNode[][] {
  const bare = c.word.replace("'", '');
  const out: PatternNode[][] = [words([c.word]), ...c.expansions.map(words)];
  if (!REAL_WORDS.has(bare)) out.push(words([bare]));
  return out;
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

/** Rewrites a parsed English pattern so it also matches contractions and other word forms. */
export function expandEnglish(seq: readonly PatternNode[]): PatternNode[] {
  const { byWord, byPair } = contractions();
  const out: PatternNode[] = [];
  for (let i = 0; i < seq.length; i++) {
    const n = seq[i]!;
    const next = seq[i + 1];
    if (n.t === 'forms') {
      out.push({ t: 'group', optional: false, options: wordForms(n.w).map((f) => words([f])) });
    } else if (n.t === 'group') {
      out.push({ ...n, options: n.options.map(expandEnglish) });
    } else if (n.t === 'word' && next?.t === 'word' && byPair.has(`${n.w} ${next.w}`)) {
      out.push({ t: 'group', optional: false, options: variants(byPair.get(`${n.w} ${next.w}`)!) });
      i++;
    } else if (n.t === 'word' && byWord.has(n.w)) {
      out.push({ t: 'group', optional: false, options: variants(byWord.get(n.w)!) });
    } else if (n.t === 'word' && n.w === 'cannot') {
      out.push({ t: 'group', optional: false, options: variants(byWord.get("can't")!) });
    } else out.push(n);
  }
  return out;
}
