// "Aktualizacja z pliku" (issue 14.5): a new version arrives as a file (USB, the office's share), never over the
// network. Each release publishes, beside its installers, a manifest signed with the project's release key
// (Ed25519): the version and every installer's name, size and SHA-256. Before an installer runs, the app checks
// the manifest's signature against the release keys it was built with, and the installer's bytes against the
// manifest. The release key's private half lives only in the release workflow's secrets.
import { z } from 'zod';
import { AppError } from '../api/errors';
import { sha256Hex, signBytes, verifyBytes } from '../sync/crypto';
import type { CheckedInstaller } from '../domain/types';
import { APP_VERSION } from '../version';

export const RELEASE_MANIFEST_FORMAT = 1;

const manifestPayload = z.strictObject({
  format: z.literal(RELEASE_MANIFEST_FORMAT),
  product: z.literal('pzk-animator'),
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  publishedOn: z.iso.date(),
  files: z.array(z.strictObject({ name: z.string().min(1).max(255), size: z.int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).min(1).max(50),
});
export type ReleaseManifest = z.infer<typeof manifestPayload>;

const signedFile = z.strictObject({ payload: z.base64(), signature: z.base64(), key: z.base64() });

/** The public keys (SPKI DER, base64, comma-separated) this build trusts. The bundles replace this expression with
 *  the value PZK_RELEASE_PUBLIC_KEYS had when they were built (scripts/build-main.ts, scripts/node-bundle.mjs): an
 *  installed app cannot be told to trust another key. Run from the sources, it reads the environment. */
const BUILT_RELEASE_KEYS: string = process.env.PZK_RELEASE_PUBLIC_KEYS ?? '';

export function buildReleaseKeys(raw: string = BUILT_RELEASE_KEYS): string[] {
  return raw.split(',').map((k) => k.trim()).filter(Boolean);
}

export function signReleaseManifest(manifest: ReleaseManifest, privateKey: string, publicKey: string): string {
  const payload = Buffer.from(JSON.stringify(manifestPayload.parse(manifest)));
  return `${JSON.stringify({ payload: payload.toString('base64'), signature: signBytes(payload, privateKey), key: publicKey }, null, 2)}\n`;
}

const compare = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!;
  return 0;
};

/** Refuses with UPDATE_NOT_VERIFIED unless the manifest is signed by a trusted key and lists these very bytes. */
export function checkInstaller(manifestText: string, fileName: string, bytes: Uint8Array, trusted: readonly string[], current = APP_VERSION): CheckedInstaller {
  const refuse = (why: string, details: Record<string, unknown> = {}) => {
    throw new AppError('UPDATE_NOT_VERIFIED', why, { reason: details.reason ?? 'manifest', ...details });
  };
  if (trusted.length === 0) refuse('this build trusts no release key (PZK_RELEASE_PUBLIC_KEYS was not set when it was built)', { reason: 'no_keys' });
  let outer: z.infer<typeof signedFile>;
  try {
    outer = signedFile.parse(JSON.parse(manifestText));
  } catch {
    return refuse('the file is not a release manifest of PZK Animator', { reason: 'manifest' });
  }
  if (!trusted.includes(outer.key)) refuse('the manifest is signed by a key this build does not trust', { reason: 'key' });
  const payload = Buffer.from(outer.payload, 'base64');
  if (!verifyBytes(payload, outer.signature, outer.key)) refuse('the manifest signature does not match its content', { reason: 'signature' });
  const manifest = manifestPayload.safeParse(JSON.parse(payload.toString('utf8')));
  if (!manifest.success) return refuse('the signed manifest is of an unknown form', { reason: 'manifest' });
  const entry = manifest.data.files.find((f) => f.name === fileName);
  if (!entry) refuse('the manifest does not list this installer', { reason: 'not_listed' });
  const sha256 = sha256Hex(bytes);
  if (entry!.size !== bytes.byteLength || entry!.sha256 !== sha256) refuse('the installer is not the one the manifest lists (its SHA-256 differs)', { reason: 'hash' });
  return { version: manifest.data.version, publishedOn: manifest.data.publishedOn, fileName, sha256, newer: compare(manifest.data.version, current) > 0, currentVersion: current };
}
