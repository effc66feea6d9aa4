import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import type { Pack, PackRule } from '../../packs/pack';
import { setPackEnabled, setRuleIgnored } from './changes';
import { downloadPack } from './download-pack';
import { languageName } from './labels';
import { RuleView } from './rule-view';
import type { SectionProps } from './section';

/** What the agent can do with packs beyond switching them: edit a copy of any, edit and remove their own. */
export interface PackActions {
  edit(pack: Pack, asCopy: boolean): void;
  remove(pack: Pack): void;
}

interface Props extends SectionProps {
  packs: readonly Pack[];
  /** The agent's local packs, listed after the bundled ones (their load order). */
  local: readonly Pack[];
  actions: PackActions;
  language: string;
  /** Where packs are added (import, new pack). */
  children?: ReactNode;
}

/** The packs in use: what each is, a switch for each, its rules to read, and export and editing. */
export function PacksSection({ packs, local, children, ...props }: Props) {
  const { t } = props;
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title" tabIndex={-1}>
        {t('options.packs.title')}
      </h2>
      <p className="lead">{t('options.packs.intro')}</p>
      <ul className="packs">
        {packs.map((p) => (
          <PackItem key={p.id} {...props} pack={p} local={false} />
        ))}
        {local.map((p) => (
          <PackItem key={`local:${p.id}`} {...props} pack={p} local={true} />
        ))}
      </ul>
      {children}
    </section>
  );
}

function PackItem({ t, settings, change, pack, language, local, actions }: Omit<Props, 'packs' | 'local'> & { pack: Pack; local: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const on = !settings.disabledPacks.includes(pack.id);
  return (
    <li className="pack" data-tactful-pack={pack.id} data-local={local ? 'true' : 'false'} data-enabled={on ? 'true' : 'false'}>
      <div className="pack-head">
        <div className="pack-about">
          <h3 id={`${id}-name`}>
            {pack.name} {local && <span className="badge">{t('options.local.badge')}</span>}
          </h3>
          {pack.description !== undefined && <p className="muted">{pack.description}</p>}
          <dl className="facts">
            <div>
              <dt>{t('options.packs.language')}</dt>
              <dd>{languageName(pack.language, language)}</dd>
            </div>
            <div>
              <dt>{t('options.packs.version')}</dt>
              <dd>{pack.version}</dd>
            </div>
            <div>
              <dt>{t('options.packs.rules')}</dt>
              <dd>{pack.rules.length}</dd>
            </div>
          </dl>
        </div>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-tactful-pack-toggle={pack.id}
            checked={on}
            aria-labelledby={`${id}-use ${id}-name`}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              change((s) => setPackEnabled(s, pack.id, next));
            }}
          />
          <span id={`${id}-use`}>{t('options.packs.use')}</span>
        </label>
      </div>
      <div className="pack-actions">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-rules`} data-tactful-pack-rules={pack.id} onClick={() => setOpen(!open)}>
          {open ? t('options.packs.hide') : t('options.packs.show')}
        </button>
        <button type="button" data-tactful-pack-export={pack.id} aria-label={t('options.local.exportLabel', { name: pack.name })} onClick={() => downloadPack(pack)}>
          {t('options.local.export')}
        </button>
        {local && (
          <button type="button" data-tactful-pack-edit={pack.id} onClick={() => actions.edit(pack, false)}>
            {t('options.local.edit')}
          </button>
        )}
        <button type="button" data-tactful-pack-copy={pack.id} onClick={() => actions.edit(pack, true)}>
          {t('options.local.copy')}
        </button>
        {local && (
          <button type="button" data-tactful-pack-remove={pack.id} aria-label={t('options.local.removeLabel', { name: pack.name })} onClick={() => actions.remove(pack)}>
            {t('options.local.remove')}
          </button>
        )}
      </div>
      <div id={`${id}-rules`} hidden={!open}>
        {open && <RuleBrowser t={t} settings={settings} change={change} rules={pack.rules} />}
      </div>
    </li>
  );
}

const haystack = (r: PackRule): string =>
  [r.id, r.category, r.message, r.why ?? '', ...r.patterns, ...r.suggestions.map((s) => s.text), ...(r.examples?.flag ?? []), ...(r.examples?.ok ?? [])].join('\n').toLowerCase();

function RuleBrowser({ t, settings, change, rules }: SectionProps & { rules: readonly PackRule[] }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const shown = deferred === '' ? rules : rules.filter((r) => haystack(r).includes(deferred));
  return (
    <div className="rule-browser">
      <label className="field">
        <span>{t('options.packs.filter')}</span>
        <input type="search" className="filter" data-tactful-rule-filter="" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <p className="count" aria-live="polite">
        {shown.length === 0 ? t('options.packs.noMatch', { query: query.trim() }) : `${shown.length} / ${rules.length}`}
      </p>
      <ol className="rules">
        {shown.map((r) => (
          <li key={r.id}>
            <RuleView t={t} rule={r} ignored={settings.ignoredRules.includes(r.id)} setIgnored={(on) => change((s) => setRuleIgnored(s, r.id, on))} />
          </li>
        ))}
      </ol>
    </div>
  );
}
