// How API values travel over HTTP (the browser host): JSON while a value holds no bytes; a value with
// files (Uint8Array) goes as application/octet-stream — a 4-byte length, a JSON header in which each
// file stands as {"$bytes": n}, then the files' bytes one after another. No base64: a 20 MB bundle
// stays 20 MB. Over Electron IPC, structured clone carries bytes as they are and this is not needed.

export const JSON_TYPE = 'application/json';
export const BYTES_TYPE = 'application/octet-stream';

interface Header {
  value: unknown;
  sizes: number[];
}

export function encodeWire(value: unknown): { body: string | Uint8Array; contentType: string } {
  const blobs: Uint8Array[] = [];
  const json = JSON.stringify(value === undefined ? null : value, function (this: Record<string, unknown>, key, replaced: unknown) {
    // `this[key]` is the value before toJSON (a Buffer would already be {type, data} in `replaced`).
    const original = this[key];
    if (original instanceof Uint8Array) {
      blobs.push(original);
      return { $bytes: blobs.length - 1 };
    }
    return replaced;
  });
  if (blobs.length === 0) return { body: json, contentType: JSON_TYPE };
  const header = new TextEncoder().encode(JSON.stringify({ value: JSON.parse(json), sizes: blobs.map((b) => b.byteLength) } satisfies Header));
  const total = 4 + header.byteLength + blobs.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, header.byteLength);
  out.set(header, 4);
  let at = 4 + header.byteLength;
  for (const b of blobs) {
    out.set(b, at);
    at += b.byteLength;
  }
  return { body: out, contentType: BYTES_TYPE };
}

export class WireError extends Error {}

export function decodeWire(body: Uint8Array, contentType: string): unknown {
  if (contentType.startsWith(JSON_TYPE)) {
    const text = new TextDecoder().decode(body);
    return text === '' ? undefined : JSON.parse(text);
  }
  if (!contentType.startsWith(BYTES_TYPE)) throw new WireError(`unexpected content type ${contentType}`);
  if (body.byteLength < 4) throw new WireError('truncated body');
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const headerLength = view.getUint32(0);
  if (4 + headerLength > body.byteLength) throw new WireError('truncated header');
  const header = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + headerLength))) as Header;
  if (!Array.isArray(header.sizes) || header.sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new WireError('bad header');
  const blobs: Uint8Array[] = [];
  let at = 4 + headerLength;
  for (const size of header.sizes) {
    if (at + size > body.byteLength) throw new WireError('truncated file');
    blobs.push(body.slice(at, at + size));
    at += size;
  }
  if (at !== body.byteLength) throw new WireError('trailing bytes');
  return JSON.parse(JSON.stringify(header.value), (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && '$bytes' in v) {
      const blob = blobs[(v as { $bytes: number }).$bytes];
      if (!blob) throw new WireError('unknown file reference');
      return blob;
    }
    return v;
  });
}
