// The renderer's one way to the core: the typed client over the Electron preload bridge when it
// is there, otherwise over HTTP to the browser host with the per-run token.
import { createClient, type Transport } from '../src/api/client';
import type { MethodName } from '../src/api/contract';
import type { Envelope } from '../src/api/errors';

type Bridge = Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>>;

declare global {
  interface Window {
    pzk?: Bridge;
  }
}

const TOKEN_KEY = 'pzk.token';

/** The browser host puts the token in the URL fragment; keep it for reloads, then hide it. */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const bridgeTransport =
  (bridge: Bridge): Transport =>
  (method: MethodName, input) => {
    const [group, name] = method.split('.') as [string, string];
    return bridge[group]![name]!(input);
  };

const httpTransport =
  (token: string | null): Transport =>
  async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: input === undefined ? '' : JSON.stringify(input),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'network', details: { network: true } } };
    }
    return (await response.json()) as Envelope<unknown>;
  };

export const api = createClient(window.pzk ? bridgeTransport(window.pzk) : httpTransport(takeToken()));
