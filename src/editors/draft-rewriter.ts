import type { StoreApi } from 'zustand/vanilla';
import { applyChanges, changedSpan } from '../engine/draft-changes';
import type { DraftRewrite } from '../engine/types';
import type { CoachState, RewriteActions, RewriteProblem } from '../store/coach-store';
import type { Surface } from './surface';

export interface DraftRewriterDeps {
  store: StoreApi<CoachState>;
  surface(): Surface | undefined;
  composing(): boolean;
  /** Works out a rewrite of the whole draft (the background does: it holds the packs). */
  propose(text: string): Promise<DraftRewrite | null>;
  /** The draft changed through us: analyse it again. */
  changed(): void;
}

/**
 * "De-escalate this reply": asks for a rewrite of the whole draft, shows it as a preview whose
 * changes the agent keeps or drops one by one, and writes the kept ones back as a single edit.
 */
export class DraftRewriter implements RewriteActions {
  /** Bumped whenever the preview closes or a new one starts, so a late proposal is dropped. */
  private turn = 0;

  constructor(private readonly deps: DraftRewriterDeps) {}

  propose(viaKeyboard: boolean): void {
    void this.proposeAsync(viaKeyboard);
  }

  private async proposeAsync(viaKeyboard: boolean): Promise<void> {
    const surface = this.deps.surface();
    if (surface === undefined || this.deps.composing()) return;
    const turn = ++this.turn;
    const text = surface.read();
    this.deps.store.setState({ rewrite: { proposal: null, accepted: [], viaKeyboard }, card: null, checklistOpen: false });
    let proposal: DraftRewrite | null;
    try {
      proposal = text.trim() === '' ? null : await this.deps.propose(text);
    } catch (e) {
      console.warn('Tactful: could not rewrite the draft', e);
      if (turn === this.turn) this.problem('failed');
      return;
    }
    if (turn !== this.turn) return;
    if (proposal === null || proposal.changes.length === 0) this.problem('nothing');
    else this.deps.store.setState({ rewrite: { proposal, accepted: proposal.changes.map(() => true), viaKeyboard } });
  }

  toggle(change: number): void {
    const view = this.deps.store.getState().rewrite;
    if (view?.proposal == null || change < 0 || change >= view.accepted.length) return;
    this.deps.store.setState({ rewrite: { ...view, accepted: view.accepted.map((a, i) => (i === change ? !a : a)), problem: undefined } });
  }

  apply(all: boolean): void {
    void this.applyAsync(all);
  }

  private async applyAsync(all: boolean): Promise<void> {
    const view = this.deps.store.getState().rewrite;
    const surface = this.deps.surface();
    const proposal = view?.proposal;
    if (proposal == null || surface === undefined || this.deps.composing()) return;
    const chosen = proposal.changes.filter((_, i) => all || view!.accepted[i] === true);
    if (chosen.length === 0) {
      this.close(true);
      return;
    }
    if (surface.read() !== proposal.original) {
      this.problem('changed');
      return;
    }
    const after = applyChanges(proposal.original, chosen);
    const span = changedSpan(proposal.original, after);
    const turn = ++this.turn;
    const ok = await surface.replace(span.start, span.beforeEnd, after.slice(span.start, span.afterEnd));
    if (turn !== this.turn) return;
    if (!ok) {
      this.problem('notApplied');
      this.deps.changed();
      return;
    }
    this.deps.store.setState({ rewrite: null, stale: true });
    this.deps.changed();
  }

  close(returnFocus: boolean): void {
    this.turn++;
    if (this.deps.store.getState().rewrite !== null) this.deps.store.setState({ rewrite: null });
    if (returnFocus) this.deps.surface()?.element.focus({ preventScroll: true });
  }

  private problem(problem: RewriteProblem): void {
    const view = this.deps.store.getState().rewrite;
    this.deps.store.setState({ rewrite: { proposal: view?.proposal ?? null, accepted: view?.accepted ?? [], viaKeyboard: view?.viaKeyboard ?? false, problem } });
  }
}
