import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { escalatingCount, type Box, type CoachActions, type CoachState, type MarkView } from '../store/coach-store';
import { Badge } from './badge';
import { Card } from './card';
import { Checklist } from './checklist';
import { panelPlace } from './panel-place';
import { DeescalateButton, RewritePreview } from './rewrite-preview';

const union = (boxes: Box[]): Box => {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
};

function Mark({ mark, origin, actions }: { mark: MarkView; origin: Box; actions: CoachActions }) {
  const box = union(mark.boxes);
  return (
    <div
      className={`mark ${mark.finding.severity}`}
      data-tactful-mark=""
      data-rule={mark.finding.rule}
      data-category={mark.finding.category}
      title={mark.finding.message}
      style={{ left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height }}
    >
      {mark.boxes.map((b, i) => (
        <div
          key={i}
          className="seg"
          style={{ left: b.left - box.left, top: b.top - box.top, width: b.width, height: b.height }}
          onMouseDown={(e) => {
            // Keep the editor focused; the coach puts the caret where the click was.
            e.preventDefault();
            actions.open(mark.index, false, { x: e.clientX, y: e.clientY });
          }}
        />
      ))}
    </div>
  );
}

/** Marks over the flagged words and the open card; drawn over the page, never inside the editor. */
export function Overlay({ store, actions, previewHere = true }: { store: StoreApi<CoachState>; actions: CoachActions; previewHere?: boolean }) {
  const { marks, clip, card, stale, findings, steps, manual, editor, checklistOpen, rewrite } = useStore(store);
  const open = card !== null ? marks.find((m) => m.index === card.index) : undefined;
  const escalating = escalatingCount(findings);
  return (
    <div className={`layer${stale ? ' stale' : ''}`}>
      {clip !== null && (
        <div className="clip" style={{ left: clip.left, top: clip.top, width: clip.width, height: clip.height }}>
          {marks.map((m) => (
            <Mark key={`${m.finding.rule}:${m.finding.start}`} mark={m} origin={clip} actions={actions} />
          ))}
        </div>
      )}
      {/* After the marks, so the badge, checklist and card sit above them. */}
      {steps !== null && editor !== null && (
        <>
          <Badge steps={steps} escalating={escalating} editor={editor} open={checklistOpen} onClick={() => actions.toggleChecklist()} />
          {checklistOpen && (
            <div className="panel" style={panelPlace(editor, 300, 330)} onMouseDown={(e) => e.stopPropagation()}>
              <Checklist steps={steps} manual={manual} escalating={escalating} onToggle={(id) => actions.toggleStep(id)} keepFocus />
              <DeescalateButton actions={actions.rewrite} />
            </div>
          )}
        </>
      )}
      {previewHere && rewrite !== null && editor !== null && <RewritePreview view={rewrite} editor={editor} actions={actions.rewrite} />}
      {card !== null && open !== undefined && findings[card.index] !== undefined && (
        <Card index={card.index} finding={findings[card.index]!} anchor={union(open.boxes)} viaKeyboard={card.viaKeyboard} error={card.error} actions={actions} />
      )}
    </div>
  );
}
