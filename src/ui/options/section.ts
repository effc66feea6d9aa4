import type { Policy } from '../../store/policy';
import type { Settings } from '../../store/settings';
import type { OptionsTranslate } from './messages';

/**
 * What every section of the options page gets: the translator, the settings, a way to change them,
 * and the organization's policy, which locks some of them.
 */
export interface SectionProps {
  t: OptionsTranslate;
  settings: Settings;
  policy: Policy;
  change(edit: (s: Settings) => Settings): void;
}

/**
 * Moves focus once React has drawn the change: a button that removes its own row would otherwise
 * leave keyboard focus on the page's body.
 */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => find()?.focus());
}
