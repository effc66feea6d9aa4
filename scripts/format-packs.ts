/**
 * `npm run format:packs [-- FILE…]`: rewrites rules/*.json (or the given packs) in canonical form
 * (see src/packs/canonical.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledPackFiles } from '../src/cli/load';
import { canonicalPackText } from '../src/packs/canonical';
import type { Pack } from '../src/packs/pack';

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : bundledPackFiles()) {
  const before = readFileSync(file, 'utf8');
  const after = canonicalPackText(JSON.parse(before) as Pack);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`formatted ${file}`);
  }
}
