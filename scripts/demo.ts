/**
 * `npm run demo`: builds the extension (as shipped) and the demo helpdesk page, serves the page on
 * 127.0.0.1 and opens Chromium with Tactful loaded on it, the reply box already typed into so its marks
 * show at once.
 *
 *   npm run demo                                   headed: a window to try it in (needs a display)
 *   npm run demo -- --headless --screenshot out.png
 *                                                  types a draft into every reply box, waits for the
 *                                                  marks, opens one suggestion card, writes a PNG
 *
 * Options: --headless, --screenshot FILE, --editor tiptap|quill|contenteditable|textarea (the reply box
 * shown; default tiptap), --no-build (reuse the last demo build), --help. CHROMIUM_PATH overrides
 * /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildDemo } from '../demo/build';
import { DEMO_EDITORS, type DemoEditor, type DemoEditorName } from '../demo/drafts';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The demo's own build of the extension, next to (not over) .output/chrome-mv3: a test run building
 * at the same time never swaps the extension under the demo's browser.
 */
const EXTENSION_DIR_NAME = 'demo-chrome-mv3';
const EXTENSION = join(ROOT, '.output', EXTENSION_DIR_NAME);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARK = 'tactful-coach [data-tactful-mark]';
const CARD = 'tactful-coach [data-tactful-card]';
/** Headless: large enough for the ticket, the reply box and a card under its marks. */
const VIEWPORT = { width: 1280, height: 960 };
/** Headed: a window that fits a laptop screen; the page follows its size. */
const WINDOW = { width: 1280, height: 900 };

const USAGE = `Usage: npm run demo [-- options]

Builds Tactful, serves a demo helpdesk page on 127.0.0.1 and opens Chromium with the extension.

  --headless           no window: type the drafts, check the marks, then exit
  --screenshot FILE    write a PNG of the page with the marks and one open suggestion card
  --editor NAME        the reply box to show: ${DEMO_EDITORS.map((e) => e.name).join(', ')} (default ${DEMO_EDITORS[0]!.name})
  --no-build           reuse the extension the last demo built (.output/${EXTENSION_DIR_NAME})
  -h, --help           this text

Environment: CHROMIUM_PATH (default /usr/bin/chromium).
`;

const NO_DISPLAY_HINT = `No display to open a browser window on ($DISPLAY and $WAYLAND_DISPLAY are unset).
Run the demo headless instead, e.g.:

  npm run demo -- --headless --screenshot demo.png
`;

interface Options {
  headless: boolean;
  screenshot: string | undefined;
  editor: DemoEditor;
  build: boolean;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      editor: { type: 'string', default: DEMO_EDITORS[0]!.name },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return undefined;
  const editor = DEMO_EDITORS.find((e) => e.name === values.editor);
  if (editor === undefined) throw new Error(`--editor must be one of ${DEMO_EDITORS.map((e) => e.name).join(', ')}, not "${values.editor}"`);
  // npm runs scripts from the package root; a relative path means the directory npm was called in.
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    headless: values.headless,
    screenshot: values.screenshot === undefined ? undefined : resolve(base, values.screenshot),
    editor,
    build: !values['no-build'],
  };
}

const hasDisplay = (): boolean => process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** `NODE_ENV=production wxt build`, with wxt.config.ts as is, into .output/demo-chrome-mv3. */
function buildExtension(): void {
  console.log(`Building the extension (NODE_ENV=production wxt build → .output/${EXTENSION_DIR_NAME})…`);
  const script = `import('wxt').then((wxt) => wxt.build({ root: process.cwd(), outDirTemplate: ${JSON.stringify(EXTENSION_DIR_NAME)} }))`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function launch(headless: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'tactful-demo-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless,
      // main() handles Ctrl+C: it closes the browser and removes the profile.
      handleSIGINT: false,
      handleSIGTERM: false,
      // Headed: the page follows the window size.
      viewport: headless ? VIEWPORT : null,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Headed: no "unsupported command-line flag" bar over the page for --no-sandbox.
        ...(headless ? [] : [`--window-size=${WINDOW.width},${WINDOW.height}`, '--test-type']),
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
      ],
    });
    // The content script is registered once the extension's service worker is up.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20000 });
    return { context, profile };
  } catch (e) {
    await removeProfile(profile);
    throw e;
  }
}

/** Shows a reply box, clicks into it and types its draft like an agent would. */
async function typeDraft(page: Page, editor: DemoEditor): Promise<void> {
  await page.evaluate((name) => window.demo.show(name), editor.name);
  const pane = page.locator(`[role=tabpanel][data-editor="${editor.name}"]`);
  const box = editor.name === 'quill' ? pane.locator('.ql-editor') : pane.locator('.reply-box');
  await box.click();
  try {
    await page.evaluate((name) => {
      window.demo.setTyping(true);
      window.demo.show(name);
    }, editor.name);
    await page.keyboard.type(editor.draft);
  } finally {
    await page.evaluate(() => window.demo.setTyping(false)).catch(() => undefined);
  }
}

