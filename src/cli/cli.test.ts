// The `pzk` command as a user runs it: a real process, its exit code, stdout and stderr.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { openKeyed, tempDir, testCore } from '../../test/helpers';
import { EXE, PDF, PNG } from '../../test/sampleFiles';
import { openHubAt } from '../../test/hubAt';
import { isPlainDatabase } from '../db/cipher';
import { developmentKeyFileOf } from '../security/keys';
import { unzipSync } from 'fflate';
import { decryptWith, unzipFiles } from '../sync/crypto';

const bin = resolve(import.meta.dirname, '../../bin/pzk.mjs');
const pzk = (...args: string[]) => {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

describe('pzk CLI', () => {
  it('runs from its JavaScript bundle when it is current, from the sources when they are newer (issue 11.15)', () => {
    const which = () => spawnSync(process.execPath, [bin], { encoding: 'utf8', env: { ...process.env, PZK_CLI_WHICH: '1' } }).stderr.trim();
    // The bundle of npm ci / npm run build: everything but native code and pdfmake in one file.
    const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(which()).toBe('pzk: dist/cli/main.mjs');
    // A bundle older than the sources is not used (a developer edited them since).
    const bundle = resolve('dist/cli/main.mjs');
    utimesSync(bundle, new Date('2000-01-01'), new Date('2000-01-01'));
    expect(which()).toBe('pzk: src/cli/main.ts (through tsx)');
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs']).status).toBe(0);
    expect(which()).toBe('pzk: dist/cli/main.mjs');
  });

  it('prints help and exits 0', () => {
    const { code, out } = pzk('--help');
    expect(code).toBe(0);
    for (const command of ['demo', 'info', 'protocol', 'attendance-list', 'declaration', 'plan export', 'basket export', 'basket import', 'report', 'cases']) expect(out).toContain(`pzk ${command}`);
  });

  it('makes the same demo team for the same seed, with action items in every state', () => {
    const dir = tempDir();
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    expect(pzk('demo', '--db', a, '--seed', '7').code).toBe(0);
    expect(pzk('demo', '--db', b, '--seed', '7').code).toBe(0);
    const infoA = pzk('info', '--db', a, '--json');
    expect(infoA.code).toBe(0);
    expect(pzk('info', '--db', b, '--json').out).toBe(infoA.out);
    const info = JSON.parse(infoA.out);
    expect(info.team).toEqual({ name: 'Partnerski Zespół Kooperacyjny w Gminie Zielonka', gmina: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    expect(info.counts).toMatchObject({ institutions: 8, members: 12 });
    expect(info.meetings[0]).toEqual({ number: '1/2026', kind: 'pzk', date: '2026-01-15', status: 'approved' });
    expect(new Set(info.meetings.map((m: { status: string }) => m.status))).toEqual(new Set(['approved', 'held', 'planned']));
    const db = openKeyed(a);
    const statuses = (db.prepare('SELECT DISTINCT status FROM action_item').all() as Array<{ status: string }>).map((r) => r.status).sort();
    db.close();
    expect(statuses).toEqual(['cancelled', 'done', 'in_progress', 'new']);
    // Eight cases of the task teams, one at every stage, two of them closed; their plans as the case screen shows them.
    const cases = JSON.parse(pzk('cases', '--db', a, '--json').out) as Array<{ code: string; stage: string; closeReason: string | null; goals: Array<{ result: string | null; tasks: unknown[] }> }>;
    expect(cases).toHaveLength(8);
    expect(new Set(cases.map((c) => c.stage))).toEqual(new Set(['referred', 'diagnosed', 'consent', 'team', 'plan', 'review', 'closed']));
    expect(cases.filter((c) => c.stage === 'closed').map((c) => c.closeReason).sort()).toEqual(['completed', 'consent_withdrawn']);
    expect(cases.find((c) => c.code === 'RODZ-2026-07')!.goals.map((g) => g.result)).toEqual(['achieved', 'achieved', 'achieved']);
    expect(pzk('cases', '--db', a).out).toContain('RODZ-2026-06  family  review');
    expect(pzk('demo', '--db', a).code).toBe(2);
  }, 60_000);

  it('writes the protocol and the attendance list of a meeting', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    pzk('demo', '--db', db);
    const out = join(dir, 'p5.pdf');
    const run = pzk('protocol', '--db', db, '--meeting', '5/2026', '--out', out);
    expect(run).toMatchObject({ code: 0, out: `${out}\n`, err: '' });
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('PROTOKÓŁ NR 5/2026');
    const list = join(dir, 'l5.pdf');
    expect(pzk('attendance-list', '--db', db, '--meeting', '5/2026', '--out', list).code).toBe(0);
    expect(execFileSync('pdftotext', [list, '-'], { encoding: 'utf8' })).toContain('LISTA OBECNOŚCI');
    // The DOCX working copy (issue 13.1): a Word package holding the same title.
    const docx = join(dir, 'p5.docx');
    expect(pzk('protocol', '--db', db, '--meeting', '5/2026', '--format', 'docx', '--out', docx)).toMatchObject({ code: 0, out: `${docx}\n`, err: '' });
    const word = unzipSync(readFileSync(docx));
    expect(Buffer.from(word['word/document.xml']!).toString()).toContain('PROTOKÓŁ NR 5/2026');
  }, 60_000);

  it('writes the period report with its charts, as PDF and DOCX (issue 17.7)', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    pzk('demo', '--db', db);
    const out = join(dir, 'r.pdf');
    expect(pzk('report', '--db', db, '--from', '2026-01-01', '--to', '2026-06-30', '--out', out)).toMatchObject({ code: 0, out: `${out}\n`, err: '' });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['SPRAWOZDANIE', 'za okres od 01.01.2026 do 30.06.2026', 'Wskaźniki Modelu Kooperacji', 'Wykres 5. Sprawy w okresie']) expect(text).toContain(expected);
    // No case code nor name of a person: the report holds counts.
    expect(text).not.toMatch(/RODZ-2026-\d\d/);
    const docx = join(dir, 'r.docx');
    expect(pzk('report', '--db', db, '--year', '2026', '--format', 'docx', '--out', docx)).toMatchObject({ code: 0, out: `${docx}\n`, err: '' });
    const word = unzipSync(readFileSync(docx));
    expect(Buffer.from(word['word/document.xml']!).toString()).toContain('za rok 2026');
    expect(Object.keys(word).filter((name) => /^word\/media\/.*\.svg$/.test(name))).toHaveLength(8);
  }, 60_000);

  it('prints the declarations to sign (one institution by its name, every one not signed, the members’) , exports the action plan and the basket and imports the basket (issue 16.8)', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    pzk('demo', '--db', db);
    const listed = pzk('declaration', '--db', db, '--list');
    expect(listed.code).toBe(0);
    // The demo team signed at its formalising meeting, all institutions but the clinic.
    expect(listed.out).toContain('Declarations of accession: 7 of 8 signed');
    expect(listed.out).toMatch(/unsigned\s+Przychodnia Rodzinna/);
    const one = join(dir, 'mops.pdf');
    expect(pzk('declaration', '--db', db, '--institution', 'miejski ośrodek pomocy społecznej w zielonce', '--out', one)).toMatchObject({ code: 0, out: `${one}\n`, err: '' });
    const text = execFileSync('pdftotext', [one, '-'], { encoding: 'utf8' });
    expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA');
    expect(text).toContain('Barbara Michalska, Dyrektor Miejskiego Ośrodka Pomocy Społecznej');
    const all = join(dir, 'all.pdf');
    expect(pzk('declaration', '--db', db, '--all', '--out', all).code).toBe(0);
    expect(execFileSync('pdftotext', [all, '-'], { encoding: 'utf8' })).toContain('Przychodnia Rodzinna');
    const members = join(dir, 'members.pdf');
    expect(pzk('declaration', '--db', db, '--confidentiality', '--all', '--out', members).code).toBe(0);
    expect(execFileSync('pdftotext', [members, '-'], { encoding: 'utf8' }).match(/OŚWIADCZENIE O ZACHOWANIU POUFNOŚCI/g)).toHaveLength(2);
    expect(pzk('declaration', '--db', db)).toMatchObject({ code: 2, err: 'pzk: name one institution (--institution ID|NAME) or print every one not signed (--all)\n' });
    expect(pzk('declaration', '--db', db, '--institution', 'Nieznana')).toMatchObject({ code: 1, err: expect.stringContaining('no institution "Nieznana"') });
    // The action plan the demo team adopted at its formalising meeting.
    const plan = join(dir, 'plan.pdf');
    expect(pzk('plan', 'export', '--db', db, '--out', plan)).toMatchObject({ code: 0, out: `${plan}\n`, err: '' });
    const planText = execFileSync('pdftotext', [plan, '-'], { encoding: 'utf8' });
    expect(planText).toContain('Plan działania Partnerskiego Zespołu Kooperacyjnego w Zielonce na rok 2026');
    expect(planText).toContain('Plan przyjęto na posiedzeniu nr 3/2026');
    const planDocx = join(dir, 'plan.docx');
    expect(pzk('plan', 'export', '--db', db, '--format', 'docx', '--out', planDocx).code).toBe(0);
    expect(Buffer.from(unzipSync(readFileSync(planDocx))['word/document.xml']!).toString()).toContain('Diagnoza lokalna sytuacji rodzin');
    expect(pzk('plan', 'export', '--db', db, '--format', 'odt')).toMatchObject({ code: 2, err: 'pzk: --format must be pdf or docx, not "odt"\n' });
    // The basket (issue 16.8): the guide, the spreadsheet, and the spreadsheet back — checked, then written.
    const guide = join(dir, 'koszyk.pdf');
    expect(pzk('basket', 'export', '--db', db, '--out', guide)).toMatchObject({ code: 0, out: `${guide}\n`, err: '' });
    expect(execFileSync('pdftotext', [guide, '-'], { encoding: 'utf8' })).toContain('Świetlica środowiskowa „Przystań”');
    const sheet = join(dir, 'koszyk.xlsx');
    expect(pzk('basket', 'export', '--db', db, '--format', 'xlsx', '--out', sheet).code).toBe(0);
    const same = pzk('basket', 'import', '--db', db, '--dry-run', sheet);
    expect(same).toMatchObject({ code: 0, err: '' });
    expect(same.out).toContain('0 new, 0 changed, 30 the same, 0 repeated, 0 with errors; nothing written (--dry-run)');
    const csv = join(dir, 'koszyk.csv');
    writeFileSync(csv, '\ufeffInstytucja;Usługa;Opis\r\nPowiatowy Urząd Pracy;Klub pracy;Warsztaty szukania pracy\r\nPowiatowy Urząd Pracy;klub pracy;raz jeszcze\r\nPoradnia Nieznana;Terapia;x\r\n');
    const imported = pzk('basket', 'import', '--db', db, csv);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain('line 3  duplicate Powiatowy Urząd Pracy — klub pracy  repeats line 2');
    expect(imported.out).toContain('line 4  error     Poradnia Nieznana — Terapia  institution: not_found');
    expect(imported.out).toContain('1 new, 0 changed, 0 the same, 1 repeated, 1 with errors; added 1, changed 0, left out 2');
    writeFileSync(csv, 'Instytucja;Opis\r\nPowiatowy Urząd Pracy;x\r\n');
    expect(pzk('basket', 'import', '--db', db, csv)).toMatchObject({ code: 1, err: 'pzk: the file has no column "Usługa"\n' });
    expect(pzk('basket', 'export', '--db', db, '--format', 'docx')).toMatchObject({ code: 2, err: 'pzk: --format must be pdf, xlsx or csv, not "docx"\n' });
  }, 60_000);

  it('attaches files to a meeting, lists them with their hashes and saves them back (issue 13.4)', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    pzk('demo', '--db', db);
    // --meeting names a PZK meeting; task teams number theirs on their own.
    const meetings = (JSON.parse(pzk('info', '--db', db, '--json').out).meetings as Array<{ number: string; status: string; kind: string }>).filter((m) => m.kind === 'pzk');
    const held = meetings.find((m) => m.status === 'held')!.number;
    const approved = meetings.find((m) => m.status === 'approved')!.number;
    const files = { scan: join(dir, 'lista.pdf'), deck: join(dir, 'prezentacja.pdf'), exe: join(dir, 'faktura.pdf') };
    writeFileSync(files.scan, PNG);
    writeFileSync(files.deck, PDF);
    writeFileSync(files.exe, EXE);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(pzk('attach', '--db', db, '--meeting', held, '--scan', files.scan)).toMatchObject({ code: 0, out: `${sha(PNG)}  lista.png  image/png  70 bytes\n`, err: '' });
    expect(pzk('attach', '--db', db, '--meeting', held, '--title', 'Prezentacja', files.deck).code).toBe(0);
    const refused = pzk('attach', '--db', db, '--meeting', held, files.exe);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^pzk: the file is none of PDF, JPG, PNG, DOCX, XLSX, ODT \(judged by its content, not its name\)\n$/);
    expect(pzk('attach', '--db', db, '--meeting', approved, files.deck)).toMatchObject({ code: 1, err: expect.stringMatching(/approved and locked/) });
    const saved = join(dir, 'saved');
    mkdirSync(saved);
    const listed = pzk('attachments', '--db', db, '--meeting', held, '--save', saved);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n').filter(Boolean).map((l) => l.replace(/ {2}→ .*$/, ''))).toEqual([
      `1. ${sha(PNG)}  lista.png  image/png  70 bytes  Skan podpisanej listy obecności`,
      `2. ${sha(PDF)}  prezentacja.pdf  application/pdf  ${PDF.byteLength} bytes  Prezentacja`,
    ]);
    expect(sha(readFileSync(join(saved, 'lista.png')))).toBe(sha(PNG));
    // Help after any command, instead of "Unknown option".
    expect(pzk('bundle', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('pzk bundle export') });
  }, 60_000);

  it('commands that only read never create, migrate or change a file (issue 10.8)', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const run = pzk('info', '--db', empty);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/^pzk: .*empty\.sqlite is not a PZK Animator database \(it is empty\)\.\n$/);
    expect(readFileSync(empty).length).toBe(0);
    expect(readdirSync(dir)).toEqual(['empty.sqlite']);
    // A database of 0.1.0 is not upgraded by a read: the command says what to do and leaves it as it is.
    const old = join(dir, 'team.sqlite');
    copyFileSync(resolve('test/fixtures/v0.1.0/team.sqlite'), old);
    const before = readFileSync(old);
    for (const args of [['info', '--db', old], ['protocol', '--db', old, '--meeting', '1/2026', '--out', join(dir, 'p.pdf')]]) {
      const r = pzk(...args);
      expect(r.code, args[0]).not.toBe(0);
      expect(r.err, args[0]).toMatch(/^pzk: .*must be upgraded first; open it once in the app/);
    }
    expect(readFileSync(old).equals(before)).toBe(true);
    // (SQLite's own shared-memory companions of a WAL database may appear beside it; no other file.)
    expect(readdirSync(dir).filter((n) => !/-(wal|shm)$/.test(n)).sort()).toEqual(['empty.sqlite', 'team.sqlite']);
  });

  it('fails with one clear line and a non-zero code', () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    pzk('demo', '--db', db);
    const cases: Array<[string[], RegExp]> = [
      [['info', '--db', join(dir, 'missing.sqlite')], /^pzk: No database file at .*missing\.sqlite\.\n$/],
      [['info', '--db', bin], /^pzk: .* is not a PZK Animator database\.\n$/],
      [['protocol', '--db', db, '--meeting', '99/2026'], /^pzk: no PZK meeting 99\/2026 in this database\n$/],
      [['protocol', '--db', db], /^pzk: --meeting N\/YYYY is required/],
      [['protocol', '--db', db, '--meeting', '5/2026', '--format', 'odt'], /^pzk: --format must be pdf or docx, not "odt"\n$/],
      [['protocol', '--db', db, '--meeting', '5/2026', '--format', 'docx', '--version', '1'], /^pzk: --version names a stored PDF/],
      [['report', '--db', db], /^pzk: --from YYYY-MM-DD and --to YYYY-MM-DD are required \(or --year YYYY\)\n$/],
      [['report', '--db', db, '--from', '2026-02-30', '--to', '2026-03-01'], /^pzk: --from must be a date YYYY-MM-DD, not "2026-02-30"\n$/],
      [['report', '--db', db, '--from', '2026-06-01', '--to', '2026-01-01'], /^pzk: --from 2026-06-01 is later than --to 2026-01-01\n$/],
      [['report', '--db', db, '--year', '2026', '--from', '2026-01-01'], /^pzk: give either --year or --from and --to, not both\n$/],
      [['info'], /^pzk: --db FILE is required\n$/],
      [['frob'], /^pzk: unknown command "frob"/],
      [['info', '--db', db, '--bogus'], /^pzk: Unknown option '--bogus'/],
    ];
    for (const [args, pattern] of cases) {
      const run = pzk(...args);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.err, args.join(' ')).toMatch(pattern);
      expect(run.err.trim().split('\n')).toHaveLength(1);
    }
    const newer = openKeyed(db, db, { readonly: false });
    newer.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', 'now')").run();
    newer.close();
    const run = pzk('info', '--db', db);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^pzk: The database was written by a newer version of PZK Animator/);
  }, 60_000);

  it('synchronises a team with the regional hub and back', () => {
    const dir = tempDir();
    const at = (name: string) => join(dir, name);
    expect(pzk('demo', '--db', at('team.sqlite')).code).toBe(0);
    const init = pzk('hub', 'init', '--hub', at('hub.sqlite'), '--name', 'Mazowieckie Centrum Polityki Społecznej');
    expect(init.out).toMatch(/^age1[0-9a-z]+\n$/);
    expect(pzk('hub', 'enrol', '--hub', at('hub.sqlite'), '--name', 'PZK Zielonka', '--teryt', '1434011', '--out', at('enrol.json')).code).toBe(0);
    expect(pzk('enrol', '--db', at('team.sqlite'), at('enrol.json')).out).toBe('enrolled with Mazowieckie Centrum Polityki Społecznej\n');
    expect(pzk('bundle', 'export', '--db', at('team.sqlite'), '--out', at('b1.pzkb')).code).toBe(0);
    const imported = pzk('hub', 'import', '--hub', at('hub.sqlite'), '--receipts', at('receipts'), at('b1.pzkb'));
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/b1\.pzkb: accepted — TERYT 1434011, seq 0–(\d+)/);
    // The hub's database is encrypted like a team's (here by the development key file, as no passphrase was given).
    expect(isPlainDatabase(at('hub.sqlite'))).toBe(false);
    expect(existsSync(developmentKeyFileOf(at('hub.sqlite')))).toBe(true);
    const toSeq = /seq 0–(\d+)/.exec(imported.out)![1];
    expect(pzk('bundle', 'receipt', '--db', at('team.sqlite'), join(at('receipts'), `1434011_${toSeq}.pzkr`)).out).toBe(`acknowledged up to seq ${toSeq}\n`);
    const report = pzk('hub', 'report', '--hub', at('hub.sqlite'), '--csv');
    expect(report.out.split('\n')[1]).toMatch(new RegExp(`^1434011;"PZK Zielonka";${toSeq};.*;15;13;12;`));
    // Every file named is checked before any is imported; then each is read and imported in turn.
    const journal = () => openKeyed(at('hub.sqlite')).prepare('SELECT count(*) AS n FROM hub_import').pluck().get();
    const journalled = journal();
    expect(pzk('hub', 'import', '--hub', at('hub.sqlite'), at('b1.pzkb'), at('b1.pzkb'), at('nie-ma.pzkb'))).toMatchObject({ code: 1, out: '', err: `pzk: cannot read ${at('nie-ma.pzkb')}\n` });
    expect(pzk('hub', 'import', '--hub', at('hub.sqlite'), at('b1.pzkb'), dir)).toMatchObject({ code: 1, out: '', err: `pzk: cannot read ${dir}\n` });
    expect(journal()).toBe(journalled);
    const twice = pzk('hub', 'import', '--hub', at('hub.sqlite'), at('b1.pzkb'), at('b1.pzkb'));
    expect(twice).toMatchObject({ code: 0, err: '' });
    expect(twice.out.match(/b1\.pzkb: already imported/g)).toHaveLength(2);
    expect(journal()).toBe(Number(journalled) + 2);
    const refused = pzk('hub', 'import', '--hub', at('hub.sqlite'), at('enrol.json'));
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/enrol\.json: refused \(DECRYPT_FAILED\)/);
    // The team list names the state; a refusal by a team shows there until its next good bundle.
    expect(pzk('hub', 'report', '--hub', at('hub.sqlite')).out).toMatch(/^1434011 {2}PZK Zielonka \[ok\]: seq \d+/);
    // The regional catalogue: the demo team's basket, by powiat and target group.
    const catalogue = pzk('hub', 'catalogue', '--hub', at('hub.sqlite'), '--powiat', 'wołomiński', '--target-group', 'seniors', '--out', at('katalog.xlsx'));
    expect(catalogue).toMatchObject({ code: 0, err: '', out: `8 offers → ${at('katalog.xlsx')}\n` });
    expect(existsSync(at('katalog.xlsx'))).toBe(true);
    expect(pzk('hub', 'catalogue', '--hub', at('hub.sqlite'), '--powiat', 'węgrowski', '--format', 'csv', '--out', at('katalog.csv')).out).toMatch(/^0 offers/);
    expect(pzk('hub', 'catalogue', '--hub', at('hub.sqlite'), '--target-group', 'kids')).toMatchObject({ code: 2, err: expect.stringMatching(/^pzk: --target-group must be one of children, /) });
    // The region's case figures (issue 17.5): the demo team's eight cases pooled with its type of gmina — published once
    // 2026 has ended and the team's bundle was made after it; until then the type of gmina only says it waits.
    const ended = new Date().getFullYear() > 2026;
    const waiting = ended ? '' : ', 1 not published yet (the year must end and every team send a bundle made after it)';
    expect(pzk('hub', 'cases', '--hub', at('hub.sqlite'), '--year', '2026', '--format', 'csv', '--out', at('sprawy.csv'))).toMatchObject({ code: 0, err: '', out: `2026: ${ended ? 1 : 0} model types${waiting} → ${at('sprawy.csv')}\n` });
    const figures = readFileSync(at('sprawy.csv'), 'utf8');
    expect(figures).toContain(ended ? '"2026";"gminy miejskie";"1";' : '"gminy miejskie: dane za rok 2026 zostaną podane po jego zakończeniu"');
    expect(figures).not.toMatch(/RODZ-2026/);
    expect(pzk('hub', 'cases', '--hub', at('hub.sqlite'), '--year', '26')).toMatchObject({ code: 2, err: 'pzk: --year must be a year such as 2026, not "26"\n' });

    // A new enrolment (restored installation): the team sends everything again with the new token.
    expect(pzk('hub', 'reenrol', '--hub', at('hub.sqlite'), '--teryt', '1434011', '--out', at('enrol2.json')).code).toBe(0);
    expect(pzk('hub', 'report', '--hub', at('hub.sqlite')).out).toContain('[reenrolled]');
    expect(pzk('enrol', '--db', at('team.sqlite'), at('enrol2.json')).code).toBe(0);
    expect(pzk('bundle', 'export', '--db', at('team.sqlite'), '--out', at('b2.pzkb')).out).toMatch(new RegExp(`\\(\\d+ records, seq 1–${toSeq}\\)\\n$`));
    expect(pzk('hub', 'import', '--hub', at('hub.sqlite'), at('b2.pzkb')).out).toMatch(/b2\.pzkb: accepted/);
    const unknown = pzk('hub', 'reenrol', '--hub', at('hub.sqlite'), '--teryt', '1465011', '--out', at('enrol3.json'));
    expect(unknown).toMatchObject({ code: 1, err: 'pzk: no team with TERYT 1465011 is enrolled here\n' });
  }, 90_000);

  it('refuses to write beside a running browser host, in one line that names it; reads beside it', async () => {
    const dir = tempDir();
    const db = join(dir, 'pzk.sqlite');
    expect(pzk('demo', '--db', db).code).toBe(0);
    const host = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../main/browser/cli.ts'), '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PZK_DEV_KEY: '1' } });
    try {
      await new Promise((done) => createInterface({ input: host.stdout! }).once('line', done));
      const refused = pzk('bundle', 'receipt', '--db', db, bin);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(new RegExp(`^pzk: the data folder .* is in use by the browser host \\(npm run preview\\) \\(pid ${host.pid}, since .*\\); close it first, or use a command that only reads\\n$`));
      const info = pzk('info', '--db', db, '--json');
      expect(info.code).toBe(0);
      expect(JSON.parse(info.out).counts.members).toBe(12);
      // A second browser host on the same folder is refused too (issue 10.4), in one line naming the first.
      const second = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../main/browser/cli.ts'), '--data-dir', dir], { encoding: 'utf8', env: { ...process.env, PZK_DEV_KEY: '1' } });
      expect(second.status).toBe(1);
      expect(second.stdout).toBe('');
      expect(second.stderr).toMatch(new RegExp(`^pzk preview: the data folder .* is in use by the browser host \\(npm run preview\\) \\(pid ${host.pid}, since .*\\); close it first, or use a command that only reads\\n$`));
    } finally {
      host.kill('SIGTERM');
      await new Promise((done) => host.once('exit', done));
    }
    // Once the host is gone, the same command gets past the lock (and fails on its own terms).
    expect(pzk('bundle', 'receipt', '--db', db, bin).err).toMatch(/^pzk: this team is not enrolled/);
  }, 60_000);

  it('runs the RODO check of exactly what the bundle carries: a PESEL stops it, a corrected one is gone', async () => {
    const dir = tempDir();
    const db = join(dir, 'pzk.sqlite');
    const PESEL = '44051401458';
    const hubFile = join(tempDir(), 'hub.sqlite');
    expect(pzk('demo', '--db', db).code).toBe(0);
    pzk('hub', 'init', '--hub', hubFile);
    pzk('hub', 'enrol', '--hub', hubFile, '--name', 'PZK Zielonka', '--teryt', '1434011', '--out', join(dir, 'enrol.json'));
    expect(pzk('enrol', '--db', db, join(dir, 'enrol.json')).code).toBe(0);
    // Minutes typed in the app (autosaved twice, the second time with the number), then the app is closed.
    const t = await testCore({ dataDir: dir });
    const meeting = (await t.api.meetings.list()).find((m) => m.status !== 'approved' && m.number !== null)!;
    const item = (await t.api.meetings.get({ id: meeting.id })).agenda[0]!;
    await t.api.agenda.update({ id: item.id, minutes: `${item.minutes} Matka` });
    await t.api.agenda.update({ id: item.id, minutes: `${item.minutes} Matka, PESEL ${PESEL}.` });
    await t.core.close();

    const stopped = pzk('bundle', 'export', '--db', db, '--out', join(dir, 'b.pzkb'));
    expect(stopped.code).toBe(1);
    expect(stopped.out).toMatch(new RegExp(`^finding: PESEL 44\\*{7}58 — Posiedzenie nr ${meeting.number}, Ad 1\\. .* \\(przebieg\\)$`, 'm'));
    expect(stopped.err).toBe('pzk: the bundle was not made: 1 PESEL or ID-card number(s) (listed above); correct the text, or run again with --accept-findings\n');
    expect(existsSync(join(dir, 'b.pzkb'))).toBe(false);

    const again = await testCore({ dataDir: dir });
    await again.api.agenda.update({ id: item.id, minutes: `${item.minutes} Matka zgłosiła się do OPS.` });
    await again.core.close();
    const sent = pzk('bundle', 'export', '--db', db, '--out', join(dir, 'b.pzkb'));
    expect(sent).toMatchObject({ code: 0, err: '' });
    const hub = await openHubAt(hubFile);
    const { ageIdentity } = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
    await hub.close();
    const files = unzipFiles(await decryptWith(ageIdentity, readFileSync(join(dir, 'b.pzkb'))));
    expect(Object.values(files).some((bytes) => Buffer.from(bytes).includes(PESEL))).toBe(false);
    expect(readFileSync(db).includes(PESEL)).toBe(false);
    expect(existsSync(`${db}-wal`) ? readFileSync(`${db}-wal`).includes(PESEL) : false).toBe(false);
  }, 90_000);
});
