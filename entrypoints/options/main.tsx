import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/i18n/all';
import { createLocalPacksStore } from '../../src/store/local-packs-store';
import { createSettingsStore } from '../../src/store/settings-store';
import { BUNDLED_PACKS } from '../../src/ui/options/bundled-packs';
import { Options } from '../../src/ui/options/options';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options settings={createSettingsStore()} localPacks={createLocalPacksStore()} packs={BUNDLED_PACKS} browserLanguages={navigator.languages} />
  </StrictMode>,
);
