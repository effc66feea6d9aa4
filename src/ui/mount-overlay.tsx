import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import type { CoachActions, CoachState } from '../store/coach-store';
import type { SettingsState } from '../store/settings-store';
import './i18n/all';
import { I18nProvider } from './i18n/react';
import { Overlay } from './overlay';
import { OVERLAY_CSS } from './styles';

export interface MountedOverlay {
  /** The overlay's shadow root: also where fields are measured, out of the page's styles. */
  root: ShadowRoot;
  unmount(): void;
}

/**
 * Draws the overlay in an open shadow root of a `<tactful-coach>` element at the end of the
 * document, outside any editor's content, so pages cannot restyle it and editors never see it.
 */
export function mountOverlay(doc: Document, store: StoreApi<CoachState>, actions: CoachActions, settings: StoreApi<SettingsState>): MountedOverlay {
  const host = doc.createElement('tactful-coach');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);
  const react = createRoot(container);
  react.render(
    <StrictMode>
      <I18nProvider settings={settings}>
        <Overlay store={store} actions={actions} />
      </I18nProvider>
    </StrictMode>,
  );
  return {
    root,
    unmount() {
      react.unmount();
      host.remove();
    },
  };
}
