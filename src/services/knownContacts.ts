// The contacts the RODO check knows (they are no findings wherever they are typed): the roster's e-mails and
// phones, and the institutions' own contacts in the basket of services (issue 16.4) — which the minutes
// carry too when an offer is written into them during a meeting. One list for the bundle and the documents.
import type { Roster } from '../domain/rodo';
import type { Db } from './context';

export async function knownContacts(db: Db): Promise<Roster> {
  const [members, offers] = await Promise.all([db.selectFrom('member').select(['email', 'phone']).execute(), db.selectFrom('offer').select(['contactEmail', 'contactPhone']).execute()]);
  return { emails: [...members.map((m) => m.email), ...offers.map((o) => o.contactEmail)], phones: [...members.map((m) => m.phone), ...offers.map((o) => o.contactPhone)] };
}
