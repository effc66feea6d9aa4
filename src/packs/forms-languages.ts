/**
 * Languages whose packs may use `{word}` (every form of a word): those with word-form tools in
 * `language-tools.ts`. Kept apart so validation does not pull the tools (compromise) into a bundle.
 */
export const FORMS_LANGUAGES: ReadonlySet<string> = new Set(['en']);
