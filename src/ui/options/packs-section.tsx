import type { ReactNode } from 'react';
import type { Pack } from '../../packs/pack';
import type { Subscription } from '../../packs/subscription';
import { PackItem, type PackActions } from './pack-item';
import type { SectionProps } from './section';
import { SubscribeForm } from './subscribe-form';
import type { SubscriptionActions } from './subscription-actions';
import { SubscriptionItem } from './subscription-item';

export type { PackActions };

interface Props {
  packs: readonly Pack[];
  /** The agent's local packs, listed after the subscribed ones (their load order). */
  local: readonly Pack[];
  actions: PackActions;
  language: string;
  /** The pack subscriptions in effect, listed after the bundled packs. */
  subscriptions?: readonly Subscription[];
  /** What the page can do with subscriptions; without it they are shown but cannot be changed. */
  subscriptionActions?: SubscriptionActions;
  /** Where packs are added (import, new pack). */
  children?: ReactNode;
}

/** The packs in use, in load order (bundled, subscribed, local): a switch for each, its rules, export and editing. */
export function PacksSection(props: SectionProps & Props) {
  const { t, settings, policy, change, language, packs, local, actions, subscriptions = [], subscriptionActions, children } = props;
  const item = { t, settings, policy, change, language, actions };
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
          <SubscriptionItem key={s.url} {...item} subscription={s} subscriptionActions={subscriptionActions} />
        ))}
        {local.map((p) => (
          <PackItem key={`local:${p.id}`} {...item} pack={p} local />
        ))}
      </ul>
      {/* The organization may keep agents to the packs it gives (subscriptions and imports are the agent's own). */}
      {policy.allowOwnPacks && (
        <>
          {subscriptionActions !== undefined && <SubscribeForm t={t} actions={subscriptionActions} />}
          {children}
        </>
      )}
    </section>
  );
}
