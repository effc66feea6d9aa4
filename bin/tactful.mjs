#!/usr/bin/env node
// The `tactful` command. The sources are TypeScript; tsx runs them without a build step.
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';

register();
const { run } = await import('../src/cli/main.ts');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  color,
};
let code;
try {
  code = run(process.argv.slice(2), io, version);
} catch (e) {
  process.stderr.write(`tactful: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
  code = 2;
}
process.exitCode = code;
