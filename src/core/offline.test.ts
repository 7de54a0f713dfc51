// The core never opens a network connection (issue 14.5: nothing may phone home): a team's whole path —
// set-up, a meeting approved with its protocol frozen, the documents, a sync bundle imported at a hub, the
// diagnostic report — runs with every way out of the process watched.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { setup } from '../../test/bundles';
import { importBundle } from '../hub/import';
import { exportBundle } from '../sync/team';

const attempts: string[] = [];
beforeEach(() => {
  const watch = (name: string) => () => {
    attempts.push(name);
    throw new Error(`network use: ${name}`);
  };
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(watch('net.Socket.connect'));
  vi.spyOn(tls, 'connect').mockImplementation(watch('tls.connect'));
  vi.spyOn(dns, 'lookup').mockImplementation(watch('dns.lookup'));
  vi.spyOn(dns.promises, 'lookup').mockImplementation(watch('dns.promises.lookup'));
  vi.spyOn(http, 'request').mockImplementation(watch('http.request'));
  vi.spyOn(https, 'request').mockImplementation(watch('https.request'));
  vi.spyOn(globalThis, 'fetch').mockImplementation(watch('fetch'));
});
afterEach(() => vi.restoreAllMocks());

it('makes no connection from set-up to a bundle imported at the hub', async () => {
  const s = await setup();
  await s.api.protocol.get({ meetingId: s.meetingId });
  await s.api.protocol.attendanceList({ meetingId: s.meetingId });
  await s.api.protocol.docx({ meetingId: s.meetingId });
  await s.api.roster.export({ format: 'xlsx' });
  await s.api.search.query({ q: 'diagnozę' });
  await s.api.diagnostics.report();
  const bundle = await exportBundle(s.db, s.schema);
  expect(await importBundle(s.hub, bundle.bytes)).toMatchObject({ accepted: true });
  expect(attempts).toEqual([]);
});
