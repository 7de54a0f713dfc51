// The renderer's one way to the core: the typed client over the Electron preload bridge when it is
// there, otherwise over HTTP to the browser host with the per-run token; and the feed of change events
// (what any window's writes changed), over IPC or as server-sent events.
import { createClient, type Transport } from '../src/api/client';
import type { Envelope } from '../src/api/errors';
import { decodeWire, encodeWire } from '../src/api/wire';
import type { ChangeEvent } from '../src/domain/types';

interface Bridge {
  invoke(method: string, input: unknown, origin: string): Promise<Envelope<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

declare global {
  interface Window {
    pzk?: Bridge;
  }
}

const TOKEN_KEY = 'pzk.token';

/** This window: its calls carry it, so that it can tell its own changes from other windows'. */
export const CLIENT_ID = crypto.randomUUID();

/** The browser host puts the token in the URL fragment; keep it for reloads, then hide it. */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const NETWORK_ERROR: Envelope<unknown> = { ok: false, error: { code: 'INTERNAL', message: 'network', details: { network: true } } };

const bridgeTransport =
  (bridge: Bridge): Transport =>
  (method, input) =>
    bridge.invoke(method, input, CLIENT_ID);

const httpTransport =
  (token: string | null): Transport =>
  async (method, input) => {
    const { body, contentType } = encodeWire(input);
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, Authorization: `Bearer ${token ?? ''}`, 'X-PZK-Origin': CLIENT_ID },
        body: typeof body === 'string' ? (input === undefined ? '' : body) : new Blob([body as Uint8Array<ArrayBuffer>]),
      });
      return decodeWire(new Uint8Array(await response.arrayBuffer()), response.headers.get('Content-Type') ?? '') as Envelope<unknown>;
    } catch {
      return NETWORK_ERROR;
    }
  };

const token = window.pzk ? null : takeToken();

export const api = createClient(window.pzk ? bridgeTransport(window.pzk) : httpTransport(token));

/** Reads server-sent events until the stream ends; resolves when it does (the host went away). */
async function readEvents(onEvent: (event: ChangeEvent) => void, onOpen: () => void, signal: AbortSignal): Promise<void> {
  const response = await fetch('/api/events', { headers: { Authorization: `Bearer ${token ?? ''}` }, signal });
  if (!response.ok || !response.body) return;
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      if (data) onEvent(JSON.parse(data) as ChangeEvent);
    }
  }
}

/**
 * Calls `listener` with every change event. Over HTTP the stream is opened again after a break (with
 * a growing pause), and what may have been missed meanwhile is reported as a reset.
 */
export function subscribeChanges(listener: (event: ChangeEvent) => void): () => void {
  if (window.pzk) return window.pzk.onChange(listener);
  const abort = new AbortController();
  void (async () => {
    let pause = 1000;
    let connected = false;
    while (!abort.signal.aborted) {
      await readEvents(listener, () => {
        if (connected) listener({ origin: null, changes: [], reset: true });
        connected = true;
        pause = 1000;
      }, abort.signal).catch(() => undefined);
      if (abort.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  })();
  return () => abort.abort();
}
