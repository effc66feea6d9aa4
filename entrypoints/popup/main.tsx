import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { sendMessage, type DraftSummary } from '../../src/messaging/protocol';
import { createPolicyStore } from '../../src/store/policy-store';
import { createSettingsStore } from '../../src/store/settings-store';
import '../../src/ui/i18n/all';
import { I18nProvider } from '../../src/ui/i18n/react';
import { Popup } from '../../src/ui/popup';
import { CHECKLIST_CSS } from '../../src/ui/styles';
import './style.css';

const settings = createSettingsStore();
const policy = createPolicyStore();

/** The active tab, and its host when it is a web page the content script runs on. */
async function currentTab(): Promise<{ id: number | undefined; host: string | undefined }> {
  // `?tab=ID` shows another tab's draft (the popup opened as a page, as the e2e tests do).
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced > 0 ? [await browser.tabs.get(forced)] : await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url !== undefined ? new URL(tab.url) : undefined;
  return { id: tab?.id, host: url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : undefined };
}

function App({ tabId, host }: { tabId: number | undefined; host: string | undefined }) {
  const [draft, setDraft] = useState<DraftSummary | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    // The draft keeps changing while the popup is open (the agent may type in another window).
    const load = (): void => void sendMessage('getDraft', { tabId }).then(setDraft, () => setDraft(null));
    load();
    const timer = setInterval(load, 500);
    return () => clearInterval(timer);
  }, [tabId]);
  return (
    <Popup
      settings={settings}
      policy={policy}
      host={host}
      draft={draft}
      onToggleStep={(step) => {
        if (tabId !== undefined) void sendMessage('toggleStep', { tabId, step }).then(() => sendMessage('getDraft', { tabId })).then(setDraft);
      }}
      onOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

const style = document.createElement('style');
style.textContent = CHECKLIST_CSS;
document.head.append(style);

void currentTab().then(({ id, host }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider settings={settings}>
        <App tabId={id} host={host} />
      </I18nProvider>
    </StrictMode>,
  );
});
