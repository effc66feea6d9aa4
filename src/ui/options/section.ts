import type { Settings } from '../../store/settings';
import type { OptionsTranslate } from './messages';

/** What every section of the options page gets: the translator, the settings, and a way to change them. */
export interface SectionProps {
  t: OptionsTranslate;
  settings: Settings;
  change(edit: (s: Settings) => Settings): void;
}

/**
 * Moves focus once React has drawn the change: a button that removes its own row would otherwise
 * leave keyboard focus on the page's body.
 */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => find()?.focus());
}
