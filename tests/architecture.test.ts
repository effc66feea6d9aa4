import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const importsOf = (file: string): string[] =>
  [...readFileSync(join(SRC, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layering: imports point toward the engine', () => {
  it('src/engine imports only itself', () => {
    for (const file of sources('engine')) {
      for (const spec of importsOf(file)) expect(`${file} → ${spec}`).toMatch(/ → \.\/[\w-]+$/);
    }
  });
  it('src/packs imports the engine, itself and plain-data libraries only', () => {
    for (const file of sources('packs')) {
      for (const spec of importsOf(file)) {
        expect(`${file} → ${spec}`).toMatch(/ → (\.\/[\w-]+|\.\.\/engine\/[\w-]+|compromise|jsonc-parser)$/);
      }
    }
  });
  it('no core file touches the browser', () => {
    for (const file of [...sources('engine'), ...sources('packs')]) {
      const text = readFileSync(join(SRC, file), 'utf8');
      expect(text, file).not.toMatch(/\b(chrome|browser|document|window)\.\w|#imports|from 'wxt|from 'react/);
    }
  });
});
