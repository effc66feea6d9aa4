import type { ComposeData } from '../engine/compose';
import type { Category, Severity, StepId, Suggestion } from '../engine/types';
import type { PackSignature } from './signature';

/** A rule pack as written in JSON (rules/schema.json documents the same shape for editors). */
export interface Pack {
  $schema?: string;
  id: string;
  name: string;
  version: string;
  language: string;
  description?: string;
  detect?: PackDetect;
  rules: PackRule[];
  steps?: Partial<Record<StepId, PackStep>>;
  /** Ids of rules from packs loaded before this one to switch off. */
  disable?: string[];
  /**
   * Contracted words of the pack's language and what they stand for (`"won't": "will not"`): drafts
   * and patterns are matched as if written in full. English packs get compromise's table.
   */
  contractions?: Record<string, string>;
  /** Sentences and address words for whole-draft rewrites (openers, closers, formality markers). */
  compose?: ComposeData;
  /** The team's Ed25519 signature of the rest of the pack (src/packs/signature.ts). */
  signature?: PackSignature;
}

export interface PackDetect {
  script: string;
  words: string[];
  letters?: string;
  /** Assume this language for a draft of its script that gives no other clue. */
  fallback?: boolean;
}

export interface PackRule {
  id: string;
  category: Category;
  severity: Severity;
  patterns: string[];
  exceptions?: string[];
  message: string;
  why?: string;
  suggestions: Suggestion[];
  examples?: { flag?: string[]; ok?: string[] };
}

export interface PackStep {
  patterns: string[];
  question?: boolean;
}

/** Where a pack came from, for messages: a file path, a URL or `bundled:en`. */
export interface PackSource {
  /** Parsed JSON, not validated yet: `loadPacks` validates it. */
  pack: unknown;
  origin: string;
}
