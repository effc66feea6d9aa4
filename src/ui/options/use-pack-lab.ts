import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../engine/types';
import type { PackProblem } from '../../packs/errors';
import type { PlacedProblem } from '../../packs/problem-places';
import type { PackLab } from './pack-lab';
import type { LabReply, LabRequest } from './pack-lab-core';
// Vite bundles the worker with its imports as a file of its own (in the extension, so no CSP change).
import LabWorker from './pack-lab.worker.ts?worker';

export interface LabView {
  /** Problems of the latest checked text; `rules` is set when it is a valid pack. */
  checked?: { seq: number; problems: PlacedProblem[]; rules?: number };
  tests?: { seq: number; tests: PackLab['tests']; compileProblems: PackProblem[] };
  analysis?: { seq: number; analysis: Analysis };
}

/**
 * The editor's worker as React state: `text` is checked and compiled there, `draft` analysed with
 * the latest compiled pack. Replies for older texts still show until newer ones arrive (dimmed).
 */
export function usePackLab(text: string, draft: string, takenIds: readonly string[]): LabView & { seq: number } {
  const worker = useRef<Worker | null>(null);
  const counter = useRef(0);
  // Numbered while rendering, so the render that shows a new text already knows older results are stale.
  const seq = useMemo(() => ++counter.current, [text, takenIds]);
  const [view, setView] = useState<LabView>({});
  useEffect(() => {
    const w = new LabWorker();
    w.onmessage = (e: MessageEvent<LabReply>) => {
      const r = e.data;
      if (r.kind === 'checked') setView((v) => ({ ...v, checked: r }));
      else if (r.kind === 'tests') setView((v) => ({ ...v, tests: r }));
      else setView((v) => ({ ...v, analysis: r }));
    };
    w.onerror = (e) => console.error('Tactful: the pack editor’s checks stopped', e.message);
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  const post = (request: LabRequest): void => worker.current?.postMessage(request);
  useEffect(() => post({ kind: 'text', seq, text, takenIds }), [seq]);
  useEffect(() => post({ kind: 'draft', draft }), [draft]);
  return { ...view, seq };
}
