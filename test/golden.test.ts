// The golden texts of the demo team's documents (issue 18): the document model the PDF is drawn from,
// and the text of the PDF itself, reviewed line by line and checked in. A change of a document's
// wording or structure shows in this test's diff; after a reviewed change:
//   PZK_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAttendanceList, renderProtocol } from '../src/protocol/service';
import { outline } from '../src/protocol/texts';
import { tempDir, testCore } from './helpers';

const GOLDEN = resolve(import.meta.dirname, 'golden');

function pdfText(bytes: Uint8Array): string {
  const file = join(tempDir(), 'doc.pdf');
  writeFileSync(file, bytes);
  // Reading order, one line per line of the page; the draft's watermark letters are left out.
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\f/g, '').trimEnd())
    .filter((l) => l !== '' && !/^(P R O J E K T|[PROJEKT])$/.test(l))
    .join('\n');
}

function expectGolden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (process.env.PZK_UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, `${actual}\n`);
  }
  expect(existsSync(path), `the golden text test/golden/${name}`).toBe(true);
  expect(actual, `test/golden/${name}`).toBe(readFileSync(path, 'utf8').replace(/\n$/, ''));
}

describe('the demo team’s documents read as reviewed', () => {
  it('protocol, adopted protocol and attendance list: the document model and the PDF text', { timeout: 60_000 }, async () => {
    const { core, api } = await testCore({ now: '2026-12-01T10:00:00Z' });
    await api.app.loadDemo();
    const meetings = await api.meetings.list();
    const held = meetings.find((m) => m.kind === 'pzk' && m.number === '13/2026')!;
    const adopted = meetings.find((m) => m.kind === 'pzk' && m.number === '12/2026')!;
    expect([held.status, adopted.status]).toEqual(['held', 'approved']);
    const db = core.database.db;

    const draft = await renderProtocol(db, held.id);
    expectGolden('protokol_13-2026_projekt.model.txt', outline(draft.doc).join('\n'));
    expectGolden('protokol_13-2026_projekt.pdf.txt', pdfText(draft.pdf));

    // The adopted protocol: its frozen bytes, and the model they were drawn from.
    const frozen = await api.protocol.get({ meetingId: adopted.id });
    expectGolden('protokol_12-2026.model.txt', outline((await renderProtocol(db, adopted.id)).doc).join('\n'));
    expectGolden('protokol_12-2026.pdf.txt', pdfText(frozen.bytes));

    const list = await renderAttendanceList(db, held.id);
    expectGolden('lista-obecnosci_13-2026.model.txt', outline(list.doc).join('\n'));
    expectGolden('lista-obecnosci_13-2026.pdf.txt', pdfText(list.pdf));
  });
});