/** Waits until the marks of the box in focus are drawn, and returns their rules. */
async function marksOf(page: Page, editor: DemoEditor): Promise<string[]> {
  await page.locator(`${MARK}[data-rule="${editor.showcase}"]`).waitFor({ timeout: 10000 });
  // A last analysis may still be landing; let the marks settle.
  await page.waitForTimeout(300);
  return page.locator(MARK).evaluateAll((marks) => marks.map((m) => m.getAttribute('data-rule') ?? '?'));
}

async function openCard(page: Page, editor: DemoEditor): Promise<string> {
  const mark = page.locator(`${MARK}[data-rule="${editor.showcase}"]`);
  await mark.locator('.seg').first().click();
  const card = page.locator(CARD);
  await card.waitFor({ timeout: 5000 });
  return (await card.locator('h2').textContent()) ?? '';
}

async function runHeadless(page: Page, options: Options): Promise<void> {
  // Every box gets its draft; the one asked for comes last, so its marks are the ones on screen.
  const order = [...DEMO_EDITORS.filter((e) => e !== options.editor), options.editor];
  for (const editor of order) {
    await typeDraft(page, editor);
    const rules = await marksOf(page, editor);
    console.log(`  ${editor.label.padEnd(20)} ${rules.length} marks: ${rules.join(', ')}`);
  }
  const title = await openCard(page, options.editor);
  console.log(`  opened the card of ${options.editor.showcase} ("${title}")`);
  if (options.screenshot !== undefined) {
    // The mouse stays over the mark, as when an agent has just clicked it.
    await page.waitForTimeout(200);
    mkdirSync(dirname(options.screenshot), { recursive: true });
    await page.screenshot({ path: options.screenshot });
    console.log(`Screenshot: ${options.screenshot}`);
  }
}

async function runHeaded(context: BrowserContext, page: Page, options: Options): Promise<void> {
  // Other tabs get their draft the first time they are opened (the page calls this binding).
  // One at a time, so two quick tab switches never interleave their keystrokes.
  const typed = new Set<DemoEditorName>([options.editor.name]);
  let queue = Promise.resolve();
  await page.exposeFunction('tactfulDemoShown', (name: DemoEditorName) => {
    const editor = DEMO_EDITORS.find((e) => e.name === name);
    if (editor === undefined || typed.has(name)) return queue;
    typed.add(name);
    queue = queue.then(() => typeDraft(page, editor)).catch((e: unknown) => console.warn(`Could not type the ${name} draft:`, e));
    return queue;
  });
  await typeDraft(page, options.editor);
  const rules = await marksOf(page, options.editor);
  console.log(`\n${rules.length} phrases marked in the reply box. Click an underlined phrase for calmer rewrites;`);
  console.log('the tabs above the reply box switch editors. Close the browser window or press Ctrl+C to quit.');
  if (options.screenshot !== undefined) {
    await openCard(page, options.editor);
    await page.screenshot({ path: options.screenshot });
    console.log(`Screenshot: ${options.screenshot}`);
  }
  // Ctrl+C closes the context too (see main).
  await new Promise<void>((done) => context.on('close', () => done()));
}

/**
 * Chromium may still be writing its profile for a few seconds after its window closed: retry (Node
 * waits a little longer before each attempt), and never fail the run over it.
 */
async function removeProfile(profile: string): Promise<void> {
  try {
    await rm(profile, { recursive: true, force: true, maxRetries: 12, retryDelay: 250 });
  } catch {
    console.warn(`Could not remove the temporary browser profile ${profile}.`);
  }
}

async function main(): Promise<number> {
  let options: Options | undefined;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (options === undefined) {
    console.log(USAGE);
    return 0;
  }
  if (!options.headless && !hasDisplay()) {
    console.error(NO_DISPLAY_HINT);
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    return 1;
  }
  if (options.build) {
    try {
      buildExtension();
    } catch {
      console.error('The extension did not build (see above).');
      return 1;
    }
  } else if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`--no-build: there is no extension in ${EXTENSION} yet; run without --no-build.`);
    return 1;
  }

  let server: FixtureServer | undefined;
  let browser: { context: BrowserContext; profile: string } | undefined;
  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
    // Whatever is waiting on the browser fails or returns, and `finally` cleans up.
    if (browser !== undefined) void browser.context.close().catch(() => undefined);
    else process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    server = await startFixtureServer(await buildDemo());
    console.log(`Demo page: ${server.url}`);
    try {
      browser = await launch(options.headless);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!options.headless && /display|X server|ozone|wayland/i.test(message)) {
        console.error(`${message.split('\n')[0]}\n\n${NO_DISPLAY_HINT}`);
        return 1;
      }
      throw e;
    }
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.evaluate(() => window.demo.ready);
    try {
      if (options.headless) await runHeadless(page, options);
      else await runHeaded(browser.context, page, options);
    } catch (e) {
      if (interrupted) return 130;
      throw e;
    }
    if (interrupted) return 130;
    if (errors.length > 0) {
      console.error(`Errors on the page:\n  ${errors.join('\n  ')}`);
      return 1;
    }
    return 0;
  } finally {
    await browser?.context.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    if (browser !== undefined) await removeProfile(browser.profile);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
