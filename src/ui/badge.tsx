import { STEP_IDS, type Steps } from '../engine/types';
import type { Box } from '../store/coach-store';
import { useT } from './i18n/react';

const WIDTH = 44;
const HEIGHT = 24;

/**
 * Where the badge goes: just right of the reply box's bottom corner, or just below it when the box
 * reaches the window's right edge; never over the box, so never over the text.
 */
export function badgePlace(editor: Box): { left: number; top: number } {
  if (editor.left + editor.width + 6 + WIDTH <= window.innerWidth) return { left: editor.left + editor.width + 6, top: editor.top + editor.height - HEIGHT };
  return { left: Math.max(4, editor.left + editor.width - WIDTH), top: editor.top + editor.height + 4 };
}

/** "4/7" beside the focused reply box; opens the checklist in place. */
export function Badge({ steps, escalating, editor, open, onClick }: { steps: Steps; escalating: number; editor: Box; open: boolean; onClick(): void }) {
  const t = useT();
  const done = STEP_IDS.filter((id) => steps[id].done).length;
  const pos = badgePlace(editor);
  return (
    <button
      type="button"
      className={`badge${escalating > 0 ? ' warn' : ''}`}
      data-tactful-badge=""
      aria-expanded={open}
      aria-label={`${t('checklist.title')}: ${t('checklist.progress', { done, total: STEP_IDS.length })}`}
      style={{ left: pos.left, top: pos.top, width: WIDTH, height: HEIGHT }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {done}/{STEP_IDS.length}
    </button>
  );
}
