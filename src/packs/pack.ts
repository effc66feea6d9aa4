import type { Category, Severity, StepId, Suggestion } from '../engine/types';

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
}

export interface PackDetect {
  script: string;
  words: string[];
  letters?: string;
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
  pack: Pack;
  origin: string;
}
