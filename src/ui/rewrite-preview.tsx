import { useEffect, useId, useRef, type ReactNode } from 'react';
import { placedParts } from '../engine/draft-changes';
import { STEP_IDS, type DraftChange, type DraftRewrite, type StepId } from '../engine/types';
import type { Box, RewriteActions, RewriteView } from '../store/coach-store';
import type { Translate } from './i18n/index';
import { useT } from './i18n/react';
import { panelPlace } from './panel-place';

const WIDTH = 380;
const HEIGHT = 420;

const isStep = (s: string): s is StepId => (STEP_IDS as readonly string[]).includes(s);

/** One line per change, in the agent's words: what the change does. */
function changeLabel(t: Translate, change: DraftChange, original: string): string {
  switch (change.kind) {
    case 'rewrite':
    case 'sentence': {
      const removed = change.parts.find((p) => p.end > p.start);
      return t('rewrite.reword', { text: removed === undefined ? '' : original.slice(removed.start, removed.end) });
    }
    case 'solution-first':
      return t('rewrite.solutionFirst');
    case 'opener':
    case 'closer':
      return t('rewrite.add', { step: isStep(change.reason) ? t(`step.${change.reason}`) : change.reason });
  }
}

/** The draft as it will read: kept changes marked (removed words struck, added words highlighted). */
function Preview({ proposal, accepted, onToggle }: { proposal: DraftRewrite; accepted: boolean[]; onToggle(change: number): void }) {
  const t = useT();
  const out: ReactNode[] = [];
  let at = 0;
  for (const [i, p] of placedParts(proposal.changes).entries()) {
    if (p.start > at) out.push(proposal.original.slice(at, p.start));
    const removed = proposal.original.slice(p.start, p.end);
    const title = t(accepted[p.change] === true ? 'rewrite.drop' : 'rewrite.keep');
    const toggle = () => onToggle(p.change);
    if (accepted[p.change] === true) {
      if (removed !== '') out.push(<del key={`d${i}`} data-change={p.change} title={title} onClick={toggle}>{removed}</del>);
      if (p.text !== '') out.push(<ins key={`i${i}`} data-change={p.change} title={title} onClick={toggle}>{p.text}</ins>);
    } else if (removed !== '') {
      out.push(<span key={`k${i}`} className="kept" data-change={p.change} title={title} onClick={toggle}>{removed}</span>);
    }
    at = p.end;
  }
  out.push(proposal.original.slice(at));
  return <div className="draft" data-tactful-rewrite-text="">{out}</div>;
}

/**
 * "De-escalate this reply": the rewritten draft beside the reply box (never over it), each change
 * listed with a switch, applied all at once or as the agent picked, as one edit.
 */
export function RewritePreview({ view, editor, actions, win = window }: { view: RewriteView; editor: Box; actions: RewriteActions; win?: Window }) {
  const t = useT();
  const titleId = useId();
  const applyAll = useRef<HTMLButtonElement>(null);
  const { proposal, accepted, problem } = view;
  const ready = proposal !== null && problem !== 'nothing';
  useEffect(() => {
    if (view.viaKeyboard && ready) applyAll.current?.focus();
  }, [view.viaKeyboard, ready]);
  const kept = accepted.filter(Boolean).length;
  return (
    <div
      className="panel rewrite-panel"
      role="dialog"
      aria-labelledby={titleId}
      data-tactful-rewrite=""
      data-state={problem ?? (proposal === null ? 'working' : 'ready')}
      // A small window gets a shorter panel that scrolls, its buttons kept in view.
      style={{ ...panelPlace(editor, WIDTH, HEIGHT, win), width: WIDTH, maxHeight: Math.min(HEIGHT, win.innerHeight - 8) }}
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        // Drawn above a frame, the panel is out of reach of the coach's own key listener.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        actions.close(true);
      }}
    >
      <h2 id={titleId}>{t('rewrite.title')}</h2>
      {proposal === null && problem === undefined && <p className="status">{t('rewrite.working')}</p>}
      {problem !== undefined && (
        <p className={problem === 'nothing' ? 'status' : 'problem'} role="alert">
          {t(`rewrite.${problem}`)}
        </p>
      )}
      {ready && proposal !== null && (
        <>
          <Preview proposal={proposal} accepted={accepted} onToggle={(c) => actions.toggle(c)} />
          <ul className="changes" aria-label={t('rewrite.changes')}>
            {proposal.changes.map((c, i) => (
              <li key={i} data-tactful-rewrite-change={i} data-kind={c.kind} data-accepted={String(accepted[i] === true)}>
                <button type="button" role="checkbox" aria-checked={accepted[i] === true} onClick={() => actions.toggle(i)}>
                  <span className="tick" aria-hidden="true">
                    {accepted[i] === true ? '✓' : ''}
                  </span>
                  {changeLabel(t, c, proposal.original)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        {problem === 'changed' && (
          <button type="button" className="quiet" data-tactful-rewrite-again="" onClick={() => actions.propose(false)}>
            {t('rewrite.again')}
          </button>
        )}
        <button type="button" className="quiet" data-tactful-rewrite-cancel="" onClick={() => actions.close(true)}>
          {t('rewrite.cancel')}
        </button>
        {ready && kept < accepted.length && (
          <button type="button" className="quiet" data-tactful-rewrite-apply="selected" disabled={kept === 0} onClick={() => actions.apply(false)}>
            {t('rewrite.applySelected', { count: kept })}
          </button>
        )}
        {ready && (
          <button type="button" className="primary" ref={applyAll} data-tactful-rewrite-apply="all" onClick={() => actions.apply(true)}>
            {t('rewrite.applyAll')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The button that opens the preview, in the card and the checklist panel. */
export function DeescalateButton({ actions }: { actions: RewriteActions }) {
  const t = useT();
  return (
    <button type="button" className="deescalate" data-tactful-deescalate="" title={t('rewrite.shortcut')} onMouseDown={(e) => e.preventDefault()} onClick={() => actions.propose(false)}>
      {t('rewrite.open')}
    </button>
  );
}
