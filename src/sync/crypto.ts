// The cryptography and the archive of sync files, all from well-kept libraries: node:crypto
// (Ed25519, SHA-256), age-encryption (X25519 file encryption), fflate (zip) with node:zlib deflating.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import { SyncError } from '../api/errors';

export { sha256Hex } from '../services/files';

export interface SigningKeys {
  /** PKCS#8 DER, base64 */
  privateKey: string;
  /** SPKI DER, base64 */
  publicKey: string;
}

export function newSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

export function signBytes(bytes: Uint8Array, privateKey: string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, bytes, key).toString('base64');
}

export function verifyBytes(bytes: Uint8Array, signature: string, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, bytes, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** A signed JSON document as a file: {"payload": base64(json), "signature": base64}. */
export function signJson(value: object, privateKey: string): string {
  const payload = Buffer.from(JSON.stringify(value));
  return JSON.stringify({ payload: payload.toString('base64'), signature: signBytes(payload, privateKey) });
}

export async function newAgeIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

function encrypterTo(recipient: string): Encrypter {
  const e = new Encrypter();
  e.addRecipient(recipient);
  return e;
}

/** Encrypts a stream as it is read, into a stream: a bundle's archive and its ciphertext are never whole in memory. */
export const encryptStream = (recipient: string, content: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> => encrypterTo(recipient).encrypt(content);

/** Encrypts bytes, or a stream as it is read, into bytes. */
export async function encryptTo(recipient: string, content: Uint8Array | ReadableStream<Uint8Array>): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return encrypterTo(recipient).encrypt(content);
  return new Uint8Array(await new Response(await encryptStream(recipient, content)).arrayBuffer());
}

/**
 * The bytes as a stream of views into them, 64 KiB at a time: given one chunk, age copies the whole
 * file to read the 16 bytes of its nonce (io.js `read` flattens what it read).
 */
function chunksOf(bytes: Uint8Array, size = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.byteLength) return c.close();
      c.enqueue(bytes.subarray(at, (at += size)));
    },
  });
}

/**
 * Decrypts into one buffer of the size the ciphertext's length gives: age's own `decrypt` of bytes
 * keeps every chunk and then their concatenation (twice a 20-year bundle's 22 MB at once).
 */
export async function decryptWith(identity: string, bytes: Uint8Array): Promise<Uint8Array> {
  const d = new Decrypter();
  d.addIdentity(identity);
  try {
    const plaintext = await d.decrypt(chunksOf(bytes));
    const out = new Uint8Array(plaintext.size(bytes.byteLength));
    let at = 0;
    for await (const chunk of plaintext) {
      if (at + chunk.byteLength > out.byteLength) throw new Error('the payload is longer than its size');
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    if (at !== out.byteLength) throw new Error('the payload is shorter than its size');
    return out;
  } catch (error) {
    throw new SyncError('DECRYPT_FAILED', `the file cannot be decrypted with this hub's key (${error instanceof Error ? error.message : 'unknown'})`);
  }
}

/**
 * Limits that keep a hostile archive (zip bomb, path tricks) from doing harm. The uncompressed total
 * is the one limit of a file that crosses a transport (DECISIONS 6: 256 MiB); a full bundle of a
 * 20-year team holds ~40 MB (docs/performance.md).
 */
export const ARCHIVE_LIMITS = { maxFiles: 10_000, maxFileBytes: 256 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** A bundle's archive, its directory checked; its files are inflated when asked for, a few at a time. */
export interface Archive {
  names: string[];
  /** The files of `names` (those the archive holds), each of exactly the size its entry declares. */
  read(names: Iterable<string>): Record<string, Uint8Array>;
}

const damaged = (error: unknown) =>
  error instanceof SyncError ? error : new SyncError('BAD_ARCHIVE', `the archive is damaged (${error instanceof Error ? error.message : 'unknown'})`);

/**
 * Opens a bundle's archive. Every entry's declared size is checked, for all entries together, before anything
 * is inflated (issue 10.3: six entries of 190 MB were inflated before the total was refused); each entry
 * inflates into a buffer of exactly its declared size, so a lying header cannot make it grow, and one that
 * inflates to another size than it declared is refused. Files are read when asked for (issue 12: a hub
 * import holds the records and a few files at a time, not all 40 MB of a 20-year bundle beside its archive).
 */
export function openArchive(bytes: Uint8Array): Archive {
  const declared = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (!SAFE_PATH.test(file.name) || file.name.split('/').some((p) => p === '..' || p === '.')) {
          throw new SyncError('BAD_ARCHIVE', `the archive holds a file with an unsafe path: ${JSON.stringify(file.name).slice(0, 80)}`);
        }
        if (declared.has(file.name)) throw new SyncError('BAD_ARCHIVE', `the archive holds ${file.name} twice`);
        declared.set(file.name, file.originalSize);
        total += file.originalSize;
        if (declared.size > ARCHIVE_LIMITS.maxFiles || file.originalSize > ARCHIVE_LIMITS.maxFileBytes || total > ARCHIVE_LIMITS.maxTotalBytes) {
          throw new SyncError('BAD_ARCHIVE', 'the archive declares more data than a bundle may hold');
        }
        return false; // this pass reads the directory only
      },
    });
  } catch (error) {
    throw damaged(error);
  }
  return {
    names: [...declared.keys()],
    read(names) {
      const wanted = new Set(names);
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
      } catch (error) {
        throw damaged(error);
      }
      for (const [name, data] of Object.entries(files)) {
        if (data.length !== declared.get(name)) throw new SyncError('BAD_ARCHIVE', `${name} does not hold the size its archive entry declares`);
      }
      return files;
    },
  };
}

