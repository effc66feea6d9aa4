import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { StepId } from '../engine/types';
import type { DraftSummary } from '../messaging/protocol';
import { sitePolicy } from '../store/policy';
import type { PolicyState } from '../store/policy-store';
import { activeOn } from '../store/settings';
import type { SettingsState } from '../store/settings-store';
import { Checklist } from './checklist';
import { useT } from './i18n/react';

interface Props {
  settings: StoreApi<SettingsState>;
  /** The organization's policy: a site it keeps on or off has no switch the agent can use. */
  policy: StoreApi<PolicyState>;
  /** The current tab's host name, or undefined on pages Tactful never runs on (browser pages). */
  host: string | undefined;
  /** The tab's focused draft, when there is one. */
  draft: DraftSummary | null;
  onToggleStep(step: StepId): void;
  onOptions(): void;
}

/** The toolbar popup: the draft's checklist, Tactful on or off for this site, pause everywhere. */
export function Popup({ settings, policy, host, draft, onToggleStep, onOptions }: Props) {
  const t = useT();
  const { settings: s, loaded, repaired, update } = useStore(settings);
  const { policy: p, loaded: policyLoaded } = useStore(policy);
  if (!loaded || !policyLoaded) return <main className="popup" aria-busy="true" />;
  const fixed = host === undefined ? undefined : sitePolicy(p, host);
  const siteOn = host !== undefined && fixed !== 'off' && (fixed === 'on' || !s.disabledSites.includes(host));
  return (
    <main className="popup">
      <h1>Tactful</h1>
      {repaired && <p role="alert">{t('settings.repaired')}</p>}
      <p className="status" data-tactful-status={host !== undefined && activeOn(s, host, p) ? 'on' : 'off'}>
        {host === undefined
          ? t('popup.notHere')
          : fixed === 'off'
            ? t('policy.offSite', { host })
            : s.paused
              ? t('popup.pausedEverywhere')
              : siteOn
                ? t('popup.onSite', { host })
                : t('popup.offSite', { host })}
      </p>
      {draft !== null ? (
        <Checklist steps={draft.steps} manual={draft.manual} escalating={draft.escalating} onToggle={onToggleStep} />
      ) : (
        host !== undefined && <p className="hint">{t('checklist.noDraft')}</p>
      )}
      {host !== undefined && (
        <label className="row" data-locked={fixed !== undefined ? 'true' : undefined}>
          <input
            type="checkbox"
            data-tactful-site-toggle=""
            checked={siteOn}
            disabled={fixed !== undefined}
            aria-describedby={fixed !== undefined ? 'site-locked' : undefined}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void update((x) => ({ ...x, disabledSites: on ? x.disabledSites.filter((h) => h !== host) : [...new Set([...x.disabledSites, host])] }));
            }}
          />
          {t('popup.siteToggle')}
          {fixed !== undefined && (
            <span id="site-locked" className="hint" data-tactful-site-locked="">
              {t('policy.siteLocked')}
            </span>
          )}
        </label>
      )}
      <label className="row">
        <input type="checkbox" data-tactful-pause="" checked={s.paused} onChange={(e) => void update((x) => ({ ...x, paused: e.currentTarget.checked }))} />
        {t('popup.pause')}
      </label>
      {s.ignoredRules.length > 0 && (
        <p className="row">
          {t('popup.ignored', { count: s.ignoredRules.length })}{' '}
          <button type="button" data-tactful-unignore="" onClick={() => void update((x) => ({ ...x, ignoredRules: [] }))}>
            {t('popup.unignore')}
          </button>
        </p>
      )}
      <p className="footer">
        <span className="privacy">{t('popup.privacy')}</span>{' '}
        <button type="button" className="link" onClick={onOptions}>
          {t('popup.options')}
        </button>
      </p>
    </main>
  );
}
