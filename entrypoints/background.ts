import bundledPacks from 'virtual:tactful/bundled-packs';
import { onMessage, sendMessage, type DraftSummary } from '../src/messaging/protocol';
import { freezeGroup, type FrozenGroup } from '../src/engine/frozen-group';
import type { LanguageGroup } from '../src/engine/compiled';
import { baseLanguage, compilePacks } from '../src/packs/compile';
import { PackError } from '../src/packs/errors';
import type { Pack } from '../src/packs/pack';
import { readLocalPacks } from '../src/store/local-packs';
import { localPacksItem } from '../src/store/local-packs-store';
import { packsInForce } from '../src/store/packs-in-force';
import { settingsItem } from '../src/store/settings-store';
import { sanitizeSettings, type Settings } from '../src/store/settings';

const currentSettings = async (): Promise<Settings> => sanitizeSettings(await settingsItem.getValue());

const packsFor = (settings: Settings, local: readonly Pack[]): Pack[] => packsInForce({ bundled: bundledPacks, local, settings });

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
  // Local packs are read (and checked again) once per change, not per request: one may be 500 KB.
  // The revision stands for them in the cache key, so a change recompiles.
  let local: Promise<Pack[]> | undefined;
  let localRevision = 0;
  localPacksItem.watch(() => {
    local = undefined;
    localRevision++;
  });
  const currentLocal = (): Promise<Pack[]> => (local ??= localPacksItem.getValue().then((v) => readLocalPacks(v).packs.map((p) => p.prepared)));
  const compiledLanguage = async (language: string): Promise<FrozenGroup | null> => {
    // Bundled packs only change with the extension; what the agent sets decides the rest.
    const settings = await currentSettings();
    const localPacks = await currentLocal();
    const version = JSON.stringify([settings.disabledPacks, settings.ownPhrases, localRevision]);
    if (version !== compiledFor) {
      compiled.clear();
      compiledFor = version;
    }
    let group = compiled.get(language);
    if (group === undefined) {
      const g = compileGroup(packsFor(settings, localPacks), language) ?? compileGroup(packsFor(settings, []), language);
      group = Promise.resolve(g === undefined ? null : freezeGroup(g));
      compiled.set(language, group);
    }
    return group;
  };
  onMessage('getLanguage', ({ data }) => compiledLanguage(data.language));
  onMessage('getDetection', async () => {
    const detection = packsFor(await currentSettings(), await currentLocal()).map((p) => ({ ...p, rules: [], steps: {} }));
    // A page just focused a reply box: once this reply is sent, compile the languages its agent most
    // likely writes in, while they type their first words, so the first marks need not wait for it.
    setTimeout(() => {
      for (const l of new Set([baseLanguage(navigator.language), 'en'])) void compiledLanguage(l);
    }, 0);
    return detection;
  });
});

/**
 * One language's packs compiled, or undefined when a pack does not compile: local packs are validated
 * before they are stored, but a language the background cannot compile would silence the coach for
 * every pack of it, so the caller then compiles without the local packs.
 */
function compileGroup(packs: readonly Pack[], language: string): LanguageGroup | undefined {
  try {
    return compilePacks(packs).group(language);
  } catch (e) {
    if (e instanceof PackError) return undefined;
    throw e;
  }
}