/** Unzips a whole bundle (checked as `openArchive` checks it). */
export function unzipFiles(bytes: Uint8Array): Record<string, Uint8Array> {
  const archive = openArchive(bytes);
  return archive.read(archive.names);
}

const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

/** A file already deflated as it was written (the records: never whole in memory as text), with what its entry declares. */
export interface DeflatedFile {
  deflated: Uint8Array;
  size: number;
  crc: number;
  sha256: string;
}

/**
 * Deflates a file as it is written, a piece at a time, and keeps its size, CRC-32 and SHA-256: only the
 * deflated bytes stay in memory (a 20-year team's records: 14 MB as text, 1.9 MB deflated).
 */
export class DeflatingFile {
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly chunks: Buffer[] = [];
  private readonly hash = createHash('sha256');
  private crc = 0;
  private size = 0;

  constructor() {
    this.deflate.on('data', (chunk: Buffer) => this.chunks.push(chunk));
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text);
    this.hash.update(bytes);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.byteLength;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  async end(): Promise<DeflatedFile> {
    this.deflate.end();
    await finished(this.deflate);
    return { deflated: Buffer.concat(this.chunks), size: this.size, crc: this.crc, sha256: this.hash.digest('hex') };
  }
}

const isDeflated = (source: object): source is DeflatedFile => 'deflated' in source;

/**
 * One archive entry, deflated by node:zlib (3–4× faster than fflate's own deflate on the records),
 * already deflated, or stored: fflate writes the archive around what it is given.
 */
function entry(filename: string, data: Uint8Array | DeflatedFile, deflate: boolean): { file: ZipInputFile; body: Uint8Array<ArrayBuffer> } {
  const at = (b: Uint8Array) => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength); // never a SharedArrayBuffer here
  if (isDeflated(data)) return { file: { filename, size: data.size, crc: data.crc, compression: 8, mtime: FIXED_MTIME }, body: at(data.deflated) };
  const body = deflate ? deflateRawSync(data, { level: 1 }) : at(data);
  return { file: { filename, size: data.byteLength, crc: crc32(data), compression: deflate ? 8 : 0, mtime: FIXED_MTIME }, body };
}

/**
 * The archive as a stream: each file is read (where a function gives it), deflated or stored only when
 * the reader asks for more, and let go of once it is in the archive (`files` is emptied as it goes: a
 * bundle's 40 MB of files need not wait beside its ciphertext). Fixed timestamps: the same content
 * makes the same archive. PDFs are compressed inside already: they are stored, not deflated again; the
 * records deflate as small at level 1 as at 6, faster.
 */
export function zipStream(files: Record<string, Uint8Array | DeflatedFile | (() => Promise<Uint8Array>)>): ReadableStream<Uint8Array> {
  const names = Object.keys(files);
  let next = 0;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const name = names[next++];
      if (name === undefined) return zip.end();
      const source = files[name]!;
      delete files[name];
      const { file, body } = entry(name, typeof source === 'function' ? await source() : source, !name.endsWith('.pdf'));
      zip.add(file);
      file.ondata!(null, body, true);
    },
  });
}

export async function zipFiles(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(zipStream({ ...files })).arrayBuffer());
}