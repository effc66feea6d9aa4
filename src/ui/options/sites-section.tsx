import { enableSite } from './changes';
import { focusSoon, type SectionProps } from './section';

/** Sites where the agent switched Tactful off, each with a way back on. */
export function SitesSection({ t, settings, change }: SectionProps) {
  const hosts = settings.disabledSites;
  const enable = (index: number, host: string): void => {
    change((s) => enableSite(s, host));
    const next = hosts[index + 1] ?? hosts[index - 1];
    focusSoon(() => (next !== undefined ? document.querySelector<HTMLElement>(`[data-tactful-enable-site="${CSS.escape(next)}"]`) : document.getElementById('sites-title')));
  };
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
    </section>
  );
}
