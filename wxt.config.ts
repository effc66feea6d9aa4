import { defineConfig } from 'wxt';
import { bundledPacksPlugin } from './scripts/bundled-packs-plugin';

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
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description:
      'A tone coach for customer-support replies: flags escalating phrases as you type and suggests calmer rewrites. Nothing leaves your browser.',
    // activeTab: the popup reads the current tab's host name for the per-site switch.
    permissions: ['storage', 'activeTab'],
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
