import { useId, useRef, useState } from 'react';
import type { OptionsTranslate } from './messages';
import type { SubscriptionActions } from './subscription-actions';

/**
 * Subscribing to a team pack by its address, with an optional sha256 pin and public key. The browser
 * is asked for the address's origin in the submit handler itself (a permission request needs the
 * user's gesture); the subscription goes ahead whatever the answer (docs/team-leads.md).
 */
export function SubscribeForm({ t, actions }: { t: OptionsTranslate; actions: SubscriptionActions }) {
  const id = useId();
  const urlInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [pin, setPin] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <form
      className="subscribe"
      aria-labelledby={`${id}-title`}
      data-tactful-subscribe-form=""
      onSubmit={(e) => {
        e.preventDefault();
        if (busy || url.trim() === '') return;
        setBusy(true);
        actions
          .subscribe({ url, pin, publicKey })
          .then(
            (r) => {
              setProblems(r.problems);
              if (r.problems.length === 0) {
                setUrl('');
                setPin('');
                setPublicKey('');
              }
            },
            (err: unknown) => setProblems([String(err)]),
          )
          .finally(() => {
            setBusy(false);
            urlInput.current?.focus();
          });
      }}
    >
      <h3 id={`${id}-title`}>{t('options.subs.new')}</h3>
      <p className="lead">{t('options.subs.intro')}</p>
      <div className="own-fields">
        <label className="field grow">
          <span>{t('options.subs.url')}</span>
          <input ref={urlInput} type="url" data-tactful-subscribe-url="" value={url} placeholder="https://" aria-describedby={`${id}-problems`} onChange={(e) => setUrl(e.currentTarget.value)} />
        </label>
      </div>
      <div className="own-fields">
        <label className="field grow">
          <span>{t('options.subs.pin')}</span>
          <input type="text" data-tactful-subscribe-pin="" value={pin} spellCheck={false} onChange={(e) => setPin(e.currentTarget.value)} />
        </label>
        <label className="field grow">
          <span>{t('options.subs.key')}</span>
          <input type="text" data-tactful-subscribe-key="" value={publicKey} spellCheck={false} onChange={(e) => setPublicKey(e.currentTarget.value)} />
        </label>
        <button type="submit" data-tactful-subscribe="" disabled={busy || url.trim() === ''} aria-busy={busy}>
          {busy ? t('options.subs.subscribing') : t('options.subs.subscribe')}
        </button>
      </div>
      <ul id={`${id}-problems`} className="problems" aria-live="polite">
        {problems.map((p, i) => (
          <li key={i} data-tactful-subscribe-problem="">
            {p}
          </li>
        ))}
      </ul>
    </form>
  );
}
