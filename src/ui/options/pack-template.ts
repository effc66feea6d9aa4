import { canonicalPackText } from '../../packs/canonical';
import type { Pack } from '../../packs/pack';

/**
 * A new pack to start from: valid as it is, so the preview and the examples work from the first
 * keystroke, and showing each part a team lead edits (the example in docs/rule-packs.md).
 */
export function newPackTemplate(): string {
  const language = 'en';
  const pack: Pack = {
    id: `my-team-${language}`,
    name: 'My team’s wording',
    version: '1.0.0',
    language,
    rules: [
      {
        id: 'my-team.ticket-closed',
        category: 'custom:wording',
        severity: 'warning',
        patterns: ['[your] ticket (is | was | has been) closed'],
        message: '"Closed" sounds like we stopped listening; say the issue is resolved.',
        suggestions: [{ kind: 'neutral', text: 'your request is resolved' }],
        examples: { flag: ['Your ticket is closed.'], ok: ['Is your ticket still open?'] },
      },
    ],
  };
  return canonicalPackText(pack);
}

/** A copy of a pack to edit: its own id and name, so saving it never takes the original's place. */
export function copyOfPack(pack: Pack, takenIds: readonly string[]): string {
  let id = `${pack.id}-copy`;
  for (let n = 2; takenIds.includes(id); n++) id = `${pack.id}-copy-${n}`;
  return canonicalPackText({ ...pack, id, name: `${pack.name} (copy)`.slice(0, 100) });
}
