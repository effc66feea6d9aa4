import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: 'Tactful',
    description: 'A tone coach for customer-support replies: flags escalating phrases as you type and suggests calmer rewrites. Nothing leaves your browser.',
    permissions: ['storage'],
  },
});
