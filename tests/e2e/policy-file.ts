import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Enterprise policy for the e2e browser, set the way an administrator sets it on Linux: a JSON file in
 * Chromium's managed policy directory, with the extension's settings under
 * `3rdparty.extensions.<id>`. Chromium reads the directory at start and again a few seconds after a
 * file in it changes, and hands the extension's part to chrome.storage.managed (checked against
 * public/managed_schema.json).
 *
 * Debian's Chromium has no switch for another policy directory (its `--policy` switch does not reach
 * storage.managed), so this writes to /etc, which needs root, as the tests and CI run. The file is
 * named after this process and only names this checkout's extension id, so parallel runs from other
 * checkouts are not affected.
 */
export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const PREFIX = 'tactful-e2e-';

/** An unpacked extension's id, as Chromium derives it: sha256 of its real path, hex 0-f spelt a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Files left by runs that were killed before they could clean up. */
function removeStaleFiles(): void {
  let names: string[] = [];
  try {
    names = readdirSync(POLICY_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^tactful-e2e-(\d+)-/.exec(name)?.[1]);
    if (pid > 0 && !alive(pid)) rmSync(join(POLICY_DIR, name), { force: true });
  }
}

export interface PolicyFile {
  path: string;
  /** Replaces the policy; Chromium applies it about five seconds later. */
  set(policy: object): void;
  remove(): void;
}

/** Writes a policy for the extension in `extensionDir`; fails with the reason when it cannot. */
export function writePolicyFile(extensionDir: string, policy: object): PolicyFile {
  removeStaleFiles();
  const id = unpackedExtensionId(extensionDir);
  const path = join(POLICY_DIR, `${PREFIX}${process.pid}-${Date.now().toString(36)}.json`);
  const set = (value: object): void => writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [id]: value } } }, null, 2));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    set(policy);
  } catch (e) {
    throw new Error(
      `Cannot write the Chromium policy file ${path} (${(e as Error).message}). Enterprise policy reaches ` +
        'chrome.storage.managed only from the managed policy directory, which needs root: run the e2e tests as root ' +
        '(as CI does) or point CHROMIUM_POLICY_DIR at a writable directory Chromium reads.',
    );
  }
  const remove = (): void => {
    rmSync(path, { force: true });
    process.off('exit', remove);
  };
  // A test run that throws or is interrupted still leaves no policy behind.
  process.on('exit', remove);
  return { path, set, remove };
}
