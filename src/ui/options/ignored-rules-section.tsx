import { useMemo } from 'react';
import type { Pack, PackRule } from '../../packs/pack';
import { ownPhraseOfRule, setRuleIgnored } from './changes';
import { focusSoon, type SectionProps } from './section';

/** Rules the agent chose never to see again, each with a way back. */
export function IgnoredRulesSection({ t, settings, change, packs }: SectionProps & { packs: readonly Pack[] }) {
  const rules = useMemo(() => new Map<string, { rule: PackRule; pack: Pack }>(packs.flatMap((pack) => pack.rules.map((rule) => [rule.id, { rule, pack }] as const))), [packs]);
  const ids = settings.ignoredRules;
  const unignore = (index: number, id: string): void => {
    change((s) => setRuleIgnored(s, id, false));
    const next = ids[index + 1] ?? ids[index - 1];
    focusSoon(() => (next !== undefined ? document.querySelector<HTMLElement>(`[data-tactful-unignore-rule="${CSS.escape(next)}"]`) : document.getElementById('ignored-title')));
  };
  return (
    <section aria-labelledby="ignored-title">
      <h2 id="ignored-title" tabIndex={-1}>
        {t('options.ignored.title')}
      </h2>
      <p className="lead">{t('options.ignored.intro', { action: t('card.ignoreRule') })}</p>
      {ids.length === 0 ? (
        <p className="muted">{t('options.ignored.empty')}</p>
      ) : (
        <ul className="plain-list">
          {ids.map((id, i) => {
            const known = rules.get(id);
            const own = ownPhraseOfRule(settings, id);
            return (
              <li key={id} data-tactful-ignored-rule={id}>
                <div>
                  <code>{id}</code>
                  <span className="muted">
                    {known !== undefined
                      ? ` — ${known.rule.message} (${known.pack.name})`
                      : own !== undefined
                        ? ` — ${t('options.ignored.own', { phrase: own.phrase })}`
                        : ` — ${t('options.ignored.unknown')}`}
                  </span>
                </div>
                <button type="button" data-tactful-unignore-rule={id} aria-label={t('options.ignored.unignoreLabel', { rule: id })} onClick={() => unignore(i, id)}>
                  {t('options.ignored.unignore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
