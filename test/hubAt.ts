// Opens a regional hub's database as a test sees it: the core encrypts hub.sqlite (issue 17.6) and, for the
// tests and the demo, leaves its development key file beside it; a hub made by the test itself is plain.
import { existsSync, readFileSync } from 'node:fs';
import { openHub, type Hub } from '../src/hub/hub';
import { developmentKeyFileOf } from '../src/security/keys';

export async function openHubAt(file: string, options: { mustExist?: boolean; readOnly?: boolean } = {}): Promise<Hub> {
  const keyFile = developmentKeyFileOf(file);
  const key = existsSync(keyFile) ? Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex') : null;
  return openHub(file, { ...options, key });
}
