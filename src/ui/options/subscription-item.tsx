import { useEffect, useState } from 'react';
import type { Subscription } from '../../packs/subscription';
import type { OptionsTranslate } from './messages';
import { PackItem, type PackActions } from './pack-item';
import { focusSoon, type SectionProps } from './section';
import type { SubscriptionActions } from './subscription-actions';

interface Props {
  subscription: Subscription;
  subscriptionActions: SubscriptionActions | undefined;
  language: string;
  /** Editing a copy (the pack item's own buttons; export is there too). */
  actions?: PackActions;
}

/**
 * A subscribed pack in the pack list: the pack as installed (with its switch and rules, like a bundled
 * one), where it comes from, when it was last checked, and why the last update was not installed.
 * Before any good version arrived there is no pack to show, only the address and the reason.
 */
export function SubscriptionItem(props: SectionProps & Props) {
  const { subscription: s } = props;
  const status = <SubscriptionStatus {...props} />;
  if (s.good !== undefined) {
    return (
      <PackItem {...props} pack={s.good.pack} attributes={{ 'data-tactful-subscription': s.url }}>
        {status}
      </PackItem>
    );
  }
  return (
    <li className="pack" data-tactful-subscription={s.url} data-installed="false">
      <h3>
        <code>{s.url}</code>
      </h3>
      {status}
    </li>
  );
}

const when = (t: OptionsTranslate, language: string, ms: number | undefined) =>
  ms === undefined ? <span>{t('options.subs.never')}</span> : <time dateTime={new Date(ms).toISOString()}>{new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms)}</time>;

function SubscriptionStatus({ t, subscription: s, subscriptionActions: actions, language }: SectionProps & Props) {
  const [busy, setBusy] = useState<'check' | 'unsubscribe' | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [access, setAccess] = useState<boolean | null>(null);
  const failed = s.lastError !== undefined;
  useEffect(() => {
    if (actions !== undefined && failed) void actions.hasAccess(s.url).then(setAccess);
  }, [actions, failed, s.url, s.lastChecked]);
  const origin = new URL(s.url).origin;
  const run = (kind: 'check' | 'unsubscribe', job: () => Promise<{ problems: string[] } | void>): void => {
    setBusy(kind);
    void job()
      .then((r) => setProblems(r?.problems ?? []), (e: unknown) => setProblems([String(e)]))
      .finally(() => setBusy(null));
  };
  return (
    <div className="subscription" data-tactful-subscription-status="">
      <dl className="facts">
        <div>
          <dt>{t('options.subs.from')}</dt>
          <dd>
            <code data-tactful-sub-url="">{s.url}</code>
          </dd>
        </div>
        <div>
          <dt>{t('options.subs.checked')}</dt>
          <dd data-tactful-sub-checked="">{when(t, language, s.lastChecked)}</dd>
        </div>
        {s.good !== undefined && (
          <div>
            <dt>{t('options.subs.inUse')}</dt>
            <dd data-tactful-sub-good={s.good.version}>
              {s.good.version}, {when(t, language, s.good.fetchedAt)}
            </dd>
          </div>
        )}
      </dl>
      <p className="badges">
        {s.managed === true && <span className="badge">{t('options.subs.managed')}</span>}
        {s.publicKey !== undefined && <span className="badge" data-tactful-sub-signed="">{t('options.subs.signed')}</span>}
        {s.pin !== undefined && <span className="badge">{t('options.subs.pinned')}</span>}
      </p>
      {failed && (
        <div className="problems" role="status" data-tactful-sub-error="">
          <span>{s.good !== undefined ? t('options.subs.keeping', { version: s.good.version }) : t('options.subs.notInstalled')}</span>
          <p className="problem-text">{s.lastError}</p>
          {access === false && (
            <p>
              {t('options.subs.noAccess', { origin })}{' '}
              <button type="button" data-tactful-sub-allow="" onClick={() => void actions?.requestAccess(s.url)}>
                {t('options.subs.allow', { origin })}
              </button>
            </p>
          )}
        </div>
      )}
      {actions !== undefined && (
        <div className="actions">
          <button type="button" data-tactful-sub-check="" disabled={busy !== null} aria-busy={busy === 'check'} onClick={() => run('check', () => actions.check(s.url))}>
            {busy === 'check' ? t('options.subs.checking') : t('options.subs.check')}
          </button>
          {s.managed !== true && (
            <button
              type="button"
              data-tactful-sub-unsubscribe=""
              disabled={busy !== null}
              onClick={() =>
                run('unsubscribe', async () => {
                  const r = await actions.unsubscribe(s.url);
                  if (r.problems.length === 0) focusSoon(() => document.getElementById('packs-title'));
                  return r;
                })
              }
            >
              {t('options.subs.unsubscribe')}
            </button>
          )}
        </div>
      )}
      {problems.length > 0 && (
        <ul className="problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
