/**
 * Builds the demo helpdesk page into .output/demo/ (git-ignored): demo/main.ts bundled with esbuild
 * from node_modules (Tiptap, Quill), plus index.html and demo.css. No network.
 * Run directly: `npx tsx demo/build.ts`; `npm run demo` calls `buildDemo()`.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
export const DEMO_DIST = join(repoRoot, '.output', 'demo');

/** Builds the page and returns the directory to serve. */
export async function buildDemo(outDir = DEMO_DIST): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: { main: join(here, 'main.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    assetNames: 'assets/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'file', '.png': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
  });
  for (const file of ['index.html', 'demo.css']) copyFileSync(join(here, file), join(outDir, file));
  return outDir;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  buildDemo().then(
    (dir) => console.log(`demo page built into ${dir}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
