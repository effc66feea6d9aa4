import { useId } from 'react';
import { STEP_IDS, type Analysis } from '../../engine/types';
import { formatProblem } from '../../packs/errors';
import type { OptionsTranslate } from './messages';
import type { LabView } from './use-pack-lab';

interface Props {
  t: OptionsTranslate;
  draft: string;
  setDraft(draft: string): void;
  tests: LabView['tests'];
  analysis: Analysis | undefined;
  /** The pack changed since the results shown were computed. */
  stale: boolean;
}

type Tests = NonNullable<LabView['tests']>['tests'];

/** A sample draft run through the pack being edited, and the pack's examples: everything as text. */
export function PackPreview({ t, draft, setDraft, tests, analysis, stale }: Props) {
  const id = useId();
  const error = tests !== undefined && tests.compileProblems.length > 0 ? tests.compileProblems : undefined;
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
            {error.map((p, i) => (
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
      {tests !== undefined && error === undefined && <ExampleResults t={t} tests={tests.tests} />}
    </div>
  );
}

function ExampleResults({ t, tests }: { t: OptionsTranslate; tests: Tests }) {
  const passed = tests.filter((r) => r.failures.length === 0).length;
  return (
    <div className="pack-tests" data-tactful-pack-tests="">
      <h3>{t('options.tests.title')}</h3>
      <p data-tactful-pack-tests-summary="">{t('options.tests.summary', { passed, total: tests.length })}</p>
      <ul>
        {tests.map((r) => {
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
