// Attachments travel in the bundle as files named by their records; the hub stores a file only when
// its hash is the one its record gives and its content is the type the record says (issue 13.4).
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { craft, recordsOf, setRecords, setup } from '../../test/bundles';
import { hubDigest } from '../../test/helpers';
import { JPG, PDF, PNG } from '../../test/sampleFiles';
import { sha256Hex } from '../sync/crypto';
import { checkBundle, exportBundle, importReceipt } from '../sync/team';
import { importBundle } from './import';

async function withAttachments() {
  const s = await setup();
  const m = await s.api.meetings.create({ date: '2026-02-24' });
  const scan = await s.api.attachments.add({ meetingId: m.id, fileName: 'lista.png', bytes: PNG, kind: 'attendance_scan' });
  const deck = await s.api.attachments.add({ meetingId: m.id, fileName: 'prezentacja.pdf', bytes: PDF });
  return { ...s, scan, deck, meeting: m };
}

const stored = (s: Awaited<ReturnType<typeof setup>>) =>
  s.hub.sqlite.prepare("SELECT path, sha256, content FROM hub_file WHERE path LIKE 'attachments/%' ORDER BY path").all() as Array<{ path: string; sha256: string; content: Buffer }>;

describe('attachments in the bundle', () => {
  it('carries each attachment with its record, reminds the animator of it, and the hub stores it by its verified hash', async () => {
    const s = await withAttachments();
    const check = await checkBundle(s.db);
    expect(check.findings.filter((f) => f.kind === 'attachment').map((f) => [f.where, f.masked])).toEqual([
      ['Posiedzenie w dniu 24.02.2026, załącznik „lista.png”', 'PNG, 70 B'],
      ['Posiedzenie w dniu 24.02.2026, załącznik „prezentacja.pdf”', 'PDF, 77 B'],
    ]);
    const bundle = await exportBundle(s.db, s.schema);
    expect(bundle.manifest.formatVersion).toBe(4);
    expect(bundle.manifest.counts.attachment).toBe(2);
    expect(bundle.manifest.files[`attachments/${s.scan.id}.png`]).toBe(s.scan.sha256);
    expect(bundle.manifest.files[`attachments/${s.deck.id}.pdf`]).toBe(s.deck.sha256);
    const report = await importBundle(s.hub, bundle.bytes);
    expect(report).toMatchObject({ accepted: true, files: 3 });
    expect(stored(s).map((f) => [f.path, f.sha256, sha256Hex(f.content)])).toEqual(
      [[`attachments/${s.scan.id}.png`, s.scan.sha256, s.scan.sha256], [`attachments/${s.deck.id}.pdf`, s.deck.sha256, s.deck.sha256]].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    await importReceipt(s.db, report.receipt!);

    // Removed at the team (the meeting is not approved): the next bundle says so and the hub lets the file go.
    await s.api.attachments.remove({ id: s.deck.id });
    const next = await exportBundle(s.db, s.schema);
    expect(Object.keys(next.manifest.files).filter((f) => f.startsWith('attachments/'))).toEqual([]);
    expect(await importBundle(s.hub, next.bytes)).toMatchObject({ accepted: true, deleted: 1 });
    expect(stored(s).map((f) => f.path)).toEqual([`attachments/${s.scan.id}.png`]);
  });

  it('refuses a file that is not the one its record names, a record without its file, a file without its record, and a file of another type', async () => {
    const s = await withAttachments();
    const digest = await hubDigest(s.hub);
    const scanPath = `attachments/${s.scan.id}.png`;
    // The file changed and the manifest re-signed over it: the record still gives the attached file's hash.
    const swapped = await craft(s, (m, files) => {
      files[scanPath] = strToU8('\x89PNG\r\n\x1a\n-another-image');
      m.files[scanPath] = sha256Hex(files[scanPath]!);
    });
    expect(await importBundle(s.hub, swapped)).toMatchObject({ accepted: false, code: 'HASH_MISMATCH', reason: expect.stringContaining('does not match the SHA-256 its record gives') });
    const missing = await craft(s, (m, files) => {
      delete files[scanPath];
      delete m.files[scanPath];
    });
    expect(await importBundle(s.hub, missing)).toMatchObject({ accepted: false, code: 'HASH_MISMATCH', reason: expect.stringContaining('came without its file') });
    const stray = await craft(s, (m, files) => {
      files['attachments/someone-else.pdf'] = PDF;
      m.files['attachments/someone-else.pdf'] = sha256Hex(PDF);
    });
    expect(await importBundle(s.hub, stray)).toMatchObject({ accepted: false, code: 'BAD_CHANGE', reason: expect.stringContaining('no attachment record of it names') });
    // A JPEG whose record says PNG (hash and size made to match).
    const retyped = await craft(s, (m, files) => {
      files[scanPath] = JPG;
      m.files[scanPath] = sha256Hex(JPG);
      setRecords(m, files, recordsOf(files).map((r) => (r.id === s.scan.id ? { ...r, row: { ...r.row, sha256: sha256Hex(JPG), size: JPG.byteLength } } : r)));
    });
    expect(await importBundle(s.hub, retyped)).toMatchObject({ accepted: false, code: 'BAD_CHANGE', reason: expect.stringContaining('is not the type its record says') });
    expect(await hubDigest(s.hub)).toBe(digest);
  });

  it('still reads a bundle of format 2 (a team whose app is not yet updated), but not one that carries attachments', async () => {
    const s = await setup();
    const old = await craft(s, (m) => {
      m.formatVersion = 2;
      delete m.counts.attachment;
    });
    expect(await importBundle(s.hub, old)).toMatchObject({ accepted: true });
    const s2 = await withAttachments();
    const mixed = await craft(s2, (m) => void (m.formatVersion = 2));
    expect(await importBundle(s2.hub, mixed)).toMatchObject({ accepted: false, code: 'BAD_CHANGE', reason: expect.stringContaining('format 2 cannot carry attachments') });
  });
});
