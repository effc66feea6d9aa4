import { describe, expect, it } from 'vitest';
import { DraftRewriter } from '../../src/editors/draft-rewriter';
import type { Surface } from '../../src/editors/surface';
import type { DraftRewrite } from '../../src/engine/types';
import { applyChanges } from '../../src/engine/draft-changes';
import { createCoachStore } from '../../src/store/coach-store';

/** A reply box in memory: what the flow reads and the single edits it makes. */
class MemorySurface implements Surface {
  readonly element = { focus() {} } as unknown as HTMLElement;
  edits: Array<[number, number, string]> = [];
  accept = true;
  constructor(public text: string) {}
  read(): string {
    return this.text;
  }
  rects(): DOMRect[][] {
    return [];
  }
  caret(): number | undefined {
    return undefined;
  }
  setCaret(): void {}
  async replace(start: number, end: number, text: string): Promise<boolean> {
    this.edits.push([start, end, text]);
    if (this.accept) this.text = this.text.slice(0, start) + text + this.text.slice(end);
    return this.accept;
  }
}

const draft = 'Calm down. We can offer a voucher.';
const proposal: DraftRewrite = {
  language: 'en',
  original: draft,
  changes: [
    { kind: 'opener', reason: 'acknowledge', parts: [{ start: 0, end: 0, text: 'I can see why this is frustrating. ' }] },
    { kind: 'rewrite', reason: 'en.calm-down', parts: [{ start: 0, end: 11, text: '' }] },
    { kind: 'closer', reason: 'anything_else', parts: [{ start: draft.length, end: draft.length, text: ' Is there anything else I can help with?' }] },
  ],
  text: '',
  used: { openers: ['I can see why this is frustrating.'], closer: 'Is there anything else I can help with?' },
  formality: 'formal',
};
proposal.text = applyChanges(draft, proposal.changes);

function setup(text = draft, propose: (t: string) => Promise<DraftRewrite | null> = async () => proposal) {
  const store = createCoachStore();
  const surface = new MemorySurface(text);
  let composing = false;
  let analysed = 0;
  const flow = new DraftRewriter({ store, surface: () => surface, composing: () => composing, propose, changed: () => analysed++ });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { store, surface, flow, settle, setComposing: (c: boolean) => (composing = c), analysed: () => analysed };
}

describe('DraftRewriter', () => {
  it('shows the proposal with every change kept, and applies them all as one edit', async () => {
    const { store, surface, flow, settle, analysed } = setup();
    flow.propose(false);
    expect(store.getState().rewrite).toMatchObject({ proposal: null });
    await settle();
    expect(store.getState().rewrite?.accepted).toEqual([true, true, true]);
    flow.apply(true);
    await settle();
    expect(surface.text).toBe(proposal.text);
    expect(surface.edits).toHaveLength(1);
    expect(store.getState().rewrite).toBeNull();
    expect(analysed()).toBe(1);
  });

  it('applies only the changes the agent kept, touching only the stretch that differs', async () => {
    const { surface, flow, settle } = setup();
    flow.propose(false);
    await settle();
    flow.toggle(0);
    flow.toggle(1);
    flow.apply(false);
    await settle();
    expect(surface.text).toBe(`${draft} Is there anything else I can help with?`);
    expect(surface.edits).toEqual([[draft.length, draft.length, ' Is there anything else I can help with?']]);
  });

  it('does not touch a draft that changed after the proposal, and says so', async () => {
    const { store, surface, flow, settle } = setup();
    flow.propose(false);
    await settle();
    surface.text += ' Thanks.';
    flow.apply(true);
    await settle();
    expect(surface.edits).toHaveLength(0);
    expect(store.getState().rewrite?.problem).toBe('changed');
  });

  it('drops a proposal that arrives after the preview was closed', async () => {
    let answer: (r: DraftRewrite) => void = () => {};
    const { store, flow, settle } = setup(draft, () => new Promise((r) => (answer = r)));
    flow.propose(false);
    flow.close(false);
    answer(proposal);
    await settle();
    expect(store.getState().rewrite).toBeNull();
  });

  it('says when there is nothing to change, or when the rewrite failed', async () => {
    const calm = setup('Thanks for your patience.', async () => null);
    calm.flow.propose(false);
    await calm.settle();
    expect(calm.store.getState().rewrite?.problem).toBe('nothing');
    const broken = setup(draft, async () => {
      throw new Error('background restarting');
    });
    const warn = console.warn;
    console.warn = () => {};
    broken.flow.propose(false);
    await broken.settle();
    console.warn = warn;
    expect(broken.store.getState().rewrite?.problem).toBe('failed');
  });

  it('reports an editor that refused the edit, with the draft left as it was', async () => {
    const { store, surface, flow, settle } = setup();
    surface.accept = false;
    flow.propose(false);
    await settle();
    flow.apply(true);
    await settle();
    expect(surface.text).toBe(draft);
    expect(store.getState().rewrite?.problem).toBe('notApplied');
  });

  it('never writes during an IME composition', async () => {
    const { surface, flow, settle, setComposing } = setup();
    flow.propose(false);
    await settle();
    setComposing(true);
    flow.apply(true);
    await settle();
    expect(surface.edits).toHaveLength(0);
  });
});
