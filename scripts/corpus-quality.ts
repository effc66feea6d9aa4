import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/engine/analyse';
import type { CompiledPacks } from '../src/engine/compiled';

/** One labelled draft of `tests/corpus/<lang>.jsonl`. */
export interface CorpusRecord {
  id: string;
  text: string;
  /** Substrings that must be flagged (error or warning); empty for a clean draft. */
  expect: string[];
}

export interface LanguageQuality {
  language: string;
  drafts: number;
  spans: number;
  caught: number;
  recall: number;
  clean: number;
  falsePositives: number;
  falsePositiveRate: number;
  detected: number;
  detection: number;
  misses: Array<{ id: string; span: string; text: string }>;
  falseAlarms: Array<{ id: string; flagged: string[]; text: string }>;
  misdetected: Array<{ id: string; detected: string; text: string }>;
}

export const CORPUS_DIR = fileURLToPath(new URL('../tests/corpus/', import.meta.url));

export function readCorpus(file: string): CorpusRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as CorpusRecord;
      if (typeof r.text !== 'string' || !Array.isArray(r.expect)) throw new Error(`${file}:${i + 1}: needs "text" and "expect"`);
      for (const s of r.expect) if (!r.text.includes(s)) throw new Error(`${file}:${i + 1}: "${s}" is not in the text`);
      return r;
    });
}

export const HOLDOUT_DIR = join(CORPUS_DIR, 'holdout');

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

const serious = (severity: string): boolean => severity === 'error' || severity === 'warning';

/** Recall, false-positive rate and language detection of the packs on one language's corpus. */
export function measureCorpus(file: string, packs: CompiledPacks): LanguageQuality {
  const language = basename(file, '.jsonl');
  const q: LanguageQuality = {
    language, drafts: 0, spans: 0, caught: 0, recall: 1, clean: 0, falsePositives: 0, falsePositiveRate: 0, detected: 0, detection: 1,
    misses: [], falseAlarms: [], misdetected: [],
  };
  for (const r of readCorpus(file)) {
    q.drafts++;
    const a = analyse(r.text, packs);
    if (a.language === language) q.detected++;
    else q.misdetected.push({ id: r.id, detected: a.language, text: r.text });
    const findings = a.findings.filter((f) => serious(f.severity));
    if (r.expect.length === 0) {
      q.clean++;
      if (findings.length > 0) {
        q.falsePositives++;
        q.falseAlarms.push({ id: r.id, flagged: findings.map((f) => `${f.text} (${f.rule})`), text: r.text });
      }
      continue;
    }
    for (const span of r.expect) {
      q.spans++;
      const start = r.text.indexOf(span);
      const end = start + span.length;
      if (findings.some((f) => f.start < end && start < f.end)) q.caught++;
      else q.misses.push({ id: r.id, span, text: r.text });
    }
  }
  q.recall = q.spans === 0 ? 1 : q.caught / q.spans;
  q.falsePositiveRate = q.clean === 0 ? 0 : q.falsePositives / q.clean;
  q.detection = q.drafts === 0 ? 1 : q.detected / q.drafts;
  return q;
}
