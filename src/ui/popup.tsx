import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { activeOn } from '../store/settings';
import type { SettingsState } from '../store/settings-store';

interface Props {
  settings: StoreApi<SettingsState>;
  /** The current tab's host name, or undefined on pages Tactful never runs on (browser pages). */
  host: string | undefined;
}

/** The toolbar popup: Tactful on or off for this site, pause everywhere, forgotten ignores. */
export function Popup({ settings, host }: Props) {
  const { settings: s, loaded, update } = useStore(settings);
  if (!loaded) return <main className="popup" aria-busy="true" />;
  const siteOn = host !== undefined && !s.disabledSites.includes(host);
  return (
    <main className="popup">
      <h1>Tactful</h1>
      <p className="status" data-tactful-status={host !== undefined && activeOn(s, host) ? 'on' : 'off'}>
        {s.paused ? 'Paused everywhere.' : host === undefined ? 'Tactful does not run on this page.' : siteOn ? `Coaching replies on ${host}.` : `Off on ${host}.`}
      </p>
      {host !== undefined && (
        <label className="row">
          <input
            type="checkbox"
            data-tactful-site-toggle=""
            checked={siteOn}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void update((x) => ({ ...x, disabledSites: on ? x.disabledSites.filter((h) => h !== host) : [...new Set([...x.disabledSites, host])] }));
            }}
          />
          On for this site
        </label>
      )}
      <label className="row">
        <input type="checkbox" data-tactful-pause="" checked={s.paused} onChange={(e) => void update((x) => ({ ...x, paused: e.currentTarget.checked }))} />
        Pause everywhere
      </label>
      {s.ignoredRules.length > 0 && (
        <p className="row">
          {s.ignoredRules.length} rule{s.ignoredRules.length === 1 ? '' : 's'} ignored.{' '}
          <button type="button" data-tactful-unignore="" onClick={() => void update((x) => ({ ...x, ignoredRules: [] }))}>
            Flag them again
          </button>
        </p>
      )}
      <p className="privacy">Everything runs on this device; nothing you type leaves the browser.</p>
    </main>
  );
}
