import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackProblem } from '../packs/errors';
import type { PackSource } from '../packs/pack';
import { validatePackText } from '../packs/validate';

/** The repository's `rules/` folder, wherever the command is run from. */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Reads and validates pack files; unreadable or invalid ones come back as problems. */
export function readPackFiles(files: readonly string[]): { sources: PackSource[]; problems: PackProblem[] } {
  const sources: PackSource[] = [];
  const problems: PackProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ origin: file, path: '', message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    const v = validatePackText(text, file);
    if (v.pack === undefined) problems.push(...v.problems);
    else sources.push({ pack: v.pack, origin: file });
  }
  return { sources, problems };
}

/** The bundled packs, `rules/*.json` except the schema, in name order. */
export function bundledPackFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.json') && basename(f) !== 'schema.json')
    .sort()
    .map((f) => join(RULES_DIR, f));
}
