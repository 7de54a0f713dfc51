import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, WireError } from './wire';

describe('the HTTP wire format', () => {
  it('sends plain values as JSON', () => {
    expect(encodeWire({ ok: true, value: [1, 'ą'] })).toEqual({ body: '{"ok":true,"value":[1,"ą"]}', contentType: 'application/json' });
    expect(decodeWire(new TextEncoder().encode(''), 'application/json; charset=utf-8')).toBeUndefined();
  });

  it('sends files as their bytes, not base64, and gives them back as Uint8Array', () => {
    const pdf = Buffer.from('%PDF-1.7 ąę\x00\xff');
    const value = { ok: true, value: { fileName: 'p.pdf', bytes: pdf, files: [{ name: 'a', bytes: new Uint8Array([1, 2, 3]) }] } };
    const { body, contentType } = encodeWire(value);
    expect(contentType).toBe('application/octet-stream');
    expect(body).toBeInstanceOf(Uint8Array);
    expect((body as Uint8Array).byteLength).toBeLessThan(pdf.byteLength + 200);
    const back = decodeWire(body as Uint8Array, contentType) as typeof value;
    expect(back.value.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.value.bytes)).toEqual(pdf);
    expect([...back.value.files[0]!.bytes]).toEqual([1, 2, 3]);
    expect(back.value.fileName).toBe('p.pdf');
  });

  it('refuses a damaged body', () => {
    const { body } = encodeWire({ bytes: new Uint8Array(10) });
    expect(() => decodeWire((body as Uint8Array).subarray(0, 20), 'application/octet-stream')).toThrow(WireError);
    expect(() => decodeWire(new Uint8Array([0, 0, 0]), 'application/octet-stream')).toThrow(WireError);
    expect(() => decodeWire(new Uint8Array(), 'text/plain')).toThrow(WireError);
  });
});
