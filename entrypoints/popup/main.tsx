import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSettingsStore } from '../../src/store/settings-store';
import { Popup } from '../../src/ui/popup';
import './style.css';

/** The active tab's host, when it is a web page the content script runs on. */
async function currentHost(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url !== undefined ? new URL(tab.url) : undefined;
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : undefined;
}

void currentHost().then((host) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Popup settings={createSettingsStore()} host={host} />
    </StrictMode>,
  );
});
