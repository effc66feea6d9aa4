import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage } from '../src/messaging/protocol';

export default defineBackground(() => {
  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them. Subscriptions and policy packs join here with their issues.
  const version = String(bundledPacks.map((p) => `${p.id}@${p.version}`).join(','));
  onMessage('getPacks', () => ({ packs: bundledPacks, version }));
});
