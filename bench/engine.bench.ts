/**
 * `npm run bench`: the rule engine against its budgets (issue #2), with baselines measured in the
 * same run on the same drafts: alex's text() (a peer doing similar work) and a compromise parse.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { text as alex } from 'alex';
import { analyse } from '../src/engine/analyse';
import { analyseSliced } from '../src/engine/sliced';
import { compilePacks } from '../src/packs/compile';
import type { CompiledPacks } from '../src/engine/compiled';
import { freezeGroup, thawGroup, type FrozenGroup } from '../src/engine/frozen-group';
import { bundledPackFiles, preparedBundledPacks } from '../src/cli/load';
import { slimPack } from '../src/packs/slim';
import { proposeRewrite } from '../src/packs/propose-rewrite';
import { readFileSync } from 'node:fs';
import { draft } from './drafts';
import { measure, ms, table, type Stats } from './stats';

const quick = process.argv.includes('--quick');
const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER BUDGET');
const lines: string[] = [];
const say = (s = ''): void => {
  lines.push(s);
  console.log(s);
};

// Packs: prepared once (compromise, at build time in the extension), compiled as the page does.
const t0 = performance.now();
const prepared = preparedBundledPacks();
const prepareMs = performance.now() - t0;
const languages = [...new Set(prepared.map((p) => p.language))];
const compileAll = (): CompiledPacks => {
  const c = compilePacks(prepared);
  for (const l of languages) c.group(l);
  return c;
};
const compileStats = measure(compileAll, quick ? 3 : 10, 1);
const perLanguage = languages.map((l) => [l, measure(() => compilePacks(prepared).group(l), quick ? 3 : 10, 1)] as const);
const packs = compileAll();
const ruleCount = languages.reduce((n, l) => n + packs.group(l)!.rules.length, 0);
const states = languages.reduce((n, l) => n + packs.group(l)!.matcher.size, 0);
// What a page does: receive a compiled language from the background (as JSON) and thaw it.
const frozen = languages.map((l) => [l, JSON.stringify(freezeGroup(packs.group(l)!))] as const);
const thaw = frozen.map(([l, json]) => [l, measure(() => thawGroup(JSON.parse(json) as FrozenGroup), quick ? 5 : 20, 2)] as const);
const slowestThaw = Math.max(...thaw.map(([, s]) => s.p50));
say(`Tactful engine benchmark — Node ${process.version}, ${bundledPackFiles().length} bundled packs, ${ruleCount} rules, ${states} automaton states`);
say(`Packs: prepare with compromise ${ms(prepareMs)} (build time, not in the page)`);
say(`Compile in the background, once per language, p50: ${perLanguage.map(([l, s]) => `${l} ${ms(s.p50)}`).join(', ')}; all five ${ms(compileStats.p50)} (budget 50 ms: ${verdict(compileStats.p50 <= 50)})`);
say(`A page loads a compiled language (parse + thaw), p50: ${thaw.map(([l, s]) => `${l} ${ms(s.p50)}`).join(', ')} (budget 50 ms: ${verdict(slowestThaw <= 50)})`);
say();

const sizes = [500, 1000, 20000, 100000];
const runs = (n: number, base: number): number => Math.max(3, Math.round((quick ? base / 5 : base) * Math.min(1, 1000 / n)));
const rows = [['draft', 'tactful p50', 'p95', 'p99', 'alex p50', 'compromise p50', 'Intl.Segmenter p50', 'alex ÷ tactful', 'compromise ÷ tactful']];
const results = new Map<number, Stats>();
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
for (const n of sizes) {
  const text = draft(n);
  const t = measure(() => analyse(text, packs), runs(n, 2000));
  const a = measure(() => alex(text), Math.max(3, runs(n, 100)), 3);
  const c = measure(() => nlp(text).json(), Math.max(3, runs(n, 100)), 3);
  const s = measure(() => {
    let k = 0;
    for (const _ of segmenter.segment(text)) k++;
    return k;
  }, Math.max(3, runs(n, 200)), 3);
  results.set(n, t);
  rows.push([`${n.toLocaleString('en')} chars`, ms(t.p50), ms(t.p95), ms(t.p99), ms(a.p50), ms(c.p50), ms(s.p50), `${(a.p50 / t.p50).toFixed(0)}x`, `${(c.p50 / t.p50).toFixed(0)}x`]);
}
say(table(rows));
say();

const k1 = results.get(1000)!;
say(`1,000-char draft: p95 ${ms(k1.p95)} (budget 0.5 ms: ${verdict(k1.p95 <= 0.5)}), p99 ${ms(k1.p99)} (budget 2 ms: ${verdict(k1.p99 <= 2)})`);

// A 100,000-character paste, analysed in slices as the content script does.
const big = draft(100000, 11);
const sliceTimes: number[] = [];
const totals: number[] = [];
for (let r = 0; r < (quick ? 3 : 10); r++) {
  const it = analyseSliced(big, packs);
  const start = performance.now();
  for (;;) {
    const s0 = performance.now();
    const step = it.next();
    sliceTimes.push(performance.now() - s0);
    if (step.done === true) break;
  }
  totals.push(performance.now() - start);
}
totals.sort((a, b) => a - b);
const worstSlice = Math.max(...sliceTimes);
const total = totals[Math.floor(totals.length / 2)]!;
say(`100,000-char draft in slices: total p50 ${ms(total)} (budget 50 ms: ${verdict(total <= 50)}), longest slice ${ms(worstSlice)} (budget 16 ms: ${verdict(worstSlice <= 16)})`);

// "De-escalate this reply": the background's whole-draft rewrite of the corpus drafts that have
// something to fix, against one analysis of the same drafts (the rewrite analyses again after its edits).
{
  const parts: string[] = [];
  let worst = 0;
  for (const l of languages) {
    const texts = readFileSync(new URL(`../tests/corpus/${l}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .filter((t) => analyse(t, packs).findings.some((f) => f.severity !== 'hint'))
      .slice(0, quick ? 10 : 40);
    const rewrite = measure(() => texts.forEach((t) => proposeRewrite(t, packs, prepared)), quick ? 3 : 10, 1);
    const once = measure(() => texts.forEach((t) => analyse(t, packs)), quick ? 3 : 10, 1);
    const per = rewrite.p50 / texts.length;
    worst = Math.max(worst, rewrite.p95 / texts.length);
    parts.push(`${l} ${ms(per)} (${(rewrite.p50 / once.p50).toFixed(1)}x one analysis)`);
  }
  say(`Whole-draft rewrite per flagged corpus draft, p50: ${parts.join(', ')}; worst p95 ${ms(worst)} (budget 50 ms: ${verdict(worst <= 50)})`);
}

// What a page carries: the engine (in the content script) and, once a reply box is focused, the packs
// of the languages its drafts are in (sent by the background, compiled on first use).
const engine = await build({
  stdin: {
    contents: `export { analyse } from './src/engine/analyse'; export { analyseSliced } from './src/engine/sliced'; export { compilePacks } from './src/packs/compile';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'browser',
  mainFields: ['module', 'main'],
});
const gz = (s: string | Uint8Array): number => gzipSync(s, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const engineGz = gz(engine.outputFiles[0]!.contents);
const packGz = prepared.map((p) => [p.language, gz(JSON.stringify(slimPack(p)))] as const);
const largest = Math.max(...packGz.map(([, n]) => n));
const frozenGz = frozen.map(([l, json]) => [l, gz(json)] as const);
say(`Size, gzipped: engine ${kb(engineGz)}; packs ${packGz.map(([l, n]) => `${l} ${kb(n)}`).join(', ')}`);
say(`  engine + the largest language's pack ${kb(engineGz + largest)} (budget 60 KB: ${verdict(engineGz + largest <= 60 * 1024)}); engine + all five ${kb(engineGz + packGz.reduce((a, [, n]) => a + n, 0))}`);
say(`  compiled languages as a page receives them from the background: ${frozenGz.map(([l, n]) => `${l} ${kb(n)}`).join(', ')}`);
const alexRatio = Math.min(...[...results.keys()].map((n) => Number(rows[sizes.indexOf(n) + 1]![7]!.replace('x', ''))));
say(`Speed-up over alex, smallest across drafts: ${alexRatio}x (target 100x: ${verdict(alexRatio >= 100)})`);
