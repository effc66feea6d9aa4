import type { Plugin } from 'vite';
import { bundledPackFiles, preparedBundledPacks } from '../src/cli/load';
import { slimPack } from '../src/packs/slim';

const ID = 'virtual:tactful/bundled-packs';

/**
 * Serves `rules/*.json` to the extension as prepared packs: validated (a broken bundled pack fails the
 * build) with English word forms already expanded, so compromise never ships to the page, and without
 * the examples and explanations the page does not show.
 */
export function bundledPacksPlugin(): Plugin {
  return {
    name: 'tactful-bundled-packs',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      for (const f of bundledPackFiles()) this.addWatchFile(f);
      return `export default ${JSON.stringify(preparedBundledPacks().map(slimPack))};`;
    },
  };
}
