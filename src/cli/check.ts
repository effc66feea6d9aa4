import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { analyse } from '../engine/analyse';
import { formatProblem } from '../packs/errors';
import { loadPacks } from '../packs/compile';
import { LANGUAGE_TOOLS } from '../packs/language-tools';
import { formatText, toJsonRecord, type CheckedText } from './format';
import { InputError, readInputs } from './inputs';
import { formatSummary, summarize } from './summary';
import { bundledPackFiles, readPackFiles } from './load';
import { UsageError, type Io } from './io';

/** `tactful check`: lints texts; exit 0 when nothing is flagged, 1 when something is, 2 on bad input. */
export function check(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'auto' },
      pack: { type: 'string', multiple: true, default: [] },
      'no-bundled': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      column: { type: 'string' },
      'id-column': { type: 'string' },
      color: { type: 'boolean' },
      summary: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${values.format}"`);
  // The JSON contract stays one record per text; a summary is for reading, and JSON readers can count.
  if (values.summary && values.format === 'json') throw new UsageError('--summary prints text; leave out --format json');
  const files = positionals.length > 0 ? positionals : io.stdinIsTTY ? [] : ['-'];
  if (files.length === 0) throw new UsageError('give files to check, or "-" to read standard input');

  const packFiles = [...(values['no-bundled'] ? [] : bundledPackFiles()), ...values.pack];
  const read = readPackFiles(packFiles);
  const loaded = loadPacks(read.sources, { tools: LANGUAGE_TOOLS });
  const problems = [...read.problems, ...loaded.problems];
  // A pack the user named that is broken is an input error; the command stops rather than checking
  // texts with rules silently missing.
  if (problems.length > 0) {
    io.err(problems.map(formatProblem).join('\n'));
    return 2;
  }
  const languages = new Set(loaded.packs.languages.map((l) => l.language));
  if (values.lang !== 'auto' && !languages.has(values.lang)) {
    throw new UsageError(`--lang ${values.lang}: no loaded pack is in that language (have: ${[...languages].join(', ') || 'none'})`);
  }

  let inputs;
  try {
    inputs = readInputs(files, { column: values.column, idColumn: values['id-column'] }, () => readFileSync(0, 'utf8'));
  } catch (e) {
    if (e instanceof InputError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  const results: CheckedText[] = inputs.map((input) => ({ input, analysis: analyse(input.text, loaded.packs, { language: values.lang }) }));
  if (values.format === 'json') io.out(JSON.stringify(results.map(toJsonRecord), null, 2));
  else if (values.summary) io.out(formatSummary(summarize(results), values.color ?? io.color));
  else io.out(formatText(results, values.color ?? io.color));
  return results.some((r) => r.analysis.findings.length > 0) ? 1 : 0;
}
