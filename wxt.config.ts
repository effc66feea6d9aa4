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
