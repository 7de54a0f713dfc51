import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { startBrowserHost, type BrowserHost } from './host';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(host: BrowserHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function hostWithData() {
  const t = await seededCore();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PZK</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const host = await startBrowserHost({ dispatch: t.core.dispatch, rendererDir });
  return { ...t, host, close: () => host.close() };
}

const json = (token: string) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` });
const createBody = JSON.stringify({ fullName: 'Intruz', institutionId: null });

describe('browser host', () => {
  it('binds to 127.0.0.1 and prints a URL with the token in the fragment', async () => {
    const { host, close } = await hostWithData();
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    await close();
  });

  it('answers API calls that carry the token', async () => {
    const { host, close } = await hostWithData();
    const reply = await call(host, '/api/members.list', { headers: json(host.token), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value.map((m: { fullName: string }) => m.fullName)).toContain('Łukasz Żółć');
    await close();
  });

  it('refuses calls without the token, with a wrong token or a foreign Host, and changes nothing', async () => {
    const { host, close, lastSeq, api } = await hostWithData();
    const before = lastSeq();
    const attempts: Array<[string, Parameters<typeof call>[2]]> = [
      ['no token', { headers: { 'Content-Type': 'application/json' }, body: createBody }],
      ['wrong token', { headers: json(host.token.slice(0, -1) + (host.token.endsWith('a') ? 'b' : 'a')), body: createBody }],
      ['token in the query', { headers: { 'Content-Type': 'application/json' }, body: createBody }],
      ['foreign Host', { headers: { ...json(host.token), Host: 'evil.example:80' }, body: createBody }],
      ['rebinding Host', { headers: { ...json(host.token), Host: `attacker.test:${host.port}` }, body: createBody }],
      ['form post', { headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'fullName=x' }],
    ];
    for (const [what, options] of attempts) {
      const path = what === 'token in the query' ? `/api/members.create?token=${host.token}` : '/api/members.create';
      const reply = await call(host, path, options);
      expect(reply.status, what).toBeGreaterThanOrEqual(400);
      expect(JSON.parse(reply.body).ok, what).toBe(false);
    }
    expect((await call(host, '/', { method: 'GET', headers: { Host: 'evil.example' } })).status).toBe(421);
    expect(lastSeq()).toBe(before);
    expect((await api.members.list()).map((m) => m.fullName)).not.toContain('Intruz');
    await close();
  });

  it('never answers CORS preflights, so other web pages cannot call the API', async () => {
    const { host, close } = await hostWithData();
    const reply = await call(host, '/api/members.create', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.status).toBeGreaterThanOrEqual(400);
    await close();
  });

  it('serves the renderer with security headers, the shell for routes, and nothing outside it', async () => {
    const { host, close } = await hostWithData();
    const index = await call(host, '/', { method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>PZK</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect((await call(host, '/meetings/5', { method: 'GET' })).body).toContain('<title>PZK</title>');
    expect((await call(host, '/assets/app.js', { method: 'GET' })).headers['content-type']).toMatch(/javascript/);
    expect((await call(host, '/assets/missing.js', { method: 'GET' })).status).toBe(404);
    const traversal = await call(host, '/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' });
    expect(traversal.body).not.toContain('root:');
    expect((await call(host, '/..%2f..%2fpackage.json', { method: 'GET' })).status).toBe(404);
    await close();
  });

  it('reports bad JSON and unknown methods as clear API errors', async () => {
    const { host, close } = await hostWithData();
    const bad = await call(host, '/api/members.create', { headers: json(host.token), body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION_FAILED');
    const unknown = await call(host, '/api/members.drop', { headers: json(host.token), body: '{}' });
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD');
    await close();
  });

  it('issue 10.7: malformed paths get 400 quietly, foreign origins 403 even with the token, a huge body 413 unread', async () => {
    const { host, close, lastSeq } = await hostWithData();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      for (const path of ['/%zz', '/%', '/assets/%E0%A4%A']) expect((await call(host, path, { method: 'GET' })).status, path).toBe(400);
      expect(logged).toEqual([]);

      const before = lastSeq();
      const foreign = await call(host, '/api/members.create', { headers: { ...json(host.token), Origin: 'https://evil.example' }, body: createBody });
      expect(foreign.status).toBe(403);
      expect((await call(host, '/api/members.list', { headers: { ...json(host.token), Origin: `http://localhost:${host.port + 1}` }, body: '{}' })).status).toBe(403);
      expect((await call(host, '/api/events', { method: 'GET', headers: { Authorization: `Bearer ${host.token}`, Origin: 'null' } })).status).toBe(403);
      // The host's own origin is served.
      expect((await call(host, '/api/members.list', { headers: { ...json(host.token), Origin: `http://127.0.0.1:${host.port}` }, body: '{}' })).status).toBe(200);
      expect(lastSeq()).toBe(before);

      // 300 MB declared: answered 413 at once, without waiting for (or reading) the body.
      const huge = await new Promise<Reply>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: host.port, path: '/api/hub.import', method: 'POST', headers: { Host: `127.0.0.1:${host.port}`, ...json(host.token), 'Content-Length': String(300 * 1024 * 1024) } },
          (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
          },
        );
        req.on('error', reject);
        req.write('{"files":[');
      });
      expect(huge.status).toBe(413);
      expect(JSON.parse(huge.body).error.code).toBe('FILE_TOO_LARGE');
      expect(logged).toEqual([]);
    } finally {
      console.error = original;
      await close();
    }
  });
});
