import { parseArgs } from 'node:util';
import { formatProblem } from '../packs/errors';
import { loadPacks } from '../packs/compile';
import { runExamples } from '../packs/examples';
import { LANGUAGE_TOOLS } from '../packs/language-tools';
import type { Pack } from '../packs/pack';
import { readPackFiles } from './load';
import { UsageError, type Io } from './io';

function packFiles(argv: string[], command: string): string[] {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError(`tactful pack ${command} needs at least one pack file`);
  return positionals;
}

/** `tactful pack validate FILE…`: every problem of every file; exit 2 if any. */
export function packValidate(argv: string[], io: Io): number {
  const files = packFiles(argv, 'validate');
  const read = readPackFiles(files);
  const problems = [...read.problems];
  for (const source of read.sources) {
    const loaded = loadPacks([source], { tools: LANGUAGE_TOOLS });
    problems.push(...loaded.problems);
    for (const pack of loaded.loaded) io.out(`✔ ${source.origin}: ${describe(pack)}`);
  }
  if (problems.length > 0) {
    io.err(problems.map(formatProblem).join('\n'));
    io.err(`✖ ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 2;
  }
  return 0;
}

const describe = (p: Pack): string => `${p.id} ${p.version} (${p.language}), ${p.rules.length} rule${p.rules.length === 1 ? '' : 's'}`;

/**
 * `tactful pack test FILE…`: each rule's `flag` examples must be flagged by that rule and its `ok`
 * examples must not be. Rules are checked one by one, so a neighbour's overlapping finding neither
 * hides nor stands in for a rule's own.
 */
export function packTest(argv: string[], io: Io): number {
  const files = packFiles(argv, 'test');
  const read = readPackFiles(files);
  if (read.problems.length > 0) {
    io.err(read.problems.map(formatProblem).join('\n'));
    return 2;
  }
  let failures = 0;
  for (const source of read.sources) {
    const loaded = loadPacks([source], { tools: LANGUAGE_TOOLS });
    if (loaded.problems.length > 0) {
      io.err(loaded.problems.map(formatProblem).join('\n'));
      return 2;
    }
    const pack = loaded.loaded[0]!;
    const { examples, failures: failed } = runExamples(pack, loaded.packs);
    const fails = failed.map((f) =>
      f.kind === 'flag'
        ? `  rule "${f.rule}": not flagged, but listed under examples.flag: ${JSON.stringify(f.text)}`
        : `  rule "${f.rule}": flagged, but listed under examples.ok: ${JSON.stringify(f.text)}`,
    );
    failures += fails.length;
    if (fails.length === 0) io.out(`✔ ${source.origin}: ${pack.rules.length} rules, ${examples} examples pass`);
    else io.out([`✖ ${source.origin}: ${fails.length} of ${examples} examples fail`, ...fails].join('\n'));
  }
  return failures > 0 ? 1 : 0;
}
