import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Popup() {
  return (
    <main style={{ font: '14px system-ui', padding: 12, minWidth: 240 }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Tactful</h1>
      <p>Your tone coach for support replies. Everything runs on this device.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
