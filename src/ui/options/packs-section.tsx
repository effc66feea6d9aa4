import type { Pack } from '../../packs/pack';
import type { Subscription } from '../../packs/subscription';
import { PackItem } from './pack-item';
import type { SectionProps } from './section';
import { SubscribeForm } from './subscribe-form';
import type { SubscriptionActions } from './subscription-actions';
import { SubscriptionItem } from './subscription-item';

interface Props {
  packs: readonly Pack[];
  language: string;
  /** The pack subscriptions in effect, listed after the bundled packs. */
  subscriptions?: readonly Subscription[];
  /** What the page can do with subscriptions; without it they are shown but cannot be changed. */
  actions?: SubscriptionActions;
}

/** The bundled and subscribed packs: what each is, a switch for each, and its rules to read. */
export function PacksSection(props: SectionProps & Props) {
  const { t, settings, policy, change, language, packs, subscriptions = [], actions } = props;
  const item = { t, settings, policy, change, language };
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title" tabIndex={-1}>
        {t('options.packs.title')}
      </h2>
      <p className="lead">{t('options.packs.intro')}</p>
      <ul className="packs">
        {packs.map((p) => (
          <PackItem key={p.id} {...item} pack={p} />
        ))}
        {subscriptions.map((s) => (
          <SubscriptionItem key={s.url} {...item} subscription={s} actions={actions} />
        ))}
      </ul>
      {/* The organization may keep agents to the packs it gives (subscriptions are the agent's own). */}
      {actions !== undefined && policy.allowOwnPacks && <SubscribeForm t={t} actions={actions} />}
    </section>
  );
}
