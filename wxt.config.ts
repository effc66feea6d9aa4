import { defineConfig } from 'wxt';
import { bundledPacksPlugin } from './scripts/bundled-packs-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [bundledPacksPlugin()] }),
  manifest: {
    name: 'Tactful',
    description:
      'A tone coach for customer-support replies: flags escalating phrases as you type and suggests calmer rewrites. Nothing leaves your browser.',
    // activeTab: the popup reads the current tab's host name for the per-site switch.
    permissions: ['storage', 'activeTab'],
  },
});
