// "Aktualizacja z pliku": an installer runs only when a manifest signed by a trusted release key lists its very
// bytes. Each way a file can fail says why (details.reason), through the contract as through the function.
import { describe, expect, it } from 'vitest';
import { AppError } from '../api/errors';
import { sha256Hex } from '../services/files';
import { newSigningKeys } from '../sync/crypto';
import { createClient } from '../api/client';
import type { MethodName } from '../api/contract';
import { openCore } from '../core/core';
import { tempDir } from '../../test/helpers';
import { checkInstaller, signReleaseManifest, type ReleaseManifest } from './release';

const release = newSigningKeys();
const stranger = newSigningKeys();
const installer = new Uint8Array(Buffer.from('MZ… the installer of PZK Animator 0.2.0'));
const manifest: ReleaseManifest = {
  format: 1,
  product: 'pzk-animator',
  version: '0.2.0',
  publishedOn: '2026-12-01',
  files: [{ name: 'PZK-Animator-0.2.0-x64-nsis.exe', size: installer.byteLength, sha256: sha256Hex(installer) }],
};
const signed = signReleaseManifest(manifest, release.privateKey, release.publicKey);
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'UPDATE_NOT_VERIFIED') return (error.details as { reason: string }).reason;
    throw error;
  }
  return 'accepted';
};

describe('an installer from a file', () => {
  it('is accepted when a trusted key signed a manifest that lists these bytes', () => {
    expect(checkInstaller(signed, 'PZK-Animator-0.2.0-x64-nsis.exe', installer, [release.publicKey], '0.1.0')).toEqual({
      version: '0.2.0',
      publishedOn: '2026-12-01',
      fileName: 'PZK-Animator-0.2.0-x64-nsis.exe',
      sha256: sha256Hex(installer),
      newer: true,
      currentVersion: '0.1.0',
    });
    expect(checkInstaller(signed, 'PZK-Animator-0.2.0-x64-nsis.exe', installer, [release.publicKey], '0.2.0').newer).toBe(false);
  });

  it('is refused, saying why, for every other file', () => {
    const name = 'PZK-Animator-0.2.0-x64-nsis.exe';
    expect(reason(() => checkInstaller(signed, name, installer, []))).toBe('no_keys');
    expect(reason(() => checkInstaller(signed, name, installer, [stranger.publicKey]))).toBe('key');
    expect(reason(() => checkInstaller('{"not": "a manifest"}', name, installer, [release.publicKey]))).toBe('manifest');
    expect(reason(() => checkInstaller('MZ', name, installer, [release.publicKey]))).toBe('manifest');
    expect(reason(() => checkInstaller(signed, 'PZK-Animator-0.2.0-portable.exe', installer, [release.publicKey]))).toBe('not_listed');
    const changed = new Uint8Array(installer);
    changed[0] = 0x4e;
    expect(reason(() => checkInstaller(signed, name, changed, [release.publicKey]))).toBe('hash');
    // A manifest whose content was changed after signing (a version made newer by hand).
    const outer = JSON.parse(signed) as { payload: string; signature: string; key: string };
    const forged = Buffer.from(Buffer.from(outer.payload, 'base64').toString().replace('0.2.0', '9.9.9')).toString('base64');
    expect(reason(() => checkInstaller(JSON.stringify({ ...outer, payload: forged }), name, installer, [release.publicKey]))).toBe('signature');
    // Signed by a stranger who names the trusted key as its own.
    const impostor = JSON.parse(signReleaseManifest(manifest, stranger.privateKey, release.publicKey)) as object;
    expect(reason(() => checkInstaller(JSON.stringify(impostor), name, installer, [release.publicKey]))).toBe('signature');
  });

  it('goes through the contract: check, then install where the host can run it (nothing runs where it cannot)', async () => {
    const ran: Array<[string, number]> = [];
    const open = (installerHost: boolean) =>
      openCore(tempDir(), {
        logError: () => undefined,
        releaseKeys: [release.publicKey],
        installer: installerHost ? { run: async (fileName, bytes) => void ran.push([fileName, bytes.byteLength]) } : null,
      });
    const input = { manifest: signed, fileName: 'PZK-Animator-0.2.0-x64-nsis.exe', bytes: installer };
    const withHost = await open(true);
    const api = createClient((m: MethodName, i) => withHost.dispatch(m, i));
    expect(await api.update.check(input)).toMatchObject({ version: '0.2.0', newer: true });
    expect(ran).toEqual([]);
    await expect(api.update.install({ ...input, bytes: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({ code: 'UPDATE_NOT_VERIFIED', details: { reason: 'hash' } });
    expect(ran).toEqual([]);
    expect(await api.update.install(input)).toEqual({ started: true });
    expect(ran).toEqual([['PZK-Animator-0.2.0-x64-nsis.exe', installer.byteLength]]);
    await withHost.close();
    // The browser host cannot run a program: it says so, after the same check.
    const browser = await open(false);
    expect(await browser.dispatch('update.install', input)).toEqual({ ok: true, value: { started: false } });
    await browser.close();
  });
});
