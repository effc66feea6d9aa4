import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { PlacedProblem } from '../../packs/problem-places';
import type { LocalPack } from '../../store/local-packs';
import { checkLocalPack } from './local-pack-check';
import type { OptionsTranslate } from './messages';
import { PackPreview } from './pack-preview';
import { usePackLab } from './use-pack-lab';

/** What the editor opens with: pack text, and the local pack it edits (none for a new pack or a copy). */
export interface EditorStart {
  text: string;
  replacing?: string;
}

interface Props {
  t: OptionsTranslate;
  start: EditorStart;
  takenIds: readonly string[];
  save(entry: LocalPack, replacing: string | undefined): void;
  close(): void;
}

// The text goes to the checks (in a worker, see pack-lab-core.ts) once typing pauses, not per
// keystroke. The textarea is uncontrolled: React need not copy half a megabyte of text on every
// keystroke.
const CHECK_AFTER_MS = 300;

/** Pack JSON in a textarea, checked as it is typed, with a live preview and the pack's examples. */
export function PackEditor({ t, start, takenIds, save, close }: Props) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(start.text);
  const [replacing, setReplacing] = useState(start.replacing);
  const [saved, setSaved] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const lab = usePackLab(text, draft, takenIds);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Set once, not as defaultValue: React writes defaultValue back into the textarea on every render,
  // which with 500 KB of text held up the keystrokes typed meanwhile by ~200 ms.
  useLayoutEffect(() => {
    if (area.current !== null) area.current.value = start.text;
  }, []);

  const onInput = (): void => {
    window.clearTimeout(timer.current);
    if (saved !== null) setSaved(null);
    timer.current = window.setTimeout(() => setText(area.current?.value ?? ''), CHECK_AFTER_MS);
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
    const result = checkLocalPack(value, 'editor', takenIds);
    setText(value);
    if (result.entry === undefined) return;
    save(result.entry, replacing);
    setReplacing(result.entry.pack.id);
    setSaved(t('options.editor.saved', { name: result.entry.pack.name }));
  };

  const problems = lab.checked?.problems ?? [];
  const valid = lab.checked !== undefined && lab.checked.rules !== undefined;
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
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={22}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-problems`}
        onInput={onInput}
      />
      <div id={`${id}-problems`} aria-live="polite" className="editor-status">
        {lab.checked === undefined ? null : valid ? (
          <p className="status" data-tactful-editor-valid="" data-stale={lab.checked.seq !== lab.seq ? 'true' : 'false'}>
            {t('options.editor.valid', { rules: lab.checked.rules ?? 0 })}
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
      {lab.checked !== undefined && !valid ? (
        <p className="muted" data-tactful-preview-waiting="">
          {t('options.preview.waiting')}
        </p>
      ) : (
        // Until the latest text is compiled, the results of the last compiled one show, dimmed.
        <PackPreview t={t} draft={draft} setDraft={setDraft} tests={lab.tests} analysis={lab.analysis?.analysis} stale={lab.tests?.seq !== lab.seq} />
      )}
    </section>
  );
}
