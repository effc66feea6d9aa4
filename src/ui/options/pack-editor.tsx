import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PlacedProblem } from '../../packs/problem-places';
import type { LocalPack } from '../../store/local-packs';
import { checkEditorText, checkLocalPack } from './local-pack-check';
import type { OptionsTranslate } from './messages';
import { buildLab } from './pack-lab';
import { PackPreview } from './pack-preview';

/** What the editor opens with: pack text, and the local pack it edits (none for a new pack or a copy). */
export interface EditorStart {
  text: string;
  replacing?: string;
}

interface Props {
  t: OptionsTranslate;
  start: EditorStart;
  bundledIds: readonly string[];
  save(entry: LocalPack, replacing: string | undefined): void;
  close(): void;
}

// Validating a 500 KB pack takes ~150 ms and compiling it ~400 ms, on the page's only thread: the text
// is validated once typing pauses, and compiled (preview, examples) only after a longer pause, so
// keystrokes never wait for either. The textarea is uncontrolled for the same reason: React does not
// copy half a megabyte of text on every keystroke.
const VALIDATE_AFTER_MS = 300;
const COMPILE_AFTER_MS = 500;

/** Pack JSON in a textarea, checked as it is typed, with a live preview and the pack's examples. */
export function PackEditor({ t, start, bundledIds, save, close }: Props) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(start.text);
  const [replacing, setReplacing] = useState(start.replacing);
  const [saved, setSaved] = useState<string | null>(null);
  const timers = useRef<{ validate?: number; compile?: number }>({});
  const checked = useMemo(() => checkEditorText(text, bundledIds), [text, bundledIds]);
  const [lab, setLab] = useState<ReturnType<typeof buildLab> | null>(null);

  useEffect(() => {
    const pack = checked.pack;
    if (pack === undefined) return;
    timers.current.compile = window.setTimeout(() => setLab(buildLab(pack)), COMPILE_AFTER_MS);
    return () => window.clearTimeout(timers.current.compile);
  }, [checked]);
  useEffect(() => () => window.clearTimeout(timers.current.validate), []);

  const onInput = (): void => {
    window.clearTimeout(timers.current.validate);
    window.clearTimeout(timers.current.compile);
    if (saved !== null) setSaved(null);
    timers.current.validate = window.setTimeout(() => setText(area.current?.value ?? ''), VALIDATE_AFTER_MS);
  };
  const jump = (p: PlacedProblem): void => {
    const ta = area.current;
    if (ta === null) return;
    ta.focus();
    ta.setSelectionRange(p.offset, p.offset + p.length);
    // Focus alone does not scroll a textarea to its selection in every browser.
    const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 18;
    ta.scrollTop = Math.max(0, (p.line - 3) * lineHeight);
  };
  const onSave = (): void => {
    const value = area.current?.value ?? text;
    const result = checkLocalPack(value, 'editor', bundledIds);
    setText(value);
    if (result.entry === undefined) return;
    save(result.entry, replacing);
    setReplacing(result.entry.pack.id);
    setSaved(t('options.editor.saved', { name: result.entry.pack.name }));
  };

  const problems = checked.problems;
  return (
    <section aria-labelledby="editor-title" data-tactful-pack-editor="">
      <h2 id="editor-title">{t('options.editor.title')}</h2>
      <p className="lead">{t('options.editor.intro')}</p>
      <label className="field" htmlFor={`${id}-json`}>
        {t('options.editor.label')}
      </label>
      <textarea
        id={`${id}-json`}
        ref={area}
        className="pack-json"
        data-tactful-pack-json=""
        defaultValue={start.text}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={22}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-problems`}
        onInput={onInput}
      />
      <div id={`${id}-problems`} aria-live="polite" className="editor-status">
        {problems.length === 0 ? (
          <p className="status" data-tactful-editor-valid="">
            {t('options.editor.valid', { rules: checked.pack?.rules.length ?? 0 })}
          </p>
        ) : (
          <div className="problems">
            <span>{t('options.editor.problems', { count: problems.length })}</span>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <button type="button" className="quiet problem-link" data-tactful-editor-problem={p.path} data-rule={p.rule ?? ''} onClick={() => jump(p)}>
                    {p.rule !== undefined && <code>{p.rule}</code>} <code>{p.path === '' ? 'pack' : p.path}</code> ({t('options.editor.where', { line: p.line, column: p.column })}): {p.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="own-fields editor-actions">
        <button type="submit" data-tactful-editor-save="" onClick={onSave}>
          {t('options.editor.save')}
        </button>
        <button type="button" data-tactful-editor-close="" onClick={close}>
          {t('options.editor.close')}
        </button>
      </div>
      {saved !== null && (
        <p className="status" role="status" data-tactful-editor-saved="">
          {saved}
        </p>
      )}
      {checked.pack === undefined ? (
        <p className="muted" data-tactful-preview-waiting="">
          {t('options.preview.waiting')}
        </p>
      ) : (
        // Until the pause that compiles the latest text, the last compiled pack is shown, dimmed.
        <PackPreview t={t} lab={lab?.lab} error={lab?.error} stale={lab?.lab?.pack !== checked.pack} />
      )}
    </section>
  );
}
