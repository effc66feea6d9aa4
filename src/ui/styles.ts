/** The checklist, shared by the panel beside the reply box and the popup. */
export const CHECKLIST_CSS = `
.checklist { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #202124; }
.checklist h2 { font-size: 13px; font-weight: 600; margin: 0 0 4px; display: flex; justify-content: space-between; gap: 8px; }
.checklist .progress { font-weight: 400; color: #5f6368; }
.checklist .calm { margin: 0 0 6px; color: #b3261e; }
.checklist .calm.ok { color: #137333; }
.checklist ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.checklist li button { all: unset; box-sizing: border-box; display: flex; gap: 6px; align-items: center; width: 100%; cursor: pointer; border-radius: 4px; padding: 2px 4px; }
.checklist li button:focus-visible { outline: 2px solid #1a73e8; }
.checklist .tick { display: inline-grid; place-items: center; width: 16px; height: 16px; border: 1.5px solid #80868b; border-radius: 4px; font-size: 12px; color: #fff; flex: none; }
.checklist li[data-done="true"] .tick { background: #137333; border-color: #137333; }
.checklist .evidence, .checklist .guide { display: block; margin: 0 0 2px 26px; font-size: 12px; color: #5f6368; }
.checklist .evidence { font-style: italic; }
@media (prefers-color-scheme: dark) {
  .checklist { color: #e8eaed; }
  .checklist .progress, .checklist .evidence, .checklist .guide { color: #9aa0a6; }
  .checklist .calm { color: #f28b82; }
  .checklist .calm.ok { color: #81c995; }
}
`;

/** The overlay's own styles, inside its shadow root so pages cannot restyle it and it cannot leak. */
export const OVERLAY_CSS = `${CHECKLIST_CSS}
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.stale .mark { visibility: hidden; }
.mark { position: absolute; pointer-events: none; }
.seg { position: absolute; box-sizing: border-box; pointer-events: auto; cursor: pointer; border-bottom: 2px solid var(--c); background: transparent; }
.seg:hover { background: color-mix(in srgb, var(--c) 12%, transparent); }
.error { --c: #d93025; }
.warning { --c: #e37400; }
.hint .seg { border-bottom-style: dotted; }
.hint { --c: #1a73e8; }
.card {
  position: fixed; pointer-events: auto; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 12px;
  max-height: calc(100vh - 8px); overflow: auto;
}
.card h2 { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--c); margin: 0 0 4px; }
.card p { margin: 0 0 8px; }
.card .flagged { font-weight: 600; }
.card ul { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
.card button { font: inherit; cursor: pointer; border-radius: 6px; }
.card .rewrite { width: 100%; text-align: left; padding: 6px 8px; border: 1px solid #dadce0; background: #f8f9fa; color: inherit; }
.card .rewrite:hover, .card .rewrite:focus-visible { background: #e8f0fe; border-color: #1a73e8; outline: none; }
.card .kind { display: block; font-size: 11px; color: #5f6368; }
.card .actions { display: flex; gap: 8px; justify-content: flex-end; }
.card .quiet { border: none; background: none; color: #1a73e8; padding: 4px 6px; }
.card .quiet:focus-visible { outline: 2px solid #1a73e8; }
.card .problem { color: #d93025; }
.badge {
  position: fixed; pointer-events: auto; box-sizing: border-box; border: 1px solid #dadce0; border-radius: 12px;
  font: 600 12px/1 system-ui, sans-serif; color: #137333; background: #fff; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.15);
}
.badge.warn { color: #b3261e; }
.badge:focus-visible { outline: 2px solid #1a73e8; }
.panel {
  position: fixed; pointer-events: auto; box-sizing: border-box; width: 300px; max-width: calc(100vw - 8px); max-height: 330px; overflow: auto;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px;
}
.deescalate { font: inherit; font-size: 13px; cursor: pointer; border: 1px solid #1a73e8; border-radius: 6px; background: none; color: #1a73e8; padding: 4px 8px; }
.panel > .deescalate { margin-top: 8px; width: 100%; }
.card .actions .deescalate { margin-right: auto; }
.deescalate:focus-visible { outline: 2px solid #1a73e8; }
.rewrite-panel { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #202124; }
.rewrite-panel h2 { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 6px; }
.rewrite-panel .draft { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #dadce0; border-radius: 6px; padding: 8px; margin-bottom: 8px; }
.rewrite-panel ins { text-decoration: none; background: #e6f4ea; color: #0d652d; cursor: pointer; }
.rewrite-panel del { color: #a50e0e; background: #fce8e6; cursor: pointer; }
.rewrite-panel .kept { text-decoration: underline dotted; cursor: pointer; }
.rewrite-panel .changes { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 2px; }
.rewrite-panel .changes button { all: unset; box-sizing: border-box; display: flex; gap: 6px; align-items: center; width: 100%; cursor: pointer; border-radius: 4px; padding: 2px 4px; font-size: 13px; }
.rewrite-panel .changes button:focus-visible { outline: 2px solid #1a73e8; }
.rewrite-panel .tick { display: inline-grid; place-items: center; width: 14px; height: 14px; border: 1px solid #5f6368; border-radius: 3px; font-size: 11px; flex: none; }
.rewrite-panel .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; position: sticky; bottom: -10px; padding: 6px 0 2px; background: inherit; }
.rewrite-panel .actions button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 8px; }
.rewrite-panel .quiet { border: none; background: none; color: #1a73e8; }
.rewrite-panel .primary { border: 1px solid #1a73e8; background: #1a73e8; color: #fff; }
.rewrite-panel .problem { color: #d93025; }
.rewrite-panel .status { color: #5f6368; }
@media (prefers-color-scheme: dark) {
  .rewrite-panel { color: #e8eaed; }
  .rewrite-panel ins { background: #0d652d; color: #e6f4ea; }
  .rewrite-panel del { background: #8c1d18; color: #fce8e6; }
  .deescalate, .rewrite-panel .quiet { color: #8ab4f8; border-color: #8ab4f8; }
  .card { color: #e8eaed; background: #292a2d; border-color: #5f6368; }
  .card .rewrite { background: #35363a; border-color: #5f6368; }
  .card .rewrite:hover, .card .rewrite:focus-visible { background: #394457; border-color: #8ab4f8; }
  .card .kind { color: #9aa0a6; }
  .card .quiet { color: #8ab4f8; }
  .badge, .panel { background: #292a2d; border-color: #5f6368; }
}
`;
