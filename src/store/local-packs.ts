import type { Pack } from '../packs/pack';
import { validatePack } from '../packs/validate';

/**
 * A pack the agent imported from a file or saved from the options page's editor (issue 6). Stored
 * apart from the settings (`local:localPacks`), so a big pack is not rewritten with every switch.
 */
export interface LocalPack {
  /** The pack as its author wrote it: what the editor shows and Export downloads. */
  pack: Pack;
  /**
   * The same pack with its language's word tools applied (`{word}` forms expanded, contractions
   * written in; see preparePack): the background compiles without the tools, as for bundled packs.
   */
  prepared: Pack;
}

/**
 * Ids the agent's packs may not take: those of the packs installed for them (`takenIds`: bundled and
 * subscribed, whose rules a local pack of the same id would shadow) and the own-phrase packs' (`own-en`, …).
 */
export function reservedIdProblem(id: string, takenIds: readonly string[]): string | undefined {
  if (takenIds.includes(id)) return `"${id}" is the id of a bundled or subscribed pack; give your pack an id of its own`;
  if (id.startsWith('own-')) return `"${id}": ids starting with "own-" are kept for your own phrases`;
  return undefined;
}

/** Installs a pack: it replaces the local pack with its id (a newer version), or `replacing` (renamed in the editor). */
export function installLocalPack(list: readonly LocalPack[], entry: LocalPack, replacing?: string): LocalPack[] {
  const out = list.filter((p) => p.pack.id !== entry.pack.id && p.pack.id !== replacing);
  const at = list.findIndex((p) => p.pack.id === entry.pack.id || p.pack.id === replacing);
  out.splice(at < 0 ? out.length : Math.min(at, out.length), 0, entry);
  return out;
}

export const removeLocalPack = (list: readonly LocalPack[], id: string): LocalPack[] => list.filter((p) => p.pack.id !== id);

/**
 * Stored local packs, each checked again: storage is only as trustworthy as whatever wrote it last,
 * and the background must never compile a pack that would not validate. Bad entries are dropped.
 */
export function readLocalPacks(value: unknown): { packs: LocalPack[]; repaired: boolean } {
  if (value === undefined || value === null) return { packs: [], repaired: false };
  if (!Array.isArray(value)) return { packs: [], repaired: true };
  const packs: LocalPack[] = [];
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    const o = item as Partial<LocalPack> | null;
    if (typeof o !== 'object' || o === null) continue;
    const pack = validatePack(o.pack, 'local').pack;
    const prepared = validatePack(o.prepared, 'local').pack;
    if (pack === undefined || prepared === undefined || pack.id !== prepared.id || seen.has(pack.id)) continue;
    seen.add(pack.id);
    packs.push({ pack, prepared });
  }
  return { packs, repaired: packs.length !== value.length };
}
