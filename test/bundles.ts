// A team with an approved meeting, enrolled at a fresh hub; and bundles crafted by hand with the
// team's real key, for the cases export never produces (the hub's refusals).
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from './hubAt';
import { decryptWith, encryptTo, sha256Hex, signJson, unzipFiles } from '../src/sync/crypto';
import type { Manifest, RecordLine } from '../src/sync/format';
import { ensureIdentity } from '../src/sync/identity';
import { exportBundle, importEnrolment } from '../src/sync/team';
import { seededCore, tempDir } from './helpers';

export async function setup() {
  const team = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const m = await team.api.meetings.create({ date: '2026-02-10', agenda: ['Otwarcie', 'Sprawy merytoryczne'] });
  await team.api.actionItems.create({ meetingId: m.id, text: 'Przygotować diagnozę', ownerMemberId: team.lukasz.id });
  await team.api.meetings.setStatus({ id: m.id, status: 'held' });
  await team.api.meetings.setStatus({ id: m.id, status: 'approved' });
  const dir = tempDir();
  const hubFile = join(dir, 'hub.sqlite');
  const hub = await openHubAt(hubFile);
  await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
  const db = team.core.database.db;
  await importEnrolment(db, JSON.stringify(enrolment));
  const schema = team.core.database.schemaVersion;
  return { ...team, hub, hubFile, dir, enrolment, db, schema, meetingId: m.id };
}

export const recordsOf = (files: Record<string, Uint8Array>): RecordLine[] =>
  Buffer.from(files['records.ndjson']!).toString().split('\n').filter(Boolean).map((l) => JSON.parse(l) as RecordLine);

/** Puts `records` into the crafted bundle, with the manifest's hash and counts to match. */
export function setRecords(m: Manifest, files: Record<string, Uint8Array>, records: RecordLine[]) {
  const text = records.map((r) => JSON.stringify(r)).join('\n');
  files['records.ndjson'] = strToU8(text);
  m.files['records.ndjson'] = sha256Hex(text);
  for (const entity of Object.keys(m.counts) as Array<keyof Manifest['counts']>) m.counts[entity] = records.filter((r) => r.entity === entity).length;
}

/** A bundle built by hand with the team's real key, for the cases export never produces. */
export async function craft(s: Awaited<ReturnType<typeof setup>>, edit: (m: Manifest, files: Record<string, Uint8Array>) => void, options: { recipient?: string; signingKey?: string; full?: boolean } = {}) {
  const real = await exportBundle(s.db, s.schema, { full: options.full ?? false });
  const h = await s.hub.db.selectFrom('hub').selectAll().executeTakeFirstOrThrow();
  const files = unzipFiles(await decryptWith(h.ageIdentity, real.bytes));
  delete files['manifest.json'];
  const manifest = structuredClone(real.manifest);
  edit(manifest, files);
  const identity = await ensureIdentity(s.db);
  const signed = signJson(manifest, options.signingKey ?? identity.privateKey);
  return encryptTo(options.recipient ?? s.enrolment.hubRecipient, zipSync({ ...files, 'manifest.json': strToU8(signed) }));
}

