import { enableSite } from './changes';
import { focusSoon, type SectionProps } from './section';

/**
 * Sites where the agent switched Tactful off, each with a way back on; then the sites the organization
 * keeps on or off, locked.
 */
export function SitesSection({ t, settings, policy, change }: SectionProps) {
  const hosts = settings.disabledSites;
  const enable = (index: number, host: string): void => {
    change((s) => enableSite(s, host));
    const next = hosts[index + 1] ?? hosts[index - 1];
    focusSoon(() => (next !== undefined ? document.querySelector<HTMLElement>(`[data-tactful-enable-site="${CSS.escape(next)}"]`) : document.getElementById('sites-title')));
  };
  const managed = [...policy.sitesAlwaysOff.map((host) => ({ host, mode: 'off' as const })), ...policy.sitesAlwaysOn.map((host) => ({ host, mode: 'on' as const }))];
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title" tabIndex={-1}>
        {t('options.sites.title')}
      </h2>
      {hosts.length === 0 ? (
        <p className="muted">{t('options.sites.empty')}</p>
      ) : (
        <ul className="plain-list">
          {hosts.map((host, i) => (
            <li key={host} data-tactful-disabled-site={host}>
              <span className="host">{host}</span>
              <button type="button" data-tactful-enable-site={host} aria-label={t('options.sites.enableLabel', { host })} onClick={() => enable(i, host)}>
                {t('options.sites.enable')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {managed.length > 0 && (
        <>
          <h3 id="policy-sites-title">{t('policy.sitesTitle')}</h3>
          <ul className="plain-list" aria-labelledby="policy-sites-title">
            {managed.map(({ host, mode }) => (
              <li key={`${mode} ${host}`} data-tactful-policy-site={host} data-mode={mode} data-locked="true">
                <span className="host">{host}</span>
                <span className="locked">{mode === 'on' ? t('policy.siteAlwaysOn') : t('policy.siteAlwaysOff')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
