import { EditableSurface } from './editable-surface';
import { FieldSurface } from './field-surface';
import type { Surface } from './surface';

/** The surface for a reply box found by `replyBoxOf`. */
export function surfaceFor(el: HTMLElement, measureHost: () => Node): Surface {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return new FieldSurface(el, measureHost);
  return new EditableSurface(el);
}
