/**
 * `npm run quality`: recall, false positives and language detection per language on tests/corpus, and
 * how many flagged drafts "De-escalate this reply" turns clean.
 */
import { basename } from 'node:path';
import { preparedBundledPacks } from '../src/cli/load';
import { compilePacks } from '../src/packs/compile';
import { table } from '../bench/stats';
import { corpusFiles, HOLDOUT_DIR, measureCorpus } from './corpus-quality';
import { measureRewrites } from './rewrite-quality';

const verbose = process.argv.includes('--verbose');
const prepared = preparedBundledPacks();
const packs = compilePacks(prepared);
const results = corpusFiles().map((f) => measureCorpus(f, packs));
const pct = (v: number): string => v.toFixed(3);
console.log(
  table([
    ['language', 'drafts', 'spans', 'recall', 'clean', 'false pos.', 'FP rate', 'detected'],
    ...results.map((q) => [q.language, String(q.drafts), String(q.spans), pct(q.recall), String(q.clean), String(q.falsePositives), pct(q.falsePositiveRate), pct(q.detection)]),
  ]),
);
console.log('\nTargets: recall ≥ 0.900, false-positive rate ≤ 0.050, detection ≥ 0.970 in every language.');

// The blind held-out set: written by someone who never saw the rules, and never shown to pack
// authors. It measures how the packs generalise; it is reported, not gated.
const holdout = corpusFiles(HOLDOUT_DIR).map((f) => measureCorpus(f, packs));
console.log('\nBlind held-out drafts (never seen by the pack authors):');
console.log(
  table([
    ['language', 'drafts', 'spans', 'recall', 'clean', 'false pos.', 'FP rate', 'detected'],
    ...holdout.map((q) => [q.language, String(q.drafts), String(q.spans), pct(q.recall), String(q.clean), String(q.falsePositives), pct(q.falsePositiveRate), pct(q.detection)]),
  ]),
);
// Whole-draft rewrites (issue #7): of the drafts with an error or warning, the share whose rewrite
// has none left and keeps every number, name, link and e-mail address word for word.
const rewriteRows = (dir?: string) =>
  corpusFiles(dir).map((f) => measureRewrites(f, basename(f, '.jsonl'), packs, prepared));
const rewrites = rewriteRows();
const rewritesHoldout = rewriteRows(HOLDOUT_DIR);
console.log('\nWhole-draft rewrites ("De-escalate this reply") of the flagged drafts:');
console.log(
  table([
    ['language', 'flagged', 'clean', 'share', 'steps done', 'held-out flagged', 'held-out clean', 'held-out share'],
    ...rewrites.map((q, i) => {
      const h = rewritesHoldout[i]!;
      return [q.language, String(q.drafts), String(q.clean), pct(q.share), pct(q.completeShare), String(h.drafts), String(h.clean), pct(h.share)];
    }),
  ]),
);
console.log('Clean: no error or warning left, every number, name, link and address kept. Steps done: acknowledge,');
console.log('apologize, anything_else (and solution when the draft had one). Target: share ≥ 0.950 in every language.');

if (verbose) {
  for (const q of rewrites) for (const f of q.failures) console.log(`${q.language} rewrite ${f.id}: ${f.problems.join('; ')} in ${JSON.stringify(f.rewritten)}`);
}
if (verbose)
  for (const q of results) {
  for (const m of q.misses) console.log(`${q.language} miss    ${m.id}: "${m.span}" in ${JSON.stringify(m.text)}`);
  for (const f of q.falseAlarms) console.log(`${q.language} false   ${f.id}: ${f.flagged.join(', ')} in ${JSON.stringify(f.text)}`);
  for (const d of q.misdetected) console.log(`${q.language} lang    ${d.id}: detected ${d.detected} for ${JSON.stringify(d.text)}`);
}
else console.log('Run with -- --verbose to list every miss, false alarm and misdetected draft.');
const failed = [...results.filter((q) => q.recall < 0.9 || q.falsePositiveRate > 0.05 || q.detection < 0.97), ...rewrites.filter((q) => q.share < 0.95)];
process.exitCode = failed.length > 0 ? 1 : 0;
