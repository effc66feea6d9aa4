import type { PackRule } from '../../packs/pack';
import { categoryLabel, kindLabel, severityLabel } from './labels';
import type { OptionsTranslate } from './messages';

interface Props {
  t: OptionsTranslate;
  rule: PackRule;
  ignored: boolean;
  setIgnored(ignored: boolean): void;
}

/** One rule of a pack, everything in it shown as text: pack text is never HTML. */
export function RuleView({ t, rule, ignored, setIgnored }: Props) {
  const flag = rule.examples?.flag ?? [];
  const ok = rule.examples?.ok ?? [];
  return (
    <article className={`rule severity-${rule.severity}`} data-tactful-rule={rule.id} data-ignored={ignored ? 'true' : 'false'}>
      <header className="rule-head">
        <code className="rule-id">{rule.id}</code>
        <span className="badge" title={t('options.rule.category')}>
          {categoryLabel(t, rule.category)}
        </span>
        <span className="badge severity" title={t('options.rule.severity')}>
          {severityLabel(t, rule.severity)}
        </span>
        {ignored && <span className="badge ignored">{t('options.rule.ignored')}</span>}
      </header>
      <p className="rule-message">{rule.message}</p>
      <dl className="rule-details">
        {rule.why !== undefined && (
          <>
            <dt>{t('options.rule.why')}</dt>
            <dd>{rule.why}</dd>
          </>
        )}
        <dt>{t('options.rule.patterns')}</dt>
        <dd>
          <ul className="patterns">
            {rule.patterns.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('card.rewrites')}</dt>
        <dd>
          {rule.suggestions.length === 0 ? (
            <span className="muted">{t('options.rule.noRewrites')}</span>
          ) : (
            <ul>
              {rule.suggestions.map((s, i) => (
                <li key={i}>
                  <span className="kind">{kindLabel(t, s.kind)}</span> {s.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {flag.length > 0 && (
          <>
            <dt>{t('options.rule.flag')}</dt>
            <dd>
              <ul className="examples flag">
                {flag.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {ok.length > 0 && (
          <>
            <dt>{t('options.rule.ok')}</dt>
            <dd>
              <ul className="examples ok">
                {ok.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <button type="button" className="quiet" data-tactful-rule-ignore={rule.id} aria-pressed={ignored} onClick={() => setIgnored(!ignored)}>
        {t('card.ignoreRule')}
      </button>
    </article>
  );
}
