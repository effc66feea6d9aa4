import { preparePack } from '../../packs/compile';
import type { PackProblem } from '../../packs/errors';
import { LANGUAGE_TOOLS } from '../../packs/language-tools';
import type { Pack } from '../../packs/pack';
import { placedProblems, placeProblems, type PlacedProblem } from '../../packs/problem-places';
import { validatePackText } from '../../packs/validate';
import { reservedIdProblem, type LocalPack } from '../../store/local-packs';

// Here rather than in src/store: preparing needs the English word tools (compromise), which the
// options page may load but the background must not.

/**
 * Checks pack text for installing as a local pack: the format and limits of validatePackText, then
 * the ids that are taken. Nothing is installed unless `entry` is present.
 */
export function checkLocalPack(text: string, origin: string, takenIds: readonly string[]): { entry?: LocalPack; problems: PackProblem[] } {
  const v = validatePackText(text, origin);
  if (v.pack === undefined) return { problems: v.problems };
  const reserved = reservedIdProblem(v.pack.id, takenIds);
  if (reserved !== undefined) return { problems: [{ origin, path: 'id', message: reserved }] };
  return { entry: { pack: v.pack, prepared: preparePack(v.pack, LANGUAGE_TOOLS) }, problems: [] };
}

/** What the editor shows for pack text: every problem placed in the text, the id check included. */
export function checkEditorText(text: string, takenIds: readonly string[]): { pack?: Pack; problems: PlacedProblem[] } {
  const placed = placedProblems(text, 'editor');
  if (placed.pack === undefined) return placed;
  const reserved = reservedIdProblem(placed.pack.id, takenIds);
  if (reserved === undefined) return placed;
  return { problems: placeProblems(text, [{ origin: 'editor', path: 'id', message: reserved }]) };
}
