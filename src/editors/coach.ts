import type { Analysis, DraftRewrite, Finding, StepId } from '../engine/types';
import { EMPTY_COACH, type CoachActions, type CoachState, type MarkView } from '../store/coach-store';
import type { StoreApi } from 'zustand/vanilla';
import { DraftRewriter } from './draft-rewriter';
import { DraftSteps } from './draft-steps';
import { replyBoxOf } from './eligible';
import { intersects, toBox, visibleBox } from './geometry';
import type { Surface } from './surface';

/** Pause after the last keystroke before analysing: short enough for marks within 300 ms. */
export const ANALYSE_DELAY_MS = 120;
/** Marks drawn at most: a huge paste must not flood the page with elements. */
const MAX_MARKS = 200;

export interface CoachDeps {
  doc: Document;
  store: StoreApi<CoachState>;
  /** Loads what analysis needs (the packs); awaited before the first analysis. */
  prepare(): Promise<void>;
  /** Starts an analysis; the coach steps it, yielding to the page between slices. */
  analyse(text: string): Generator<void, Analysis, void>;
  /** Makes the surface for a reply box. */
  surfaceFor(el: HTMLElement): Surface;
  ignoredRules(): readonly string[];
  ignoreRule(rule: string): void;
  /** Works out a rewrite of the whole draft ("De-escalate this reply"). */
  proposeRewrite(text: string): Promise<DraftRewrite | null>;
  /** Told whenever the focused draft's checklist or findings change (the popup shows them). */
  onDraft?(state: CoachState): void;
  /** Everything the coach listens to stops on this signal. */
  signal: AbortSignal;
}

const isOverlay = (n: EventTarget): boolean => n instanceof Element && n.tagName.startsWith('TACTFUL-');

/** The innermost event target, through open shadow roots. */
const targetOf = (e: Event): EventTarget | null => e.composedPath()[0] ?? e.target;

/**
 * Follows the reply box the agent types in: analyses its text after a short pause (never during an
 * IME composition), turns findings into marks positioned over the words, and carries out what the
 * overlay asks (open a card, apply a rewrite through the surface, ignore).
 */
export class Coach implements CoachActions {
  private surface: Surface | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every change, so an analysis of an older text is dropped. */
  private generation = 0;
  private composing = false;
  private frameRequested = false;
  private readonly ignoredOnce = new WeakMap<HTMLElement, Set<string>>();
  private readonly steps = new DraftSteps();
  private readonly resize: ResizeObserver;
  readonly rewrite: DraftRewriter;

  constructor(private readonly deps: CoachDeps) {
    const { doc, signal } = deps;
    this.rewrite = new DraftRewriter({
      store: deps.store,
      surface: () => this.surface,
      composing: () => this.composing,
      propose: (text) => deps.proposeRewrite(text),
      changed: () => this.schedule(0),
    });
    const win = doc.defaultView!;
    const opts = { capture: true, signal };
    doc.addEventListener('focusin', (e) => this.onFocus(targetOf(e)), opts);
    doc.addEventListener('input', (e) => this.onInput(targetOf(e)), opts);
    doc.addEventListener('compositionstart', () => (this.composing = true), opts);
    doc.addEventListener('compositionend', () => {
      this.composing = false;
      this.schedule();
    }, opts);
    doc.addEventListener('keydown', (e) => this.onKey(e), opts);
    doc.addEventListener('mousedown', (e) => {
      // A click anywhere but in the overlay closes the card.
      if (this.deps.store.getState().card !== null && !e.composedPath().some(isOverlay)) this.close(false);
    }, opts);
    doc.addEventListener('scroll', () => this.reposition(), { capture: true, passive: true, signal });
    win.addEventListener('resize', () => this.reposition(), { passive: true, signal });
    this.resize = new ResizeObserver(() => this.reposition());
    signal.addEventListener('abort', () => {
      this.resize.disconnect();
      clearTimeout(this.timer);
      this.deps.store.setState(EMPTY_COACH);
    });
  }

  /** Starts on the reply box that already has the focus, if any (the script may arrive after it). */
  attachFocused(): void {
    let active = this.deps.doc.activeElement;
    while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
    if (active !== null) this.onFocus(active);
  }

