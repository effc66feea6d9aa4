export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // The in-page coach (reply boxes, marks, rewrites) is its own issue; until then the content
    // script loads nothing into pages.
  },
});
