import { useEffect, useReducer } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { CoachState, RewriteActions } from '../store/coach-store';
import type { LiftedFrame } from './lifted-frame';
import { RewritePreview } from './rewrite-preview';

/**
 * The rewrite preview of a reply box inside a frame, drawn in the frame's top-most same-origin
 * ancestor: beside the frame, with room to read, instead of squeezed over the text inside it. The
 * coach gives the editor's box in the frame's coordinates; this moves it into the ancestor's, again
 * whenever the ancestor scrolls or resizes.
 */
export function LiftedRewrite({ store, actions, frame }: { store: StoreApi<CoachState>; actions: RewriteActions; frame: LiftedFrame }) {
  const { rewrite, editor } = useStore(store);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const open = rewrite !== null;
  useEffect(() => {
    if (!open) return;
    const options = { capture: true, passive: true } as const;
    frame.view.addEventListener('scroll', redraw, options);
    frame.view.addEventListener('resize', redraw, options);
    return () => {
      frame.view.removeEventListener('scroll', redraw, options);
      frame.view.removeEventListener('resize', redraw, options);
    };
  }, [frame, open]);
  if (rewrite === null || editor === null) return null;
  const at = frame.offset();
  return <RewritePreview view={rewrite} editor={{ ...editor, left: editor.left + at.left, top: editor.top + at.top }} actions={actions} win={frame.view} />;
}
