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
  pack: Pack;
  language: string;
  /** One of the agent's local packs: it can be edited and removed. */
  local?: boolean;
  /** Editing and removing; without them (or when the policy allows no packs of the agent's own) only export. */
  actions?: PackActions;
  /** Added to the item: a subscription's status and buttons. */
  children?: ReactNode;
  /** Marks the item for tests and styles. */
  attributes?: Record<`data-${string}`, string>;
}

/** One pack: what it is, its switch, its rules to read, export, and for the agent's own packs editing. */
export function PackItem({ t, settings, policy, change, pack, language, local = false, actions, children, attributes }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // A pack the organization locks is in force whatever the settings say, so it shows as on.
  const locked = policy.lockedPacks.includes(pack.id);
  const on = locked || !settings.disabledPacks.includes(pack.id);
  return (
    <li className="pack" data-tactful-pack={pack.id} data-local={local ? 'true' : 'false'} data-enabled={on ? 'true' : 'false'} data-locked={locked ? 'true' : undefined} {...attributes}>
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
            disabled={locked}
            aria-labelledby={`${id}-use ${id}-name`}
            aria-describedby={locked ? `${id}-locked` : undefined}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              change((s) => setPackEnabled(s, pack.id, next));
            }}
          />
          <span id={`${id}-use`}>{t('options.packs.use')}</span>
          {locked && (
            <span id={`${id}-locked`} className="locked" data-tactful-locked="">
              {t('policy.managed')}
            </span>
          )}
        </label>
      </div>
      {children}
      <div className="pack-actions">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-rules`} data-tactful-pack-rules={pack.id} onClick={() => setOpen(!open)}>
          {open ? t('options.packs.hide') : t('options.packs.show')}
        </button>
        <button type="button" data-tactful-pack-export={pack.id} aria-label={t('options.local.exportLabel', { name: pack.name })} onClick={() => downloadPack(pack)}>
          {t('options.local.export')}
        </button>
        {actions !== undefined && policy.allowOwnPacks && (
          <>
            {local && (
              <button type="button" data-tactful-pack-edit={pack.id} onClick={() => actions.edit(pack, false)}>
                {t('options.local.edit')}
              </button>
            )}
            <button type="button" data-tactful-pack-copy={pack.id} onClick={() => actions.edit(pack, true)}>
              {t('options.local.copy')}
            </button>
          </>
        )}
        {actions !== undefined && local && (
          <button type="button" data-tactful-pack-remove={pack.id} aria-label={t('options.local.removeLabel', { name: pack.name })} onClick={() => actions.remove(pack)}>
            {t('options.local.remove')}
          </button>
        )}
      </div>
      <div id={`${id}-rules`} hidden={!open}>
        {open && <RuleBrowser t={t} settings={settings} policy={policy} change={change} rules={pack.rules} />}
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
