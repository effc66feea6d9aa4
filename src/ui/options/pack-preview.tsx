import { useId, useMemo, useState } from 'react';
import { STEP_IDS } from '../../engine/types';
import { formatProblem, type PackError } from '../../packs/errors';
import type { OptionsTranslate } from './messages';
import { previewDraft, type PackLab } from './pack-lab';

interface Props {
  t: OptionsTranslate;
  lab: PackLab | undefined;
  error: PackError | undefined;
  /** The text changed since `lab` was compiled. */
  stale: boolean;
}

/** A sample draft run through the pack being edited, and the pack's examples: everything as text. */
export function PackPreview({ t, lab, error, stale }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  // Analysing a draft takes about a millisecond: no need to wait for a pause here.
  const analysis = useMemo(() => (lab === undefined ? undefined : previewDraft(lab, draft)), [lab, draft]);
  const ticked = analysis === undefined ? [] : STEP_IDS.filter((s) => analysis.steps[s].done);
  return (
    <div className="pack-preview" data-stale={stale ? 'true' : 'false'}>
      <h3>{t('options.preview.title')}</h3>
      <p className="muted">{t('options.preview.only')}</p>
      <label className="field" htmlFor={`${id}-draft`}>
        {t('options.preview.draft')}
      </label>
      <textarea id={`${id}-draft`} className="sample-draft" data-tactful-preview-draft="" rows={4} value={draft} placeholder={t('options.preview.placeholder')} onChange={(e) => setDraft(e.currentTarget.value)} />
      {error !== undefined && (
        <div className="problems">
          <span>{t('options.editor.compileFailed')}</span>
          <ul>
            {error.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {analysis !== undefined && draft.trim() !== '' && (
        <div aria-live="polite">
          {analysis.findings.length === 0 ? (
            <p className="muted" data-tactful-preview-none="">
              {t('options.preview.none')}
            </p>
          ) : (
            <ul className="preview-findings">
              {analysis.findings.map((f, i) => (
                <li key={i} className={`severity-${f.severity}`} data-tactful-preview-finding="" data-rule={f.rule}>
                  <code>{f.rule}</code> “{f.text}”: {f.message}
                  {f.suggestions.length > 0 && <span className="suggestions"> → {f.suggestions.map((s) => s.text).join(' · ')}</span>}
                </li>
              ))}
            </ul>
          )}
          <p className="muted" data-tactful-preview-steps={ticked.join(' ')}>
            {ticked.length === 0 ? t('options.preview.noSteps') : t('options.preview.steps', { steps: ticked.map((s) => t(`step.${s}`)).join(', ') })}
          </p>
        </div>
      )}
      {lab !== undefined && <ExampleResults t={t} lab={lab} />}
    </div>
  );
}

function ExampleResults({ t, lab }: { t: OptionsTranslate; lab: PackLab }) {
  const passed = lab.tests.filter((r) => r.failures.length === 0).length;
  return (
    <div className="pack-tests" data-tactful-pack-tests="">
      <h3>{t('options.tests.title')}</h3>
      <p data-tactful-pack-tests-summary="">{t('options.tests.summary', { passed, total: lab.tests.length })}</p>
      <ul>
        {lab.tests.map((r) => {
          const pass = r.failures.length === 0;
          const notFlagged = r.failures.filter((f) => f.kind === 'flag');
          const flagged = r.failures.filter((f) => f.kind === 'ok');
          return (
            <li key={r.rule} data-tactful-pack-test={r.rule} data-pass={pass ? 'true' : 'false'}>
              <code>{r.rule}</code> <span className={pass ? 'pass' : 'fail'}>{r.examples === 0 ? t('options.tests.noExamples') : pass ? t('options.tests.pass') : t('options.tests.fail')}</span>
              {notFlagged.length > 0 && <Failures label={t('options.tests.notFlagged')} texts={notFlagged.map((f) => f.text)} />}
              {flagged.length > 0 && <Failures label={t('options.tests.flagged')} texts={flagged.map((f) => f.text)} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Failures({ label, texts }: { label: string; texts: string[] }) {
  return (
    <div className="failures">
      <span>{label}</span>
      <ul>
        {texts.map((x, i) => (
          <li key={i} data-tactful-failing-example="">
            {x}
          </li>
        ))}
      </ul>
    </div>
  );
}
