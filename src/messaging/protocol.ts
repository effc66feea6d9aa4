import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FrozenGroup } from '../engine/frozen-group';
import type { StepId, Steps } from '../engine/types';
import type { Pack } from '../packs/pack';

/** The packs a page should coach with, prepared and slimmed by the background. */
export interface PacksPayload {
  packs: Pack[];
  /** Changes whenever the set of packs changes, so pages can drop a stale compile. */
  version: string;
}

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
   * Content → background: the packs, with rules and steps only for the listed languages (the others
   * keep what language detection needs). A page asks for detection data when a reply box is first
   * focused, then for a language's rules when a draft is first written in it.
   */
  getPacks(request: { languages: string[] }): PacksPayload;
  /**
   * Content → background: one language's rules and steps, compiled (compiling takes the background
   * hundreds of milliseconds once; a page turns the result into a matcher in a few).
   */
  getLanguage(request: { language: string }): FrozenGroup | null;
  /** Content → background: the focused draft changed (its frame is the sender's). */
  draftChanged(summary: DraftSummary): void;
  /** Popup → background: the focused draft of a tab, if any. */
  getDraft(request: { tabId: number }): DraftSummary | null;
  /** Popup → background → the draft's frame: tick or untick a step by hand. */
  toggleStep(request: { tabId: number; step: StepId }): void;
  /** Background → content: tick or untick a step of the focused draft. */
  setStep(request: { step: StepId }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
