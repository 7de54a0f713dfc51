// Issue 9.3, "corrected text goes away": a PESEL typed into the minutes and autosaved, then corrected,
// is found neither in the bundle that leaves (decrypted) nor in the bytes of the database file and
// its WAL (encrypted since 17.6, with secure_delete inside), nor as a term of the full-text index.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { enrolTeam, initHub } from '../hub/hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from '../hub/import';
import { decryptWith, unzipFiles } from './crypto';

const PESEL = '44051401458';

/** Every byte of the database on disk: the file and, if there is one, its WAL. */
const onDisk = (dir: string) => Buffer.concat(['pzk.sqlite', 'pzk.sqlite-wal'].map((n) => join(dir, n)).filter(existsSync).map((f) => readFileSync(f)));

describe('a corrected PESEL', () => {
  it('leaves neither in the bundle nor in the database file, its WAL or the search index', async () => {
    const t = await seededCore({ now: '2026-03-01T10:00:00Z' });
    const dataDir = t.core.dataDir;
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum');
    await t.api.sync.importEnrolment({ text: JSON.stringify(await enrolTeam(hub, { name: 'PZK', teryt: '1434011' })) });
    const m = await t.api.meetings.create({ date: '2026-03-01', agenda: ['Sprawy merytoryczne'] });
    const item = (await t.api.meetings.get({ id: m.id })).agenda[0]!;

    // Autosave while typing: the number is saved whole, several times, then corrected.
    let text = 'Rodzina R-07: matka';
    for (const more of [' zgłosiła się,', ` PESEL ${PESEL.slice(0, 6)}`, PESEL.slice(6), ', do OPS.', ' Ustalono wizytę.']) {
      text += more;
      await t.api.agenda.update({ id: item.id, minutes: text });
    }
    expect(text).toContain(PESEL);
    t.core.database.sqlite.pragma('wal_checkpoint(PASSIVE)');
    // The file and its WAL are encrypted (issue 17.6): the number is never in their bytes; inside, the pages a
    // correction frees are zeroed (secure_delete), so a key does not bring it back either.
    expect(onDisk(dataDir).includes(PESEL)).toBe(false);
    expect(t.core.database.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect((await t.api.sync.check()).findings.map((f) => f.kind)).toContain('pesel');
    await t.api.agenda.update({ id: item.id, minutes: 'Rodzina R-07: matka zgłosiła się do OPS. Ustalono wizytę.' });

    // Nothing to accept any more: the check reads what would leave, and that is clean now.
    expect((await t.api.sync.check()).findings).toEqual([]);
    const bundle = await t.api.sync.exportBundle();
    const h = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
    const files = unzipFiles(await decryptWith(h.ageIdentity, bundle.bytes));
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.from(bytes).includes(PESEL), name).toBe(false);
    expect(Buffer.from(files['records.ndjson']!).toString()).toContain('Ustalono wizytę.');
    expect(await importBundle(hub, bundle.bytes)).toMatchObject({ accepted: true });

    // The export ends with a checkpoint: neither the file nor the WAL holds the number.
    expect(onDisk(dataDir).includes(PESEL)).toBe(false);
    const sqlite = t.core.database.sqlite;
    sqlite.prepare("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'search_index', 'row')").run();
    expect(sqlite.prepare('SELECT term FROM temp.terms WHERE term LIKE ?').all(`${PESEL.slice(0, 6)}%`)).toEqual([]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM temp.terms WHERE term = ?').get('wizyte')).toEqual({ n: 1 });
    await hub.close();
  });
});
