import { STEP_IDS, type StepId, type Steps } from '../engine/types';

export type ManualTicks = Partial<Record<StepId, boolean>>;

/**
 * The checklist of the draft in each reply box: the steps the engine detected, with the agent's own
 * ticks on top. Ticks belong to a reply box until its draft is emptied (sent).
 */
export class DraftSteps {
  private readonly manual = new WeakMap<HTMLElement, ManualTicks>();
  private detected: Steps | null = null;

  /** A new analysis of `el`'s draft. */
  analysed(el: HTMLElement, text: string, steps: Steps): void {
    if (text.trim() === '') this.manual.delete(el);
    this.detected = steps;
  }

  /** Another reply box got the focus: nothing is known of its draft yet. */
  reset(): void {
    this.detected = null;
  }

  /** What the checklist shows for `el`. */
  shown(el: HTMLElement | undefined): { steps: Steps | null; manual: ManualTicks } {
    const manual = (el !== undefined ? this.manual.get(el) : undefined) ?? {};
    if (this.detected === null) return { steps: null, manual };
    const steps = { ...this.detected };
    for (const id of STEP_IDS) {
      const m = manual[id];
      if (m !== undefined) steps[id] = m ? { ...steps[id], done: true } : { done: false };
    }
    return { steps, manual };
  }

  /** Flips what the checklist shows for a step; back to what the draft says by itself, no tick is kept. */
  toggle(el: HTMLElement, step: StepId): void {
    const shown = this.shown(el).steps;
    if (shown === null) return;
    const manual = { ...(this.manual.get(el) ?? {}) };
    const want = !shown[step].done;
    if (this.detected?.[step].done === want) delete manual[step];
    else manual[step] = want;
    this.manual.set(el, manual);
  }
}
