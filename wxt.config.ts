import { defineConfig } from 'wxt';
import { bundledPacksPlugin } from './scripts/bundled-packs-plugin';

/** Where pack subscriptions may live: any https site, and this computer for testing. */
const PACK_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  outDir: '.output',
  // json.stringify: imported pack files become one JSON.parse call, not a huge object literal (the
  // options page imports the bundled packs to browse their rules).
  // The sources zip Firefox reviewers get: the project, not build output, test pages or scratch files.
  zip: { excludeSources: ['tests/e2e/fixtures/dist/**', 'docs/screenshots/**', 'src/x/**', '**/*.tmp.*'] },
  hooks: {
    // Firefox reads 3rdparty policies without a schema, so its package need not carry one.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') files.splice(0, files.length, ...files.filter((f) => f.relativeDest !== 'managed_schema.json'));
    },
  },
  vite: () => ({ plugins: [bundledPacksPlugin()], json: { stringify: true } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Tactful',
    description:
      'A tone coach for customer-support replies: flags escalating phrases as you type and suggests calmer rewrites. Nothing leaves your browser.',
    // activeTab: the popup reads the current tab's host name for the per-site switch. alarms: the
    // background checks pack subscriptions every few hours (docs/permissions.md).
    permissions: ['storage', 'activeTab', 'alarms'],
    // Asked for one origin at a time, when the agent subscribes to a pack there; http only for
    // local testing (docs/team-leads.md). Manifest V2 (Firefox) lists origins among the optional
    // permissions; WXT leaves optional_host_permissions out of an MV2 manifest instead of moving them.
    ...(manifestVersion === 2 ? { optional_permissions: PACK_ORIGINS } : { optional_host_permissions: PACK_ORIGINS }),
    // Enterprise policy (docs/team-leads.md) reaches storage.managed only for extensions that describe
    // it. Firefox has no managed_schema: it takes 3rdparty policies as they are, and web-ext lint
    // rejects the key, so it is declared for Chrome and Edge only.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    // Firefox only (Chrome warns about keys it does not know). The add-on ID is permanent once the
    // add-on is on addons.mozilla.org; data_collection_permissions declares that nothing is collected
    // (docs/permissions.md).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tactful@tactful.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
