/** Limits on untrusted packs: they bound memory, compile time and what a pack can put on screen. */
export const LIMITS = {
  packBytes: 512 * 1024,
  rules: 1000,
  patternsPerRule: 50,
  suggestionsPerRule: 8,
  examplesPerRule: 50,
  patternChars: 200,
  messageChars: 200,
  whyChars: 1000,
  suggestionChars: 300,
  exampleChars: 2000,
  idChars: 64,
  nameChars: 100,
  descriptionChars: 2000,
  detectWords: 500,
  stepPatterns: 200,
  disable: 1000,
  contractions: 1000,
  /** Openers or closers of one pack, each at most `composeChars` long. */
  composeVariants: 100,
  composeChars: 300,
  /** Address words (`compose.informal`, `compose.formal`). */
  formalityWords: 200,
} as const;
