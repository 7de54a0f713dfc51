// Issue 10.3: archive bombs within the limits. Sizes are read from the zip's central directory, for
// every entry, before anything is inflated; an entry inflates into exactly what it declares.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SyncError } from '../api/errors';
import { ARCHIVE_LIMITS, unzipFiles, zipFiles } from './crypto';

/** Sets the uncompressed size that the central directory declares for every entry. */
function declare(archive: Uint8Array, size: (i: number) => number): Uint8Array {
  const buf = Buffer.from(archive);
  let at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (let i = 0; at >= 0; i++) {
    buf.writeUInt32LE(size(i), at + 24);
    at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
  }
  return new Uint8Array(buf);
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof SyncError ? `${error.code}: ${error.message}` : String(error);
  }
  return 'accepted';
};

describe('archive limits', () => {
  it('refuses six entries that declare 190 MB each before inflating any (the attack run: 3.9 s, 1.09 GB)', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`protocols/p${i}-v1.pdf`, new Uint8Array(1000)])));
    // The first entry's data is no valid deflate stream (block type 3): an unzip that inflated it
    // before reading the other sizes would fail with "damaged", not with the sizes.
    const firstData = 30 + 'protocols/p0-v1.pdf'.length;
    zip.fill(0xff, firstData, firstData + 4);
    const bomb = declare(zip, () => 190 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const t0 = performance.now();
    expect(refusal(() => unzipFiles(bomb))).toMatch(/^BAD_ARCHIVE: the archive declares more data/);
    expect(performance.now() - t0).toBeLessThan(1000);
    // Nothing of the declared 1.1 GB was allocated.
    expect(process.memoryUsage().rss - rss).toBeLessThan(100e6);
  });

  it('refuses more in total than one file may hold, even when every entry is small enough', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(10), 'b.bin': new Uint8Array(10) });
    const over = declare(zip, () => ARCHIVE_LIMITS.maxTotalBytes / 2 + 1);
    expect(refusal(() => unzipFiles(over))).toMatch(/^BAD_ARCHIVE: the archive declares more data/);
  });

  it('an entry that inflates to another size than it declares is refused or cut to what it declared', () => {
    const zip = zipSync({ 'records.ndjson': new Uint8Array(5_000_000) });
    // Declares more than it holds: refused.
    expect(refusal(() => unzipFiles(declare(zip, () => 6_000_000)))).toMatch(/^BAD_ARCHIVE: records.ndjson does not hold the size/);
    // Declares less than it inflates to: inflation stops at the declared size (then its signed hash fails).
    expect(unzipFiles(declare(zip, () => 1000))['records.ndjson']!.length).toBe(1000);
  });

  it('refuses unsafe paths, damaged archives, and accepts an honest one', () => {
    expect(refusal(() => unzipFiles(zipSync({ '../evil': new Uint8Array(1) })))).toMatch(/^BAD_ARCHIVE: .*unsafe path/);
    expect(refusal(() => unzipFiles(new Uint8Array([1, 2, 3])))).toMatch(/^BAD_ARCHIVE: the archive is damaged/);
    const honest = zipSync({ 'records.ndjson': new TextEncoder().encode('{}\n'), 'protocols/a-v1.pdf': new TextEncoder().encode('%PDF-1.7') });
    expect(Object.keys(unzipFiles(honest)).sort()).toEqual(['protocols/a-v1.pdf', 'records.ndjson']);
  });

  it('the archive it writes: the same files give the same bytes, records deflated, PDFs stored, any zip reader opens it', async () => {
    const records = new TextEncoder().encode('{"entity":"team"}\n'.repeat(10_000));
    const pdf = new TextEncoder().encode('%PDF-1.7 stored as it is');
    const files = { 'records.ndjson': records, 'protocols/a-v1.pdf': pdf };
    const zip = await zipFiles(files);
    expect(Buffer.from(await zipFiles(files)).equals(Buffer.from(zip))).toBe(true);
    expect(zip.byteLength).toBeLessThan(records.byteLength / 20);
    // The PDF's bytes stand in the archive as they are (stored); the records do not (deflated).
    expect(Buffer.from(zip).includes(Buffer.from(pdf))).toBe(true);
    expect(Buffer.from(zip).includes(Buffer.from(records.subarray(0, 200)))).toBe(false);
    for (const read of [unzipFiles, unzipSync]) {
      const back = read(zip);
      expect(Buffer.from(back['records.ndjson']!).equals(Buffer.from(records))).toBe(true);
      expect(Buffer.from(back['protocols/a-v1.pdf']!).equals(Buffer.from(pdf))).toBe(true);
    }
  });
});
