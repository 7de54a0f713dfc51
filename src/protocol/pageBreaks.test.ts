// Issue 11.8: page breaks a clerk would not sign. Protocols of many lengths are laid out; on no page
// is a heading the last line, and the signatures never stand alone on the last page.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { DOC } from '../domain/documents.pl';

const pages = (bytes: Uint8Array): string[] => {
  const file = join(tempDir(), 'p.pdf');
  writeFileSync(file, bytes);
  // One string per page (form feed), lines as laid out.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
};

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
/** The body of a page: without its footer line ("Strona X z Y") and the signature block. */
const body = (page: string) => lines(page).filter((l) => !/Strona \d+ z \d+/.test(l) && !DOC.signatures.some((s) => l.includes(s)));

describe('page breaks of the protocol', () => {
  it('never leave a heading as the last line of a page, nor the signatures alone', { timeout: 120_000 }, async () => {
    const { api, lukasz, grazyna } = await seededCore();
    const sentence = 'Zespół omówił sytuację rodziny i ustalił podział zadań między instytucje. ';
    let headingsMoved = 0;
    for (let variant = 0; variant < 14; variant++) {
      const m = await api.meetings.create({ date: `2026-03-${String(variant + 1).padStart(2, '0')}`, agenda: ['Otwarcie', 'Sprawy merytoryczne', 'Sprawy różne', 'Zakończenie'], chairMemberId: lukasz.id, minuteTakerMemberId: grazyna.id });
      const items = (await api.meetings.get({ id: m.id })).agenda;
      // Lengths chosen so that, across the variants, headings and the signatures fall near page ends.
      for (const [i, item] of items.entries()) await api.agenda.update({ id: item.id, minutes: Array.from({ length: 2 + ((variant * 7 + i * 5) % 23) }, () => sentence.repeat(2)).join('\n\n') });
      const text = pages((await api.protocol.get({ meetingId: m.id })).bytes);
      for (const [n, page] of text.entries()) {
        const last = body(page).at(-1) ?? '';
        expect(/^(Ad \d+\. |\d+\. [A-ZĄĆĘŁŃÓŚŹŻ])/.test(last), `variant ${variant}, page ${n + 1} ends with a heading: "${last}"`).toBe(false);
      }
      const final = text.at(-1)!;
      expect(lines(final).some((l) => l.includes(DOC.signatures[0]!))).toBe(true);
      expect(body(final).length, `variant ${variant}: the signatures stand alone on the last page`).toBeGreaterThan(1);
      headingsMoved += 1;
    }
    expect(headingsMoved).toBe(14);
  });
});
