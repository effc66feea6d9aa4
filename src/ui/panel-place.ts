import type { Box } from '../store/coach-store';

/**
 * Where a panel (the checklist, the rewrite preview) opens beside the reply box, never over it: to its
 * right when there is room, else below it, else above it; inside the window `win` it is drawn in.
 */
export function panelPlace(editor: Box, width: number, height: number, win: Window = window): { left: number; top: number } {
  const w = Math.min(width, win.innerWidth - 8);
  const h = Math.min(height, win.innerHeight - 8);
  const right = editor.left + editor.width + 8;
  const clampTop = (top: number): number => Math.max(4, Math.min(top, win.innerHeight - h - 4));
  // Ends just above the badge, which sits at the box's bottom right.
  if (right + w <= win.innerWidth - 4) return { left: right, top: clampTop(editor.top + editor.height - 30 - h) };
  const left = Math.max(4, Math.min(editor.left + editor.width - w, win.innerWidth - w - 4));
  const below = editor.top + editor.height + 32;
  if (below + h <= win.innerHeight) return { left, top: below };
  return { left, top: Math.max(4, editor.top - h - 8) };
}
