import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FrozenGroup } from '../engine/frozen-group';
import type { DraftRewrite, StepId, Steps } from '../engine/types';
import type { Pack } from '../packs/pack';

/** The focused draft as the popup shows it: its checklist and how many phrases may escalate. */
export interface DraftSummary {
  steps: Steps;
  manual: Partial<Record<StepId, boolean>>;
  escalating: number;
}

/**
 * Every message between content scripts, the background and the extension pages, with its reply
 * type: a handler or a caller that disagrees with this map does not compile.
 */
export interface ProtocolMap {
  /**
   * Content → background, when a reply box is first focused: the packs in force without their rules
   * and steps, which is what language detection needs. Rules come per language (`getLanguage`).
   */
  getDetection(): Pack[];
  /**
   * Content → background: one language's rules and steps, compiled (compiling takes the background
   * hundreds of milliseconds once; a page turns the result into a matcher in a few).
   */
  getLanguage(request: { language: string }): FrozenGroup | null;
  /**
   * Content → background: "De-escalate this reply". The background holds the packs' openers and
   * closers and English sentence analysis, which pages do not load; null when there is nothing to do.
   */
  rewriteDraft(request: { text: string }): DraftRewrite | null;
  /** Content → background: the focused draft changed (its frame is the sender's). */
  draftChanged(summary: DraftSummary): void;
  /** Popup → background: the focused draft of a tab, if any. */
  getDraft(request: { tabId: number }): DraftSummary | null;
  /** Popup → background → the draft's frame: tick or untick a step by hand. */
  toggleStep(request: { tabId: number; step: StepId }): void;
  /** Background → content: tick or untick a step of the focused draft. */
  setStep(request: { step: StepId }): void;
  /**
   * Options → background: subscribe to a pack URL and check it at once. `problems` says why it could
   * not be added; how the first check went is in the stored subscription (`lastError`).
   */
  subscribe(request: { url: string; pin?: string; publicKey?: string }): { problems: string[] };
  /** Options → background: check one subscription (or all) now; resolves when stored. */
  checkSubscriptions(request: { url?: string }): void;
  /** Options → background: remove a subscription (not one the policy installed). */
  unsubscribe(request: { url: string }): { problems: string[] };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
