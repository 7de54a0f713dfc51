// The signing key at rest: sealed by the OS key store where the app has one (Electron safeStorage;
// here a stand-in with its own AES key), plain where it has none, and unsealed in a handover copy so
// that the new computer can go on signing with the same, pinned key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { openCore } from '../core/core';
import { enrolTeam, initHub } from '../hub/hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from '../hub/import';
import { tempDir, TEAM } from '../../test/helpers';
import type { SecretStore } from './secrets';
import { exportBundle, importReceipt } from './team';

/** Like safeStorage: a key only this "user account" has. */
function fakeOsStore(): SecretStore {
  const key = randomBytes(32);
  return {
    scheme: 'test-os-store',
    seal: async (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    open: async (sealed) => {
      const raw = Buffer.from(sealed, 'base64');
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

async function team(dataDir: string, secrets: SecretStore | null) {
  const core = await openCore(dataDir, { clock: () => new Date('2026-03-01T10:00:00Z'), logError: () => undefined, secrets });
  return { core, api: createClient((m, i) => core.dispatch(m, i)), db: core.database.db };
}

const storedIdentity = async (db: Awaited<ReturnType<typeof team>>['db']) =>
  JSON.parse((await db.selectFrom('settings').select('value').where('key', '=', 'sync.identity').executeTakeFirstOrThrow()).value) as Record<string, unknown>;

async function hubWithTeam() {
  const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
  await initHub(hub, 'Centrum');
  return { hub, enrolment: await enrolTeam(hub, { name: 'PZK Zielonka', teryt: TEAM.teryt }) };
}

describe('the signing key at rest', () => {
  it('is sealed by the OS store; bundles still verify at the hub; the CLI without the store gets a clear refusal', async () => {
    const os = fakeOsStore();
    const dir = tempDir();
    const a = await team(dir, os);
    await a.api.team.setUp(TEAM);
    const { hub, enrolment } = await hubWithTeam();
    await a.api.sync.importEnrolment({ text: JSON.stringify(enrolment) });
    const stored = await storedIdentity(a.db);
    expect(stored).not.toHaveProperty('privateKey');
    expect(stored).toMatchObject({ sealedPrivateKey: { scheme: 'test-os-store', data: expect.any(String) } });

    const file = await a.api.sync.exportBundle();
    const report = await importBundle(hub, file.bytes);
    expect(report.accepted).toBe(true);
    await a.core.close();

    // The same database opened without the store (pzk CLI, browser host): receipts work, signing does not.
    const cli = await team(dir, null);
    expect(await importReceipt(cli.db, report.receipt!)).toMatchObject({ ackSeq: expect.any(Number) });
    await expect(exportBundle(cli.db, cli.core.database.schemaVersion)).rejects.toMatchObject({ code: 'KEY_LOCKED' });
    await cli.core.close();
    // Another user's store cannot open it either.
    const other = await team(dir, fakeOsStore());
    await expect(other.api.sync.exportBundle()).rejects.toMatchObject({ code: 'KEY_LOCKED' });
    await other.core.close();
    await hub.close();
  });

  it('seals a key written plain by an earlier version, keeping the same key', async () => {
    const dir = tempDir();
    const plain = await team(dir, null);
    await plain.api.team.setUp(TEAM);
    const { hub, enrolment } = await hubWithTeam();
    await plain.api.sync.importEnrolment({ text: JSON.stringify(enrolment) });
    const before = await storedIdentity(plain.db);
    expect(before).toHaveProperty('privateKey');
    await plain.core.close();

    const sealed = await team(dir, fakeOsStore());
    const file = await sealed.api.sync.exportBundle();
    const after = await storedIdentity(sealed.db);
    expect(after).not.toHaveProperty('privateKey');
    expect(after).toMatchObject({ installId: before.installId, publicKey: before.publicKey });
    expect(await importBundle(hub, file.bytes)).toMatchObject({ accepted: true });
    await sealed.core.close();
    await hub.close();
  });

  it('travels unsealed inside the passphrase-encrypted handover copy, so the new computer signs with the pinned key', async () => {
    const oldPc = tempDir();
    const a = await team(oldPc, fakeOsStore());
    await a.api.team.setUp(TEAM);
    const { hub, enrolment } = await hubWithTeam();
    await a.api.sync.importEnrolment({ text: JSON.stringify(enrolment) });
    const first = await importBundle(hub, (await a.api.sync.exportBundle()).bytes);
    await a.api.sync.importReceipt({ text: first.receipt! });
    await a.api.members.create({ fullName: 'Łukasz Żółć' });
    const copy = await a.api.backup.createHandover({ passphrase: 'długie hasło przekazania' });
    // The old computer's own database keeps its key sealed.
    expect(await storedIdentity(a.db)).not.toHaveProperty('privateKey');
    await a.core.close();

    const newPc = tempDir();
    const b = await team(newPc, null);
    await b.api.backup.restoreHandover({ bytes: copy.bytes, passphrase: 'długie hasło przekazania' });
    await b.core.close();
    const restored = await team(newPc, fakeOsStore());
    const next = await importBundle(hub, (await restored.api.sync.exportBundle()).bytes);
    expect(next).toMatchObject({ accepted: true, imported: 1 });
    expect(await storedIdentity(restored.db)).not.toHaveProperty('privateKey');
    await restored.core.close();
    await hub.close();
  });
});
