import { preparedBundledPacks } from '../src/cli/load';
import { compilePacks } from '../src/packs/compile';
import { measureCorpus } from './corpus-quality';
const packs = compilePacks(preparedBundledPacks());
for (const l of ['cs','en','lv','ru','zh']) {
  const q = measureCorpus(`tests/corpus/holdout/${l}.jsonl`, packs);
  console.log(l, 'recall', q.recall.toFixed(3), `(${q.caught}/${q.spans})`, 'FP', q.falsePositiveRate.toFixed(3), `(${q.falsePositives}/${q.clean})`, 'detect', q.detection.toFixed(3));
  for (const m of q.falseAlarms) console.log('   FALSE', m.flagged.join('; '), '|', m.text);
  for (const m of q.misdetected) console.log('   LANG', m.detected, '|', m.text);
}
