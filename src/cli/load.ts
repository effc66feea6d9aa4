import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackError, type PackProblem } from '../packs/errors';
import { preparePack } from '../packs/compile';
import { LANGUAGE_TOOLS } from '../packs/language-tools';
import type { Pack, PackSource } from '../packs/pack';
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

/**
 * The bundled packs, validated and prepared (word forms expanded) for the extension, which compiles
 * them without the language tools. A broken bundled pack fails the build rather than shipping.
 */
export function preparedBundledPacks(): Pack[] {
  const { sources, problems } = readPackFiles(bundledPackFiles());
  if (problems.length > 0) throw new PackError(problems);
  return sources.map((s) => preparePack(s.pack, LANGUAGE_TOOLS));
}
