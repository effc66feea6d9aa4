import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Pack } from '../packs/pack';

/** The packs a page should coach with, prepared and slimmed by the background. */
export interface PacksPayload {
  packs: Pack[];
  /** Changes whenever the set of packs changes, so pages can drop a stale compile. */
  version: string;
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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
