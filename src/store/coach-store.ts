import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DraftRewrite, Finding, StepId, Steps } from '../engine/types';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One finding drawn on screen: its line boxes in viewport coordinates. */
export interface MarkView {
  index: number;
  finding: Finding;
  boxes: Box[];
}

export interface CardView {
  /** Index into `findings`. */
  index: number;
  /** Opened from the keyboard: focus moves into the card. */
  viaKeyboard: boolean;
  /** Why a rewrite could not be applied: the draft changed, or the editor refused the edit. */
  error?: 'changed' | 'notApplied';
}

/** Why a whole-draft rewrite is not shown or was not applied. */
export type RewriteProblem = 'nothing' | 'failed' | 'changed' | 'notApplied';

/** The "De-escalate this reply" preview. */
export interface RewriteView {
  /** Null while the rewrite is being worked out. */
  proposal: DraftRewrite | null;
  /** Per change of the proposal: whether the agent keeps it. */
  accepted: boolean[];
  viaKeyboard: boolean;
  problem?: RewriteProblem;
}

/** What the in-page overlay shows, for one frame's focused reply box. */
export interface CoachState {
  findings: Finding[];
  marks: MarkView[];
  /** The editor's visible box: marks are clipped to it. */
  clip: Box | null;
  card: CardView | null;
  /** Marks are hidden while the draft changes and a new analysis is pending. */
  stale: boolean;
  /** The checklist of the focused draft, as detected, with the agent's own ticks applied. */
  steps: Steps | null;
  /** Steps the agent ticked or unticked by hand for this draft. */
  manual: Partial<Record<StepId, boolean>>;
  /** The focused reply box, for the badge beside it. */
  editor: Box | null;
  checklistOpen: boolean;
  rewrite: RewriteView | null;
}

export const EMPTY_COACH: CoachState = { findings: [], marks: [], clip: null, card: null, stale: false, steps: null, manual: {}, editor: null, checklistOpen: false, rewrite: null };

/** Findings that may escalate (errors and warnings; hints only suggest). */
export const escalatingCount = (findings: readonly Finding[]): number => findings.filter((f) => f.severity !== 'hint').length;

export const createCoachStore = (): StoreApi<CoachState> => createStore<CoachState>()(() => EMPTY_COACH);

/** What the overlay can ask the coach to do. */
export interface CoachActions {
  open(index: number, viaKeyboard: boolean, at?: { x: number; y: number }): void;
  close(returnFocus: boolean): void;
  apply(index: number, suggestion: number): void;
  ignore(index: number): void;
  ignoreRule(index: number): void;
  /** Ticks or unticks a step by hand for this draft (the opposite of what is shown). */
  toggleStep(step: StepId): void;
  toggleChecklist(): void;
  /** The whole-draft rewrite: propose, keep or drop single changes, apply, close. */
  rewrite: RewriteActions;
}

export interface RewriteActions {
  propose(viaKeyboard: boolean): void;
  toggle(change: number): void;
  /** Applies every change (`all`) or the ones the agent kept, as one edit. */
  apply(all: boolean): void;
  close(returnFocus: boolean): void;
}
