import { canonicalPackText } from '../../packs/canonical';
import type { Pack } from '../../packs/pack';

/** The file name a pack downloads as: `acme-en-1.2.0.json`. Ids are file-name safe (validated). */
export const packFileName = (pack: Pack): string => `${pack.id}-${pack.version}.json`;

/**
 * Saves a pack as a `.json` file the browser downloads: a Blob behind an object URL and a link with
 * `download`, so the options page needs no `downloads` permission. Any section's Export uses it
 * (bundled, own-phrase, local and subscribed packs alike).
 */
export function downloadPack(pack: Pack, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([canonicalPackText(pack)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = packFileName(pack);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after click() returns; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
