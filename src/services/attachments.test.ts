import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../domain/attachments';
import { expectAppError, pdfText, seededCore } from '../../test/helpers';
import { docx, EXE, JPG, odt, PDF, PNG, xlsx, zip } from '../../test/sampleFiles';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('attachments', () => {
  it('takes PDF, JPG, PNG, DOCX, XLSX and ODT by their content, stores them with their SHA-256 and gives them back intact', async () => {
    const { api } = await seededCore({ now: '2026-03-10T09:00:00Z' });
    const m = await api.meetings.create({ date: '2026-03-10' });
    const files: Array<[string, Buffer, string]> = [
      ['prezentacja.pdf', PDF, 'application/pdf'],
      ['zdjecie.jpg', JPG, 'image/jpeg'],
      ['plakat.png', PNG, 'image/png'],
      ['pismo.docx', await docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['dane.xlsx', await xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['notatka.odt', odt(), 'application/vnd.oasis.opendocument.text'],
    ];
    for (const [fileName, bytes] of files) await api.attachments.add({ meetingId: m.id, fileName, bytes });
    const listed = (await api.meetings.get({ id: m.id })).attachments;
    expect(listed.map((a) => [a.position, a.fileName, a.mediaType, a.size, a.sha256, a.title])).toEqual(
      files.map(([name, bytes, type], i) => [i + 1, name, type, bytes.byteLength, sha(bytes), name.replace(/\.\w+$/, '')]),
    );
    const back = await api.attachments.get({ id: listed[3]!.id });
    expect(Buffer.from(back.bytes).equals(files[3]![1])).toBe(true);
    expect(back).toMatchObject({ fileName: 'pismo.docx', sha256: sha(files[3]![1]) });
    expect(await api.attachments.list({ meetingId: m.id })).toEqual(listed);
  });

  it('judges the type by the content, not the name: a renamed scan gets its true extension, anything else is refused', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    // A scanner app saved a JPEG as "skan.pdf": it is kept as what it is.
    const scan = await api.attachments.add({ meetingId: m.id, fileName: 'C:\\Skany\\skan.pdf', bytes: JPG, kind: 'attendance_scan' });
    expect(scan).toMatchObject({ fileName: 'skan.jpg', mediaType: 'image/jpeg', kind: 'attendance_scan', title: 'Skan podpisanej listy obecności' });
    for (const [name, bytes] of [
      ['faktura.pdf', EXE],
      ['lista.docx', zip()],
      ['notatka.txt', Buffer.from('Zwykły tekst, nie dokument')],
    ] as const) {
      const error = await expectAppError(api.attachments.add({ meetingId: m.id, fileName: name, bytes }), 'ATTACHMENT_TYPE_NOT_ALLOWED');
      expect(error.details).toMatchObject({ fileName: name });
    }
    expect((await api.attachments.list({ meetingId: m.id })).length).toBe(1);
  });

  it('refuses a file over 25 MB before storing anything', async () => {
    const { api, core } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - PDF.byteLength, 0x20)]);
    const error = await expectAppError(api.attachments.add({ meetingId: m.id, fileName: 'duzy.pdf', bytes: big }), 'ATTACHMENT_TOO_LARGE');
    expect(error.details).toMatchObject({ maxMb: 25 });
    expect(core.database.sqlite.prepare('SELECT count(*) FROM attachment_content').pluck().get()).toBe(0);
    // Exactly 25 MB is taken.
    await api.attachments.add({ meetingId: m.id, fileName: 'duzy.pdf', bytes: big.subarray(0, MAX_ATTACHMENT_BYTES) });
  });

  it('lists them with their hashes in the protocol and locks them with the meeting on approval', async () => {
    const { api, core } = await seededCore({ now: '2026-03-10T09:00:00Z' });
    const m = await api.meetings.create({ date: '2026-03-10' });
    const scan = await api.attachments.add({ meetingId: m.id, fileName: 'lista.png', bytes: PNG, kind: 'attendance_scan' });
    const deck = await api.attachments.add({ meetingId: m.id, fileName: 'prezentacja.pdf', bytes: PDF, title: 'Prezentacja programu „Asystent rodziny”' });
    const gone = await api.attachments.add({ meetingId: m.id, fileName: 'pomylka.docx', bytes: await docx() });
    await api.attachments.remove({ id: gone.id });
    expect(core.database.sqlite.prepare('SELECT count(*) FROM attachment_content').pluck().get()).toBe(2);
    await api.attachments.rename({ id: deck.id, title: 'Prezentacja „Asystent rodziny”' });

    const draft = pdfText((await api.protocol.get({ meetingId: m.id })).bytes);
    expect(draft).toContain('Załączniki');
    // Annex 1, the attendance list, with its signed scan under it; then the other files.
    expect(draft).toMatch(/Lista obecności 1\. Skan podpisanej listy obecności plik lista\.png \(PNG, 70 B\) SHA-256: [0-9a-f]{64}/);
    expect(draft).toContain(`SHA-256: ${scan.sha256}`);
    expect(draft).toMatch(/Prezentacja „Asystent rodziny” 2\. plik prezentacja\.pdf \(PDF, 77 B\)/);
    expect(draft).toContain(`SHA-256: ${deck.sha256}`);
    expect(draft).not.toContain('pomylka');
    // The DOCX working copy lists the same, line by line.
    const xml = strFromU8(unzipSync((await api.protocol.docx({ meetingId: m.id })).bytes)['word/document.xml']!);
    expect(xml).toContain(`SHA-256: ${deck.sha256}`);
    // (a line break between the title and the file, no other text)
    expect(xml).toMatch(/Prezentacja „Asystent rodziny”<\/w:t>(?:(?!<w:t[^>]*>[^<]).)*<w:br\/>(?:(?!<w:t[^>]*>[^<]).)*<w:t[^>]*>plik prezentacja\.pdf/);

    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.meetings.setStatus({ id: m.id, status: 'approved' });
    await expectAppError(api.attachments.add({ meetingId: m.id, fileName: 'pozniej.pdf', bytes: PDF }), 'MEETING_LOCKED');
    await expectAppError(api.attachments.remove({ id: scan.id }), 'MEETING_LOCKED');
    await expectAppError(api.attachments.rename({ id: scan.id, title: 'Inny' }), 'MEETING_LOCKED');
    // The approved protocol carries the hashes it was approved with.
    expect(pdfText((await api.protocol.get({ meetingId: m.id })).bytes)).toContain(`SHA-256: ${deck.sha256}`);
    expect((await api.attachments.get({ id: scan.id })).sha256).toBe(scan.sha256);
  });

  it('leaves no byte of a removed attachment in the database file (secure_delete)', async () => {
    const { api, core } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    const marker = 'ZESKANOWANY-PESEL-44051401359-DO-USUNIECIA';
    const scan = await api.attachments.add({ meetingId: m.id, fileName: 'pomylka.pdf', bytes: Buffer.concat([PDF, Buffer.from(marker.repeat(200))]) });
    await api.attachments.remove({ id: scan.id });
    core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = join(core.dataDir, 'pzk.sqlite');
    expect(readFileSync(file).includes(marker)).toBe(false);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).includes(marker) : false).toBe(false);
  });

  it('checks what the protocol prints of them (the file name) for personal data', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    await api.attachments.add({ meetingId: m.id, fileName: 'skan 44051401359.pdf', bytes: PDF });
    const findings = await api.protocol.check({ meetingId: m.id });
    expect(findings.map((f) => f.kind)).toContain('pesel');
  });
});
