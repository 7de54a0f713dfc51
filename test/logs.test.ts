// Logs never hold minutes, names or RODO findings (house rule; issue 14.4): a session that types a PESEL
// and a name into the minutes and then fails in the worst way — an error whose message quotes the text —
// leaves in logs/pzk.log the failing method and the error's frames, and nothing the team wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { createClient } from '../src/api/client';
import type { MethodName } from '../src/api/contract';
import { openCore } from '../src/core/core';
import { tempDir } from './helpers';

const PESEL = '44051401458';

it('a session with errors leaves the failing call in the log, and no word of the minutes', async () => {
  const dataDir = tempDir();
  // The log's warnings and errors are echoed to the console; kept out of the test's output.
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const core = await openCore(dataDir);
  try {
    const api = createClient((method: MethodName, input) => core.dispatch(method, input));
    await api.team.setUp({ name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    const ops = await api.institutions.create({ name: 'Ośrodek Pomocy Społecznej', sector: 'social_assistance' });
    await api.members.create({ fullName: 'Anna Wierzbicka', institutionId: ops.id, joinedOn: '2026-01-01' });
    const meeting = await api.meetings.create({ date: '2026-03-12', agenda: ['Sprawy rodzin'] });
    const detail = await api.meetings.get({ id: meeting.id });
    const item = detail.agenda[0]!;
    const minutes = `Pani Anna Wierzbicka (PESEL ${PESEL}) zgłosiła przemoc domową w rodzinie.`;
    await api.agenda.update({ id: item.id, minutes });
    // Refused inputs are answers, not incidents: they are not logged.
    await expect(api.members.create({ fullName: 'Anna Wierzbicka', institutionId: ops.id, joinedOn: 'wczoraj' })).rejects.toThrow();
    // The worst failure: an error thrown with the typed text in its message (as SQLite and zod messages quote values).
    core.database.sqlite.function('fail_with', (text: unknown) => {
      throw new Error(`cannot store ${String(text)}`);
    });
    core.database.sqlite.exec('CREATE TEMP TRIGGER fail_on_minutes BEFORE UPDATE ON agenda_item BEGIN SELECT fail_with(NEW.minutes); END');
    const failed = await core.dispatch('agenda.update', { id: item.id, minutes: `${minutes} Dalej: Anna Wierzbicka.` });
    expect(failed).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; see the application log (logs/pzk.log in the data folder).' } });
    core.database.sqlite.exec('DROP TRIGGER fail_on_minutes');

    // "Zapisz raport diagnostyczny": the log, versions and the database's state; nothing the team wrote.
    const report = await api.diagnostics.report();
    expect(report).toMatchObject({ fileName: expect.stringMatching(/^pzk-raport-diagnostyczny_\d{4}-\d{2}-\d{2}\.zip$/), mediaType: 'application/zip' });
    const files = unzipSync(report.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'about.json', 'logs/pzk.log']);
    const about = JSON.parse(strFromU8(files['about.json']!)) as {
      app: { schemaVersion: string };
      sqlite: { quickCheck: string[]; foreignKeyProblems: number };
      migrations: Array<{ name: string }>;
      rowCounts: Record<string, number>;
    };
    expect(about.app.schemaVersion).toBe(core.database.schemaVersion);
    expect(about.sqlite).toMatchObject({ quickCheck: ['ok'], foreignKeyProblems: 0 });
    expect(about.migrations.map((m) => m.name).at(-1)).toBe(core.database.schemaVersion);
    expect(about.rowCounts).toMatchObject({ member: 1, agenda_item: 1, meeting: 1 });
    const everything = Object.values(files).map((f) => strFromU8(f)).join('\n');
    for (const secret of [PESEL, 'Wierzbicka', 'przemoc', 'Zielonka', 'Ośrodek', '1434011']) expect(everything).not.toContain(secret);
    expect(everything).toContain('api_call_failed');
  } finally {
    await core.close();
    stderr.mockRestore();
  }
  const logs = readdirSync(join(dataDir, 'logs'));
  const text = logs.map((f) => readFileSync(join(dataDir, 'logs', f), 'utf8')).join('');
  expect(text).toMatch(/INFO database_opened appVersion=[\d.]+ schemaVersion=\d{4}_\w+ readOnly=false memory=false/);
  expect(text).toMatch(/ERROR api_call_failed method=agenda\.update error="Error \| at /);
  expect(text).toMatch(/INFO database_closed/);
  for (const secret of [PESEL, 'Wierzbicka', 'Anna', 'przemoc', 'cannot store', 'Zielonka', 'Ośrodek']) expect(text).not.toContain(secret);
});
