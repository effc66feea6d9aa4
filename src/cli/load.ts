import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackError, type PackProblem } from '../packs/errors';
import { LANGUAGE_TOOLS } from '../packs/language-tools';
import type { Pack, PackSource } from '../packs/pack';
import { loadPacks, preparePack } from '../packs/compile';
import { parsePackText } from '../packs/validate';

/** The repository's `rules/` folder, wherever the command is run from. */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Reads and parses pack files (validation is `loadPacks`'s); unreadable or broken JSON comes back as problems. */
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
    const parsed = parsePackText(text, file);
    if (parsed.problems.length > 0) problems.push(...parsed.problems);
    else sources.push({ pack: parsed.data, origin: file });
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

/**
 * The bundled packs, validated and prepared (word forms expanded) for the extension, which compiles
 * them without the language tools. A broken bundled pack fails the build rather than shipping.
 */
export function preparedBundledPacks(): Pack[] {
  const read = readPackFiles(bundledPackFiles());
  const { loaded, problems } = loadPacks(read.sources);
  if (read.problems.length + problems.length > 0) throw new PackError([...read.problems, ...problems]);
  return loaded.map((p) => preparePack(p, LANGUAGE_TOOLS));
}
