import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from './fixtures/build';
import { startFixtureServer, type FixtureServer } from './server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureUrl: string;
  }
}

let server: FixtureServer | undefined;

/** Builds the extension as shipped and the fixture pages, and serves the pages on loopback. */
export async function setup(project: TestProject): Promise<void> {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/wxt/bin/wxt.mjs', import.meta.url)), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would build React's development JSX runtime.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  server = await startFixtureServer(await buildFixtures());
  project.provide('fixtureUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