  private onFocus(target: EventTarget | null): void {
    const el = replyBoxOf(target);
    if (el === undefined || el === this.surface?.element) return;
    if (this.surface !== undefined) this.resize.unobserve(this.surface.element);
    this.surface = this.deps.surfaceFor(el);
    this.resize.observe(el);
    this.steps.reset();
    this.rewrite.close(false);
    this.deps.store.setState({ findings: [], marks: [], card: null, stale: false, steps: null, manual: {}, checklistOpen: false });
    this.schedule(0);
  }

  private onInput(target: EventTarget | null): void {
    const s = this.surface;
    if (s === undefined || !(target instanceof Node) || !(s.element === target || s.element.contains(target))) {
      this.onFocus(target);
      return;
    }
    const state = this.deps.store.getState();
    // Typing on means the agent left the card or the rewrite preview, which no longer fit the draft.
    if (state.rewrite !== null) this.rewrite.close(false);
    if (!state.stale || state.card !== null) this.deps.store.setState({ stale: true, card: null });
    this.schedule();
  }

  private schedule(delay = ANALYSE_DELAY_MS): void {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  private run(): void {
    const generation = this.generation;
    void this.deps.prepare().then(
      () => this.analyseNow(generation),
      (e: unknown) => console.warn('Tactful: could not load rule packs', e),
    );
  }

  private analyseNow(generation: number): void {
    const surface = this.surface;
    if (surface === undefined || this.composing || this.deps.signal.aborted || generation !== this.generation) return;
    const text = surface.read();
    const steps = this.deps.analyse(text);
    const stepSlice = (): void => {
      if (generation !== this.generation || this.deps.signal.aborted) return;
      const r = steps.next();
      if (r.done !== true) {
        setTimeout(stepSlice, 0); // give the page its frame back between slices of a long draft
        return;
      }
      this.steps.analysed(surface.element, text, r.value.steps);
      this.show(r.value.findings);
    };
    stepSlice();
  }

  private visible(findings: readonly Finding[]): Finding[] {
    const el = this.surface?.element;
    const once = el !== undefined ? this.ignoredOnce.get(el) : undefined;
    const ignored = new Set(this.deps.ignoredRules());
    return findings.filter((f) => !ignored.has(f.rule) && !(once?.has(onceKey(f)) ?? false));
  }

  private show(findings: readonly Finding[]): void {
    const shown = this.visible(findings);
    this.deps.store.setState({ findings: shown, stale: false, ...this.steps.shown(this.surface?.element), ...this.layout(shown) });
    this.deps.onDraft?.(this.deps.store.getState());
  }

  toggleStep(step: StepId): void {
    const el = this.surface?.element;
    if (el === undefined) return;
    this.steps.toggle(el, step);
    this.deps.store.setState(this.steps.shown(el));
    this.deps.onDraft?.(this.deps.store.getState());
  }

  toggleChecklist(): void {
    this.deps.store.setState((s) => ({ checklistOpen: !s.checklistOpen }));
  }

  /** Screen boxes of the findings, within the editor's visible part, and the editor's own box. */
  private layout(findings: readonly Finding[]): Pick<CoachState, 'marks' | 'clip' | 'editor'> {
    const surface = this.surface;
    if (surface === undefined || !surface.element.isConnected) return { marks: [], clip: null, editor: null };
    const clip = visibleBox(surface.element);
    if (clip === null) return { marks: [], clip: null, editor: null };
    const ranges = findings.map((f) => [f.start, f.end] as const);
    const rects = surface.rects(ranges);
    const marks: MarkView[] = [];
    findings.forEach((finding, index) => {
      const boxes = (rects[index] ?? []).map(toBox);
      if (boxes.length > 0 && marks.length < MAX_MARKS && boxes.some((b) => intersects(b, clip))) marks.push({ index, finding, boxes });
    });
    return { marks, clip, editor: toBox(surface.element.getBoundingClientRect()) };
  }

  /** Redraws marks after scrolling, resizing or reflow, at most once a frame; no new analysis. */
  reposition(): void {
    if (this.frameRequested || this.surface === undefined) return;
    this.frameRequested = true;
    this.deps.doc.defaultView!.requestAnimationFrame(() => {
      this.frameRequested = false;
      const { findings, stale } = this.deps.store.getState();
      if (!stale) this.deps.store.setState(this.layout(findings));
    });
  }

  /** Analyses the draft again now (packs arrived or changed, a rule was ignored). */
  refresh(): void {
    this.schedule(0);
  }

  private onKey(e: KeyboardEvent): void {
    const surface = this.surface;
    if (surface === undefined || e.isComposing) return;
    const inEditor = targetOf(e) instanceof Node && surface.element.contains(targetOf(e) as Node);
    const { card, rewrite } = this.deps.store.getState();
    if (e.key === 'Escape' && (card !== null || rewrite !== null)) {
      // From the editor or from inside the card or preview, the agent goes back to typing.
      const back = inEditor || e.composedPath().some(isOverlay);
      if (rewrite !== null) this.rewrite.close(back);
      else this.close(back);
      return;
    }
    if (!inEditor || e.key !== 'Enter' || !e.altKey || e.ctrlKey || e.metaKey) return;
    // Alt+Shift+Enter: "De-escalate this reply".
    if (e.shiftKey) {
      e.preventDefault();
      e.stopPropagation();
      this.rewrite.propose(true);
      return;
    }
    // Alt+Enter: the card of the finding at the caret (or the nearest one before it).
    const caret = surface.caret() ?? 0;
    const { findings } = this.deps.store.getState();
    let index = findings.findIndex((f) => f.start <= caret && caret <= f.end);
    if (index < 0) index = findings.reduce((best, f, i) => (f.end <= caret ? i : best), findings.length > 0 ? 0 : -1);
    if (index >= 0) {
      e.preventDefault();
      e.stopPropagation();
      this.open(index, true);
    }
  }

  open(index: number, viaKeyboard: boolean, at?: { x: number; y: number }): void {
    const { findings } = this.deps.store.getState();
    const f = findings[index];
    if (f === undefined || this.surface === undefined) return;
    if (at !== undefined) {
      // A click on a mark also puts the caret where the click was, as a click on the text would.
      const mark = this.deps.store.getState().marks.find((m) => m.index === index);
      const box = mark?.boxes.find((b) => at.y >= b.top && at.y <= b.top + b.height) ?? mark?.boxes[0];
      const share = box !== undefined && box.width > 0 ? Math.min(1, Math.max(0, (at.x - box.left) / box.width)) : 1;
      this.surface.setCaret(f.start + Math.round(share * (f.end - f.start)));
    }
    this.deps.store.setState({ card: { index, viaKeyboard } });
  }

  close(returnFocus: boolean): void {
    this.deps.store.setState({ card: null });
    if (returnFocus) this.surface?.element.focus({ preventScroll: true });
  }

  apply(index: number, suggestion: number): void {
    void this.applyAsync(index, suggestion);
  }

  private async applyAsync(index: number, suggestion: number): Promise<void> {
    const surface = this.surface;
    const f = this.deps.store.getState().findings[index];
    const rewrite = f?.suggestions[suggestion];
    if (surface === undefined || f === undefined || rewrite === undefined || this.composing) return;
    if (surface.read().slice(f.start, f.end) !== f.text) {
      this.deps.store.setState({ card: { index, viaKeyboard: false, error: 'changed' } });
      this.schedule(0);
      return;
    }
    const ok = await surface.replace(f.start, f.end, rewrite.text);
    if (!ok) {
      this.deps.store.setState({ card: { index, viaKeyboard: false, error: 'notApplied' } });
      this.schedule(0);
      return;
    }
    this.deps.store.setState({ card: null, stale: true });
    this.schedule(0);
  }

  ignore(index: number): void {
    const f = this.deps.store.getState().findings[index];
    const el = this.surface?.element;
    if (f === undefined || el === undefined) return;
    const set = this.ignoredOnce.get(el) ?? new Set<string>();
    set.add(onceKey(f));
    this.ignoredOnce.set(el, set);
    this.close(true);
    this.show(this.deps.store.getState().findings);
  }

  ignoreRule(index: number): void {
    const f = this.deps.store.getState().findings[index];
    if (f === undefined) return;
    this.deps.ignoreRule(f.rule);
    this.close(true);
    this.show(this.deps.store.getState().findings.filter((x) => x.rule !== f.rule));
  }
}

/** "Ignore this once" remembers the rule and the words, so it survives edits elsewhere in the draft. */
const onceKey = (f: Finding): string => `${f.rule}\u0000${f.text.toLowerCase()}`;
