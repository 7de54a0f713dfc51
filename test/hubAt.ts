// Opens a regional hub's database as a test sees it: the core encrypts hub.sqlite (issue 17.6) and, for the
// tests and the demo, leaves its development key file beside it; a hub made by the test itself is plain.
import { openHub, type Hub } from '../src/hub/hub';
import { readDevelopmentKey } from '../src/security/keys';

export async function openHubAt(file: string, options: { mustExist?: boolean; readOnly?: boolean } = {}): Promise<Hub> {
  return openHub(file, { ...options, key: readDevelopmentKey(file) });
}
