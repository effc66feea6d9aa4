/** `npm run format:packs`: rewrites rules/*.json in canonical form (see src/packs/canonical.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledPackFiles } from '../src/cli/load';
import { canonicalPackText } from '../src/packs/canonical';
import type { Pack } from '../src/packs/pack';

for (const file of bundledPackFiles()) {
  const before = readFileSync(file, 'utf8');
  const after = canonicalPackText(JSON.parse(before) as Pack);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`formatted ${file}`);
  }
}
