// The browser host: the built renderer and the core's API over HTTP on 127.0.0.1, so the whole app
// runs (and is tested) in a plain browser where no Electron binary exists.
// Guards: loopback only, the Host header must name this server (DNS rebinding), and every API call
// must carry the per-run token (other local web pages cannot read it, and cannot send the header
// cross-origin without a CORS preflight, which this server never approves).
// Values travel as JSON, or with their files as raw bytes (src/api/wire.ts); the change events of the
// core go to every open tab as server-sent events on GET /api/events.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { ApiErrorShape, Envelope, ErrorCode } from '../../src/api/errors';
import { MAX_FILE_BYTES } from '../../src/api/methods';
import { BYTES_TYPE, decodeWire, encodeWire, JSON_TYPE } from '../../src/api/wire';
import type { Dispatch } from '../../src/core/dispatch';
import type { ChangeBus } from '../../src/core/events';
import type { Logger } from '../../src/core/core';
import { CONTENT_SECURITY_POLICY } from '../electron/security';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** The core's change events, pushed to every open tab. */
  events?: ChangeBus;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The core's application log (a failed request is logged by its error's name and frames only). */
  log?: Pick<Logger, 'error'>;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

// The one file limit of both transports, plus room for the JSON around the file.
const MAX_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';
const ORIGIN_HEADER = 'x-pzk-origin';
/** A comment line now and then keeps idle event streams from being cut by anything in between. */
const KEEPALIVE_MS = 20_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  INTERNAL: 500,
};

function securityHeaders(res: ServerResponse) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}

function sendEnvelope(res: ServerResponse, status: number, body: Envelope<unknown>) {
  const { body: bytes, contentType } = encodeWire(body);
  res.writeHead(status, { 'Content-Type': contentType === JSON_TYPE ? 'application/json; charset=utf-8' : contentType });
  res.end(bytes);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string) {
  const error: ApiErrorShape = { code, message };
  sendEnvelope(res, status, { ok: false, error });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A body over the limit is answered 413 before it is read: by its declared length, or as it streams in. */
function tooLarge(req: IncomingMessage): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  let allowedHosts: string[] = [];
  let allowedOrigins: string[] = [];

  const authorised = (req: IncomingMessage) => {
    const auth = req.headers.authorization ?? '';
    return auth.startsWith('Bearer ') && sameSecret(auth.slice(7), token);
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') return refuse(res, 405, 'UNAUTHORIZED', 'API calls must use POST.');
    if (!authorised(req)) return refuse(res, 401, 'UNAUTHORIZED', 'Missing or wrong token.');
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith(JSON_TYPE) && !type.startsWith(BYTES_TYPE)) {
      return refuse(res, 415, 'VALIDATION_FAILED', 'API calls must send application/json or application/octet-stream.');
    }
    const overLimit = () => {
      // The rest is not read: the connection closes once the answer is out.
      res.setHeader('Connection', 'close');
      refuse(res, 413, 'FILE_TOO_LARGE', `Request body over ${MAX_FILE_BYTES} bytes.`);
    };
    if (tooLarge(req)) return overLimit();
    const body = await readBody(req);
    if (body === null) return overLimit();
    let input: unknown;
    try {
      input = decodeWire(body, type);
    } catch {
      return refuse(res, 400, 'VALIDATION_FAILED', 'The request body cannot be read.');
    }
    const origin = req.headers[ORIGIN_HEADER];
    const result = await options.dispatch(method, input, { origin: typeof origin === 'string' ? origin.slice(0, 64) : null });
    sendEnvelope(res, result.ok ? 200 : (STATUS_OF[result.error.code] ?? 409), result);
  }

  /** Server-sent events: one `data:` line of JSON per change event, for as long as the tab listens. */
  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET') return refuse(res, 405, 'UNAUTHORIZED', 'Events are read with GET.');
    if (!authorised(req)) return refuse(res, 401, 'UNAUTHORIZED', 'Missing or wrong token.');
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.events?.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => undefined);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'UNAUTHORIZED', 'Method not allowed.');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return refuse(res, 400, 'VALIDATION_FAILED', 'Malformed path.');
    }
    let file = resolve(join(root, decoded));
    if (file !== root && !file.startsWith(root + sep)) return refuse(res, 404, 'NOT_FOUND', 'Not found.');
    const info = await stat(file).catch(() => null);
    // Unknown paths get the app shell (client-side routes); missing assets stay 404.
    if (!info?.isFile()) {
      if (extname(pathname)) return refuse(res, 404, 'NOT_FOUND', 'Not found.');
      file = join(root, 'index.html');
    }
    const content = await readFile(file).catch(() => null);
    if (!content) return refuse(res, 503, 'INTERNAL', 'The renderer is not built: run npm run build.');
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  const server = createServer((req, res) => {
    securityHeaders(res);
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return refuse(res, 421, 'UNAUTHORIZED', 'Unexpected Host header.');
    }
    // A page of another origin gets nothing, even with the token (browsers send Origin on every
    // cross-origin request and on same-origin POSTs; requests without one are not from a page).
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) {
      return refuse(res, 403, 'UNAUTHORIZED', 'Requests from other origins are refused.');
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://placeholder').pathname;
    } catch {
      return refuse(res, 400, 'VALIDATION_FAILED', 'Malformed request target.');
    }
    const work =
      pathname === EVENTS_PATH
        ? Promise.resolve(handleEvents(req, res))
        : pathname.startsWith(API_PREFIX)
          ? handleApi(req, res, pathname.slice(API_PREFIX.length))
          : serveStatic(req, res, pathname);
    work.catch((error: unknown) => {
      if (options.log) options.log.error('browser host request failed', error);
      else console.error('[pzk] browser host request failed:', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'Unexpected error.');
      else res.destroy();
    });
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      allowedOrigins = allowedHosts.map((h) => `http://${h}`);
      resolvePromise({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
