import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import type { CoachActions, CoachState } from '../store/coach-store';
import type { SettingsState } from '../store/settings-store';
import './i18n/all';
import { I18nProvider } from './i18n/react';
import { liftedFrame } from './lifted-frame';
import { LiftedRewrite } from './lifted-rewrite';
import { Overlay } from './overlay';
import { OVERLAY_CSS } from './styles';

export interface MountedOverlay {
  /** The overlay's shadow root: also where fields are measured, out of the page's styles. */
  root: ShadowRoot;
  unmount(): void;
}

/** A `<tactful-coach>` element at the end of a document, with our styles in its open shadow root. */
function overlayHost(doc: Document): { host: HTMLElement; root: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement('tactful-coach');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);
  return { host, root, container };
}

/**
 * Draws the overlay in an open shadow root of a `<tactful-coach>` element at the end of the
 * document, outside any editor's content, so pages cannot restyle it and editors never see it. In a
 * same-origin frame the rewrite preview goes to the top-most same-origin document instead (see
 * ./lifted-rewrite.tsx); marks, card and checklist stay with the reply box.
 */
export function mountOverlay(doc: Document, store: StoreApi<CoachState>, actions: CoachActions, settings: StoreApi<SettingsState>): MountedOverlay {
  const own = overlayHost(doc);
  const frame = liftedFrame(doc);
  const wrap = (node: ReactNode) => (
    <StrictMode>
      <I18nProvider settings={settings}>{node}</I18nProvider>
    </StrictMode>
  );
  const react = createRoot(own.container);
  react.render(wrap(<Overlay store={store} actions={actions} previewHere={frame === null} />));
  let lifted: { host: HTMLElement; react: Root } | undefined;
  if (frame !== null) {
    const top = overlayHost(frame.doc);
    lifted = { host: top.host, react: createRoot(top.container) };
    lifted.react.render(wrap(<LiftedRewrite store={store} actions={actions.rewrite} frame={frame} />));
  }
  const unmount = (): void => {
    react.unmount();
    own.host.remove();
    lifted?.react.unmount();
    lifted?.host.remove();
    lifted = undefined;
  };
  // A frame that goes away (the helpdesk closes the editor) takes its script along, but not what it
  // drew in the ancestor document.
  doc.defaultView?.addEventListener('pagehide', () => {
    lifted?.react.unmount();
    lifted?.host.remove();
    lifted = undefined;
  }, { once: true });
  return { root: own.root, unmount };
}
