/**
 * A reply box inside a same-origin frame (TinyMCE's editing iframe, `about:srcdoc` editors) leaves
 * little room for a panel inside the frame. The top-most ancestor document this frame's script may
 * reach has the room; this says where the frame's viewport sits in it.
 */
export interface LiftedFrame {
  /** The top-most same-origin ancestor document. */
  doc: Document;
  /** Its window, for its size and scrolling. */
  view: Window;
  /** Where this frame's viewport origin is, in the ancestor's viewport. */
  offset(): { left: number; top: number };
}

/** The same-origin ancestor to draw in, or null when the document is top-most (or its parent is cross-origin). */
export function liftedFrame(doc: Document): LiftedFrame | null {
  const chain: Element[] = [];
  let view: Window | null = doc.defaultView;
  try {
    // frameElement is null when the parent is cross-origin (or this is the top window).
    while (view !== null && view.frameElement !== null) {
      chain.push(view.frameElement);
      view = view.parent;
    }
  } catch {
    // A cross-origin ancestor: stop below it.
  }
  if (view === null || chain.length === 0) return null;
  const top = view;
  return {
    doc: top.document,
    view: top,
    offset() {
      let left = 0;
      let top = 0;
      for (const frame of chain) {
        const box = frame.getBoundingClientRect();
        const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
        // The frame's viewport starts inside its border and padding.
        left += box.left + frame.clientLeft + parseFloat(style.paddingLeft);
        top += box.top + frame.clientTop + parseFloat(style.paddingTop);
      }
      return { left, top };
    },
  };
}
