// The signed release manifest of "Aktualizacja z pliku" (src/update/release.ts), made by the release workflow
// beside the installers: out/pzk-animator-<version>.release.json. The signing key comes from the environment
// (PZK_RELEASE_SIGNING_KEY, PKCS#8 base64, a repository secret; PZK_RELEASE_PUBLIC_KEY its SPKI half);
// without it the manifest is not made and the step says so. `--new-key` prints a new key pair once.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../src/services/files';
import { newSigningKeys } from '../src/sync/crypto';
import { signReleaseManifest } from '../src/update/release';
import { APP_VERSION } from '../src/version';

if (process.argv.includes('--new-key')) {
  const keys = newSigningKeys();
  console.log(`PZK_RELEASE_SIGNING_KEY (a secret of the release workflow, nowhere else):\n${keys.privateKey}\n`);
  console.log(`PZK_RELEASE_PUBLIC_KEY and PZK_RELEASE_PUBLIC_KEYS (variables: the builds trust it):\n${keys.publicKey}`);
  process.exit(0);
}
const privateKey = process.env.PZK_RELEASE_SIGNING_KEY;
const publicKey = process.env.PZK_RELEASE_PUBLIC_KEY;
if (!privateKey || !publicKey) {
  console.log('release manifest: PZK_RELEASE_SIGNING_KEY / PZK_RELEASE_PUBLIC_KEY are not set — no manifest, "Aktualizacja z pliku" cannot check these installers.');
  process.exit(0);
}
const dir = process.argv[2] ?? 'out';
const installers = readdirSync(dir).filter((f) => /\.(exe|AppImage|deb|dmg)$/.test(f));
if (installers.length === 0) throw new Error(`release manifest: no installer in ${dir}`);
const manifest = {
  format: 1 as const,
  product: 'pzk-animator' as const,
  version: APP_VERSION,
  publishedOn: new Date().toISOString().slice(0, 10),
  files: installers.map((name) => ({ name, size: statSync(join(dir, name)).size, sha256: sha256Hex(readFileSync(join(dir, name))) })),
};
const file = join(dir, `pzk-animator-${APP_VERSION}-${process.platform}.release.json`);
writeFileSync(file, signReleaseManifest(manifest, privateKey, publicKey));
console.log(`release manifest: ${file} (${installers.join(', ')})`);
