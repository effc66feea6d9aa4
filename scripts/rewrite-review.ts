/**
 * `npx tsx scripts/rewrite-review.ts [lang…] [--rules]`: every flagged draft of tests/corpus/<lang>.jsonl
 * and tests/corpus/holdout/<lang>.jsonl with its whole-draft rewrite ("De-escalate this reply") and, per
 * change, the draft's words it replaces and what goes in, for a native speaker to read. `--rules` ends
 * with each rule's first suggestion and how often it was applied.
 */
import { basename } from 'node:path';
import { preparedBundledPacks } from '../src/cli/load';
import { analyse } from '../src/engine/analyse';
import { compilePacks } from '../src/packs/compile';
import { proposeRewrite } from '../src/packs/propose-rewrite';
import { corpusFiles, HOLDOUT_DIR, readCorpus } from './corpus-quality';

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--'));
const packs = preparedBundledPacks();
const compiled = compilePacks(packs);
const applied = new Map<string, Map<string, number>>();

for (const file of [...corpusFiles(), ...corpusFiles(HOLDOUT_DIR)]) {
  const language = basename(file, '.jsonl');
  if (wanted.length > 0 && !wanted.includes(language)) continue;
  console.log(`\n===== ${file.includes('holdout') ? 'holdout/' : ''}${language} =====`);
  for (const r of readCorpus(file)) {
    if (!analyse(r.text, compiled).findings.some((f) => f.severity !== 'hint')) continue;
    const rw = proposeRewrite(r.text, compiled, packs);
    console.log(`\n[${r.id}] ${r.text}`);
    console.log(`  → ${rw?.text ?? '(no rewrite)'}`);
    for (const c of rw?.changes ?? []) {
      if (c.kind !== 'rewrite' && c.kind !== 'sentence') continue;
      for (const p of c.parts) {
        console.log(`    ${c.kind} ${c.reason}: "${r.text.slice(p.start, p.end)}" → "${p.text}"`);
        const m = applied.get(c.reason) ?? new Map<string, number>();
        m.set(p.text, (m.get(p.text) ?? 0) + 1);
        applied.set(c.reason, m);
      }
    }
  }
}
if (args.includes('--rules')) {
  console.log('\n===== applied rewrites per rule =====');
  for (const [rule, m] of [...applied].sort()) for (const [t, n] of m) console.log(`${rule}\t${n}\t${t}`);
}
