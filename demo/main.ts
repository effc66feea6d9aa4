/**
 * The demo helpdesk page: one reply box per editor behind tabs, and `window.demo` for scripts/demo.ts.
 * Bundled by demo/build.ts; everything comes from node_modules.
 */
import { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { caretToEnd } from '../tests/e2e/fixtures/src/caret';
import { DEMO_EDITORS, type DemoApi, type DemoEditorName } from './drafts';

interface Box {
  /** Focus, caret at the end. */
  focus(): void;
  text(): string;
}

declare global {
  interface Window {
    demo: DemoApi;
    /** Bound by scripts/demo.ts in a headed run: types the draft into a box the first time it is shown. */
    tactfulDemoShown?: (name: DemoEditorName) => Promise<void>;
  }
}

const PLACEHOLDER = 'Write your reply to Dana…';

function toolbarButton(label: string, title: string, run: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  // Keep the focus (and the selection) in the editor.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', run);
  return b;
}

function tiptap(pane: HTMLElement): Promise<Box> {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  const host = document.createElement('div');
  pane.append(toolbar, host);
  return new Promise((resolve) => {
    const editor = new Editor({
      element: host,
      extensions: [StarterKit],
      editorProps: { attributes: { class: 'reply-box tiptap-box', 'aria-label': 'Reply' } },
    });
    toolbar.append(
      toolbarButton('B', 'Bold', () => editor.chain().focus().toggleBold().run()),
      toolbarButton('I', 'Italic', () => editor.chain().focus().toggleItalic().run()),
      toolbarButton('•', 'Bulleted list', () => editor.chain().focus().toggleBulletList().run()),
      toolbarButton('❝', 'Quote', () => editor.chain().focus().toggleBlockquote().run()),
    );
    const box: Box = {
      text: () => editor.getText({ blockSeparator: '\n' }),
      // Synchronous: Tiptap's own focus command waits a frame, and keystrokes may follow at once.
      focus: () => {
        editor.view.focus();
        editor.view.dispatch(editor.state.tr.setSelection(Selection.atEnd(editor.state.doc)));
      },
    };
    if (editor.isInitialized) resolve(box);
    else editor.on('create', () => resolve(box));
  });
}

function quill(pane: HTMLElement): Box {
  const container = document.createElement('div');
  container.className = 'quill-box';
  pane.append(container);
  const q = new Quill(container, {
    theme: 'snow',
    placeholder: PLACEHOLDER,
    modules: { toolbar: [['bold', 'italic', 'underline'], [{ list: 'bullet' }], ['link']] },
  });
  q.root.setAttribute('aria-label', 'Reply');
  return {
    text: () => q.getText().replace(/\n$/, ''),
    focus: () => {
      q.focus();
      q.setSelection(q.getLength() - 1, 0, 'user');
    },
  };
}

function contentEditable(pane: HTMLElement): Box {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.className = 'reply-box plain-box';
  div.setAttribute('role', 'textbox');
  div.setAttribute('aria-multiline', 'true');
  div.setAttribute('aria-label', 'Reply');
  div.dataset.placeholder = PLACEHOLDER;
  pane.append(div);
  return {
    text: () => div.innerText.replace(/\u00a0/g, ' ').replace(/\n$/, ''),
    focus: () => caretToEnd(div),
  };
}

function textarea(pane: HTMLElement): Box {
  const el = document.createElement('textarea');
  el.className = 'reply-box plain-box';
  el.placeholder = PLACEHOLDER;
  el.setAttribute('aria-label', 'Reply');
  pane.append(el);
  return {
    text: () => el.value,
    focus: () => {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    },
  };
}

const MAKE: Record<DemoEditorName, (pane: HTMLElement) => Box | Promise<Box>> = {
  tiptap,
  quill,
  contenteditable: contentEditable,
  textarea,
};

const tabs = document.querySelector<HTMLElement>('.tabs')!;
const panes = document.querySelector<HTMLElement>('.panes')!;
const about = document.getElementById('editor-about')!;
const boxes = new Map<DemoEditorName, Box>();
let current: DemoEditorName = DEMO_EDITORS[0]!.name;

function select(name: DemoEditorName): void {
  current = name;
  for (const tab of tabs.querySelectorAll<HTMLElement>('[role=tab]')) tab.setAttribute('aria-selected', String(tab.dataset.editor === name));
  for (const pane of panes.querySelectorAll<HTMLElement>('[role=tabpanel]')) pane.hidden = pane.dataset.editor !== name;
  about.textContent = `Editor: ${DEMO_EDITORS.find((e) => e.name === name)!.about}`;
}

for (const e of DEMO_EDITORS) {
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.role = 'tab';
  tab.id = `tab-${e.name}`;
  tab.dataset.editor = e.name;
  tab.textContent = e.label;
  tab.addEventListener('click', () => {
    if (tabs.classList.contains('typing')) return;
    select(e.name);
    boxes.get(e.name)?.focus();
    if (boxes.get(e.name)?.text() === '') void window.tactfulDemoShown?.(e.name);
  });
  tabs.append(tab);
  const pane = document.createElement('div');
  pane.role = 'tabpanel';
  pane.dataset.editor = e.name;
  pane.className = `pane pane-${e.name}`;
  pane.setAttribute('aria-labelledby', tab.id);
  panes.append(pane);
}
select(current);

// Over the page while a draft is typed: a click anywhere would take the focus, and the keystrokes,
// away from the reply box.
const cover = document.createElement('div');
cover.className = 'typing-cover';
cover.hidden = true;
cover.addEventListener('mousedown', (e) => e.preventDefault());
document.body.append(cover);

const ready = (async () => {
  for (const e of DEMO_EDITORS) {
    boxes.set(e.name, await MAKE[e.name](panes.querySelector<HTMLElement>(`[role=tabpanel][data-editor="${e.name}"]`)!));
  }
  document.documentElement.dataset.demoReady = 'true';
})();
ready.catch((err: unknown) => console.error('[demo] editors failed to start', err));

window.demo = {
  ready,
  show(name) {
    select(name);
    boxes.get(name)!.focus();
  },
  current: () => current,
  text: (name) => boxes.get(name)!.text(),
  setTyping(on) {
    tabs.classList.toggle('typing', on);
    cover.hidden = !on;
  },
};
