import { LIMITS } from '../packs/limits';
import { conditionalHeaders, originPattern, type FetchOutcome, type Subscription } from '../packs/subscription';

/** How long a check may take before it counts as unreachable. */
const TIMEOUT_MS = 30_000;

export interface FetchDeps {
  fetch: typeof fetch;
  /** Whether the extension holds the host permission for an origin (`https://host`). */
  hasPermission(origin: string): Promise<boolean>;
}

/**
 * Fetches a subscription's URL: conditional on the good version's validators, past the HTTP cache
 * (the validators are ours, so a cached 200 must not stand in for the server's answer), without
 * cookies, and reading at most one byte more than a pack may have.
 */
export async function fetchPack(s: Subscription, deps: FetchDeps): Promise<FetchOutcome> {
  const get = (headers: Record<string, string>): Promise<Response> =>
    deps.fetch(s.url, { cache: 'no-store', credentials: 'omit', headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const headers = conditionalHeaders(s);
  let res: Response;
  try {
    res = await get(headers).catch((e: unknown) => {
      // Conditional headers make a cross-origin request need a CORS preflight, which a server that
      // only sends Access-Control-Allow-Origin refuses: without the permission, ask for the whole file.
      if (Object.keys(headers).length === 0) throw e;
      return get({});
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // fetch does not say why it failed; a missing permission is the one cause the agent can fix here.
    const blocked = !(await deps.hasPermission(originPattern(s.url)).catch(() => false));
    return { kind: 'networkError', message, blocked };
  }
  if (res.status === 304) return { kind: 'notModified' };
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => undefined);
    return { kind: 'httpError', status: res.status, ...(res.statusText !== '' && { statusText: res.statusText }) };
  }
  const { bytes, complete } = await readCapped(res, LIMITS.packBytes);
  const etag = res.headers.get('ETag') ?? undefined;
  const lastModified = res.headers.get('Last-Modified') ?? undefined;
  return { kind: 'body', bytes, complete, ...(etag !== undefined && { etag }), ...(lastModified !== undefined && { lastModified }) };
}

/** The body up to `cap` bytes; `complete` is false when there was more (the rest is never downloaded). */
async function readCapped(res: Response, cap: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; complete: boolean }> {
  const declared = Number(res.headers.get('Content-Length') ?? NaN);
  if (declared > cap || res.body === null) {
    await res.body?.cancel().catch(() => undefined);
    return { bytes: new Uint8Array(0), complete: res.body === null };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return { bytes: concat(chunks, size), complete: false };
    }
  }
  return { bytes: concat(chunks, size), complete: true };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
