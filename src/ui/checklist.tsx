import { useId } from 'react';
import { STEP_IDS, type StepId, type Steps } from '../engine/types';
import { useT } from './i18n/react';

interface Props {
  steps: Steps;
  /** Steps the agent ticked or unticked by hand. */
  manual: Partial<Record<StepId, boolean>>;
  /** Error and warning findings still in the draft. */
  escalating: number;
  onToggle(step: StepId): void;
  /** Beside a reply box: a click ticks without taking the focus out of the draft. */
  keepFocus?: boolean;
}

/**
 * The seven de-escalation steps of the draft (contract: `data-tactful-step`, `data-done`), each with
 * the words that satisfied it and a line of guidance; a step can be ticked or unticked by hand.
 */
export function Checklist({ steps, manual, escalating, onToggle, keepFocus = false }: Props) {
  const t = useT();
  const titleId = useId();
  const done = STEP_IDS.filter((id) => steps[id].done).length;
  return (
    <section className="checklist" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('checklist.title')} <span className="progress">{t('checklist.progress', { done, total: STEP_IDS.length })}</span>
      </h2>
      <p className={`calm${escalating === 0 ? ' ok' : ''}`} data-tactful-calm={escalating}>
        {escalating === 0 ? t('checklist.calm') : t('checklist.remaining', { count: escalating })}
      </p>
      <ul>
        {STEP_IDS.map((id) => {
          const step = steps[id];
          return (
            <li key={id} data-tactful-step={id} data-done={String(step.done)} data-manual={manual[id] === undefined ? undefined : 'true'}>
              <button
                type="button"
                role="checkbox"
                aria-checked={step.done}
                title={step.done ? t('checklist.markNotDone') : t('checklist.markDone')}
                onMouseDown={keepFocus ? (e) => e.preventDefault() : undefined}
                onClick={() => onToggle(id)}
              >
                <span className="tick" aria-hidden="true">
                  {step.done ? '✓' : ''}
                </span>
                <span className="label">{t(`step.${id}`)}</span>
              </button>
              {step.evidence !== undefined ? <q className="evidence">{step.evidence.text}</q> : <span className="guide">{t(`guide.${id}`)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
