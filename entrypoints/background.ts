import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage, sendMessage, type DraftSummary } from '../src/messaging/protocol';
import { freezeGroup, type FrozenGroup } from '../src/engine/frozen-group';
import { baseLanguage, compilePacks } from '../src/packs/compile';
import type { Pack } from '../src/packs/pack';
import { packsInForce } from '../src/store/packs-in-force';
import type { Policy } from '../src/store/policy';
import { readPolicy } from '../src/store/policy-store';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings, type Settings } from '../src/store/settings';

/** What decides the packs, read afresh for each request: the agent's settings and the organization's policy. */
interface Controls {
  settings: Settings;
  policy: Policy;
}
const currentControls = async (): Promise<Controls> => {
  const [stored, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  return { settings: sanitizeSettings(stored), policy };
};

const packsFor = ({ settings, policy }: Controls): Pack[] => packsInForce({ bundled: bundledPacks, settings, policy });

export default defineBackground(() => {
  // The focused draft per tab, for the popup; in memory only (the page sends it again on every change).
  const drafts = new Map<number, { summary: DraftSummary; frameId: number }>();
  onMessage('draftChanged', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) drafts.set(sender.tab.id, { summary: data, frameId: sender.frameId ?? 0 });
  });
  onMessage('getDraft', ({ data }) => drafts.get(data.tabId)?.summary ?? null);
  onMessage('toggleStep', async ({ data }) => {
    const draft = drafts.get(data.tabId);
    if (draft !== undefined) await sendMessage('setStep', { step: data.step }, { tabId: data.tabId, frameId: draft.frameId });
  });
  browser.tabs.onRemoved.addListener((tabId) => drafts.delete(tabId));

  // The background owns the packs; pages ask for them when a reply box is first focused, so a page
  // without one never loads them. Subscriptions and policy packs join here with their issues.
  // Compiled languages, for as long as the packs in force stay the same.
  const compiled = new Map<string, Promise<FrozenGroup | null>>();
  let compiledFor = '';
  const compiledLanguage = async (language: string): Promise<FrozenGroup | null> => {
    // Bundled packs only change with the extension; what the agent and the organization set decide
    // the rest (the whole policy: it changes rarely, and a field added later is then never missed).
    const controls = await currentControls();
    const { settings, policy } = controls;
    const version = JSON.stringify([settings.disabledPacks, settings.ownPhrases, policy]);
    if (version !== compiledFor) {
      compiled.clear();
      compiledFor = version;
    }
    let group = compiled.get(language);
    if (group === undefined) {
      const g = compilePacks(packsFor(controls)).group(language);
      group = Promise.resolve(g === undefined ? null : freezeGroup(g));
      compiled.set(language, group);
    }
    return group;
  };
  onMessage('getLanguage', ({ data }) => compiledLanguage(data.language));
  onMessage('getDetection', async () => {
    const detection = packsFor(await currentControls()).map((p) => ({ ...p, rules: [], steps: {} }));
    // A page just focused a reply box: once this reply is sent, compile the languages its agent most
    // likely writes in, while they type their first words, so the first marks need not wait for it.
    setTimeout(() => {
      for (const l of new Set([baseLanguage(navigator.language), 'en'])) void compiledLanguage(l);
    }, 0);
    return detection;
  });
});
