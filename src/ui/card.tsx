import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../engine/types';
import type { Box, CoachActions } from '../store/coach-store';

import { CATEGORIES } from '../engine/types';
import { useT } from './i18n/react';
import { DeescalateButton } from './rewrite-preview';

interface Props {
  index: number;
  finding: Finding;
  anchor: Box;
  viaKeyboard: boolean;
  error: 'changed' | 'notApplied' | undefined;
  actions: CoachActions;
}

/**
 * Where the card fits: under the flagged words, else above them, else (a short iframe such as
 * TinyMCE's) wherever it fits in the window, scrolling inside itself.
 */
function place(anchor: Box, height: number): { left: number; top: number } {
  const width = Math.min(320, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  const below = anchor.top + anchor.height + 6;
  if (below + height <= window.innerHeight - 4) return { left, top: below };
  const above = anchor.top - 6 - height;
  if (above >= 4) return { left, top: above };
  return { left, top: Math.max(4, window.innerHeight - height - 4) };
}

/** The suggestion card: why the words escalate and one button per rewrite (best first). */
export function Card({ index, finding, anchor, viaKeyboard, error, actions }: Props) {
  const t = useT();
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => setHeight(box.current?.offsetHeight ?? 0), [index, error]);
  useEffect(() => {
    if (viaKeyboard) first.current?.focus();
  }, [viaKeyboard, index]);
  const pos = place(anchor, height);
  return (
    <div
      ref={box}
      className={`card ${finding.severity}`}
      role="dialog"
      aria-labelledby={titleId}
      data-tactful-card=""
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          actions.close(true);
        }
      }}
      onMouseDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId}>{(CATEGORIES as readonly string[]).includes(finding.category) ? t(`category.${finding.category as (typeof CATEGORIES)[number]}`) : finding.category.replace(/^custom:/, '')}</h2>
      <p>
        <span className="flagged">“{finding.text}”</span> — {finding.message}
      </p>
      {error !== undefined && (
        <p className="problem" role="alert">
          {t(error === 'changed' ? 'card.changed' : 'card.notApplied')}
        </p>
      )}
      <ul aria-label={t('card.rewrites')}>
        {finding.suggestions.map((s, i) => (
          <li key={i}>
            <button type="button" className="rewrite" data-tactful-suggestion={i} ref={i === 0 ? first : undefined} onClick={() => actions.apply(index, i)}>
              <span className="kind">{t(`kind.${s.kind}`)}</span>
              {s.text}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <DeescalateButton actions={actions.rewrite} />
        <button type="button" className="quiet" data-tactful-ignore="" onClick={() => actions.ignore(index)} ref={finding.suggestions.length === 0 ? first : undefined}>
          {t('card.ignore')}
        </button>
        <button type="button" className="quiet" data-tactful-ignore-rule="" onClick={() => actions.ignoreRule(index)}>
          {t('card.ignoreRule')}
        </button>
      </div>
    </div>
  );
}
