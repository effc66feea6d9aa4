import { createLabCore, type LabReply, type LabRequest } from './pack-lab-core';

// The pack editor's worker: see createLabCore for why the checks run off the page's thread.
const scope = globalThis as unknown as { postMessage(reply: LabReply): void; onmessage: ((e: MessageEvent<LabRequest>) => void) | null };
const handle = createLabCore(
  (reply) => scope.postMessage(reply),
  (step) => setTimeout(step, 0),
);
scope.onmessage = (e) => handle(e.data);
