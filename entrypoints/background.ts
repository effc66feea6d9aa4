import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage } from '../src/messaging/protocol';
import { baseLanguage } from '../src/packs/compile';
import { ownPhrasePacks } from '../src/packs/own-phrases';
import type { Pack } from '../src/packs/pack';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings } from '../src/store/settings';

/** The packs in force: bundled ones the agent did not switch off, then the agent's own phrases. */
async function packsInForce(): Promise<Pack[]> {
  const settings = sanitizeSettings(await settingsItem.getValue());
  return [...bundledPacks.filter((p) => !settings.disabledPacks.includes(p.id)), ...ownPhrasePacks(settings.ownPhrases).packs];
}

export default defineBackground(() => {
  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them. Subscriptions and policy packs join here with their issues.
  onMessage('getPacks', async ({ data }) => {
    const packs = await packsInForce();
    return {
      packs: packs.map((p) => (data.languages.includes(baseLanguage(p.language)) ? p : { ...p, rules: [], steps: {} })),
      version: packs.map((p) => `${p.id}@${p.version}:${p.rules.length}`).join(','),
    };
  });
});
