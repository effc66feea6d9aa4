import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage } from '../src/messaging/protocol';
import { baseLanguage } from '../src/packs/compile';

export default defineBackground(() => {
  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them. Subscriptions and policy packs join here with their issues.
  const version = String(bundledPacks.map((p) => `${p.id}@${p.version}`).join(','));
  onMessage('getPacks', ({ data }) => ({
    packs: bundledPacks.map((p) => (data.languages.includes(baseLanguage(p.language)) ? p : { ...p, rules: [], steps: {} })),
    version,
  }));
});
