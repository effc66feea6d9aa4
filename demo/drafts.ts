/**
 * The demo page's reply boxes and the first drafts `npm run demo` types into them: each with several
 * escalating phrases, so the marks show at once. Shared by the page (demo/main.ts, tab labels) and
 * the launcher (scripts/demo.ts, what to type and which mark to open).
 */
export interface DemoEditor {
  /** Tab id, `data-editor` on the pane and the `--editor` option of `npm run demo`. */
  name: 'tiptap' | 'quill' | 'contenteditable' | 'textarea';
  /** Tab label on the page. */
  label: string;
  /** What a newcomer reads under the tabs. */
  about: string;
  /** Typed into the box; "\n" is an Enter key press. */
  draft: string;
  /** The rule whose mark the screenshot opens. */
  showcase: string;
}

export const DEMO_EDITORS: readonly DemoEditor[] = [
  {
    name: 'tiptap',
    label: 'Rich text (Tiptap)',
    about: 'A ProseMirror editor, as in most modern helpdesks.',
    draft:
      "Hi Dana,\nAs I already said, the parcel left our warehouse on time. Please calm down, that's our policy and there's nothing I can do about the courier. We're sorry, but the second charge is only a pending authorization.\nRegards, Sam",
    showcase: 'en.calm-down',
  },
  {
    name: 'quill',
    label: 'Quill',
    about: 'Quill 2 with its snow toolbar.',
    draft:
      "Hi Dana,\nI'm sorry you feel that way. That's not my department, you will have to contact the courier yourself about the broken jug. Please be patient.\nSam",
    showcase: 'en.not-my-department',
  },
  {
    name: 'contenteditable',
    label: 'contenteditable',
    about: 'A bare contenteditable element, as in chat widgets.',
    draft:
      "Dana, for the third time, the replacement is on its way. It's not a big deal, your bank will reverse the double charge. Thanks for your understanding.",
    showcase: 'en.for-the-nth-time',
  },
  {
    name: 'textarea',
    label: 'Plain textarea',
    about: 'A plain <textarea>, as in e-mail and ticket forms.',
    draft:
      "Hi Dana,\nYou should have checked the tracking page before writing again. Our policy doesn't allow refunds after 30 days and my hands are tied.\nWe apologize for any inconvenience.\nSam",
    showcase: 'en.should-have-checked',
  },
];

export type DemoEditorName = DemoEditor['name'];

/** The page's automation hooks, on `window.demo` (main world). */
export interface DemoApi {
  /** Resolves once every editor is initialised and editable. */
  ready: Promise<void>;
  /** Shows a tab (its reply box) and focuses its editor, caret at the end. */
  show(name: DemoEditorName): void;
  /** The tab on screen. */
  current(): DemoEditorName;
  /** The editor's text through its own API, blocks joined by "\n". */
  text(name: DemoEditorName): string;
  /** While a draft is being typed the page takes no clicks: they would send the keystrokes elsewhere. */
  setTyping(on: boolean): void;
}
