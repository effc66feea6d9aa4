import type { CompiledPacks, LanguageGroup } from '../../src/engine/compiled';
import { sendMessage } from '../../src/messaging/protocol';
import { thawGroup } from '../../src/engine/frozen-group';
import { compilePacks } from '../../src/packs/compile';

/**
 * The packs as a page sees them: detection data first, then each language's rules, compiled by the
 * background, fetched the first time a draft is written in it. Until a language has arrived the
 * analysis simply has no rules for it; `onLoaded` asks for a new analysis when it does.
 */
export async function remotePacks(onLoaded: () => void): Promise<CompiledPacks> {
  const detection = compilePacks(await sendMessage('getDetection', undefined));
  const groups = new Map<string, LanguageGroup | undefined>();
  return {
    languages: detection.languages,
    group(language) {
      if (!groups.has(language)) {
        groups.set(language, undefined);
        void sendMessage('getLanguage', { language }).then(
          (frozen) => {
            groups.set(language, frozen === null ? undefined : thawGroup(frozen));
            onLoaded();
          },
          (e: unknown) => console.warn(`Tactful: could not load the ${language} rules`, e),
        );
      }
      return groups.get(language);
    },
  };
}
