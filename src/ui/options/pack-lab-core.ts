import type { Analysis } from '../../engine/types';
import type { PackProblem } from '../../packs/errors';
import type { PlacedProblem } from '../../packs/problem-places';
import { checkEditorText } from './local-pack-check';
import { buildLab, previewDraft, type PackLab } from './pack-lab';

/** What the editor asks of its worker: check (and compile) this text; try this draft. */
export type LabRequest = { kind: 'text'; seq: number; text: string; takenIds: readonly string[] } | { kind: 'draft'; draft: string };

/** What the worker answers, in order, for the text numbered `seq`. */
export type LabReply =
  | { kind: 'checked'; seq: number; problems: PlacedProblem[]; rules?: number }
  | { kind: 'tests'; seq: number; tests: PackLab['tests']; compileProblems: PackProblem[] }
  | { kind: 'preview'; seq: number; analysis: Analysis };

/**
 * The editor's checks and test bench, run in a worker (./pack-lab.worker.ts): validating a 500 KB
 * pack takes ~150 ms and compiling it ~400 ms, which on the page's thread would hold up the
 * keystrokes typed meanwhile. A text superseded by a newer one is dropped between the steps.
 * `defer` runs the next step once pending messages had their turn (setTimeout in the worker).
 */
export function createLabCore(post: (reply: LabReply) => void, defer: (step: () => void) => void): (request: LabRequest) => void {
  let latest = 0;
  let lab: { seq: number; lab: PackLab } | undefined;
  let draft = '';
  const preview = (): void => {
    if (lab !== undefined && draft.trim() !== '') post({ kind: 'preview', seq: lab.seq, analysis: previewDraft(lab.lab, draft) });
  };
  return (request) => {
    if (request.kind === 'draft') {
      draft = request.draft;
      preview();
      return;
    }
    const { seq, text, takenIds } = request;
    latest = seq;
    defer(() => {
      if (seq !== latest) return;
      const checked = checkEditorText(text, takenIds);
      post({ kind: 'checked', seq, problems: checked.problems, ...(checked.pack !== undefined ? { rules: checked.pack.rules.length } : {}) });
      const pack = checked.pack;
      if (pack === undefined) return;
      defer(() => {
        if (seq !== latest) return;
        const built = buildLab(pack);
        post({ kind: 'tests', seq, tests: built.lab?.tests ?? [], compileProblems: built.error?.problems ?? [] });
        if (built.lab !== undefined) {
          lab = { seq, lab: built.lab };
          preview();
        }
      });
    });
  };
}
