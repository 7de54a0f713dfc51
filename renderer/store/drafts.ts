// The window's one store of unsaved drafts (minutes, World Café outputs, the team's rules), encrypted in
// local storage (./draftStorage.ts). Opened with the core's draft key before the app is shown.
import { api } from '../api';
import { createDraftStorage } from './draftStorage';

export const drafts = createDraftStorage({ backing: window.localStorage });

let opening: Promise<void> | null = null;

/** Started with the first round of requests; the app is rendered once it is done (or failed: then drafts live in memory only). */
export function openDrafts(): Promise<void> {
  opening ??= api.security
    .draftKey()
    .then(({ key }) => drafts.open(Uint8Array.from(atob(key), (c) => c.charCodeAt(0))))
    .then(({ unreadable }) => {
      if (unreadable > 0) console.warn(`${unreadable} draft(s) in local storage are of another database and were left as they are`);
    })
    .catch((error: unknown) => console.error('the drafts could not be opened; they are kept in memory only', error));
  return opening;
}
