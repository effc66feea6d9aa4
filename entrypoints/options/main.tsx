import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/i18n/all';
import { createPolicyStore } from '../../src/store/policy-store';
import { createLocalPacksStore } from '../../src/store/local-packs-store';
import { createSettingsStore } from '../../src/store/settings-store';
import { createSubscriptionsStore } from '../../src/store/subscriptions-store';
import { BUNDLED_PACKS } from '../../src/ui/options/bundled-packs';
import { Options } from '../../src/ui/options/options';
import { browserSubscriptionActions } from '../../src/ui/options/subscription-actions';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options
      settings={createSettingsStore()}
      policy={createPolicyStore()}
      localPacks={createLocalPacksStore()}
      packs={BUNDLED_PACKS}
      browserLanguages={navigator.languages}
      subscriptions={createSubscriptionsStore()}
      subscriptionActions={browserSubscriptionActions()}
    />
  </StrictMode>,
);
