/**
 * Which fields are replies worth coaching. Leaves alone what is not prose (passwords, e-mail, search,
 * numbers, one-word fields, code editors) and fields whose page opts out of writing assistants.
 */
const TEXT_INPUT_TYPES = new Set(['text', '']);
const OPT_OUT: ReadonlyArray<[string, string]> = [
  ['data-gramm', 'false'],
  ['data-gramm_editor', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-lt-active', 'false'],
  ['data-tactful', 'off'],
];
const CODE_EDITOR = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor';

/** The editable root an event target belongs to, if it is a reply box Tactful should coach. */
export function replyBoxOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const el = target as HTMLElement;
  if (el instanceof HTMLTextAreaElement) return eligible(el) ? el : undefined;
  if (el instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(el.type.toLowerCase()) || el.getAttribute('type') === 'search') return undefined;
    const role = (el.getAttribute('role') ?? '') + (el.getAttribute('autocomplete') ?? '') + el.name + el.id;
    if (/search|email|user|login|phone|tel|url|otp|code|zip|postal/i.test(role)) return undefined;
    return eligible(el) ? el : undefined;
  }
  if (!el.isContentEditable) return undefined;
  const root = editableRoot(el);
  return eligible(root) ? root : undefined;
}

/** The outermost contenteditable ancestor: the editor's root, not a paragraph inside it. */
export function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  for (let p = el.parentElement; p !== null && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}

function eligible(el: HTMLElement): boolean {
  if (el.matches(':disabled') || el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true') return false;
  // On a plain field spellcheck="false" marks text that is not prose (codes, ids, commands). Rich-text
  // libraries switch it off by default for their own reasons (Draft.js, TinyMCE), so on a
  // contenteditable root it says nothing about the content.
  if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.getAttribute('spellcheck') === 'false') return false;
  for (let n: HTMLElement | null = el; n !== null; n = n.parentElement) {
    for (const [attr, value] of OPT_OUT) if (n.getAttribute(attr) === value) return false;
  }
  if (el.closest(CODE_EDITOR) !== null) return false;
  if (el instanceof HTMLInputElement) {
    // A one-word field (a name, a code) is no reply: too narrow for a sentence.
    const size = el.size > 0 && el.hasAttribute('size') ? el.size : el.getBoundingClientRect().width / 8;
    if (el.maxLength > 0 && el.maxLength < 20) return false;
    if (size < 20) return false;
  }
  return true;
}
