// The parts of an .xlsx (a zip) by name, from its central directory: any part can be read in any order
// from the buffer, so a sheet stored before the shared strings (LibreOffice) needs no temp file.
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export class ZipError extends Error {}

/** A part larger than allowed, known from the central directory before a byte is inflated. */
export class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`${part} inflates to ${bytes} bytes`);
  }
}

export interface Zip {
  has(name: string): boolean;
  /** The part's inflated bytes as they come; refused before inflating when it declares more than maxBytes. */
  open(name: string, maxBytes: number): Promise<Readable>;
  close(): void;
}

// zlib's default 16 KB output chunks cost a callback (and a parser call) each: 12 MB of sheet is 750 of them.
// Larger than 64 KB saved no time and cost memory: each chunk is a string of that size, and the inflater
// runs ahead of the parser (bench/check.js: 256 KB chunks held 10-15 MB more on a 100,000-row sheet).
const CHUNK = 64 * 1024;
// Inflated bytes waiting for the parser: enough for the inflater (on another thread) to run a few chunks ahead
// instead of waiting for each read (at the default 16 KB a third of a check's wall time went waiting).
const AHEAD = 4 * CHUNK;

/** A zip in memory (an upload), or on disk: then only the parts read are read, never the whole file. */
export async function openZip(source: Buffer | { path: string }): Promise<Zip> {
  const options = { lazyEntries: true, strictFileNames: false, autoClose: false };
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    const done = (err: Error | null, z?: ZipFile) => (err || !z ? reject(new ZipError(String(err))) : resolve(z));
    if (Buffer.isBuffer(source)) yauzl.fromBuffer(source, options, done);
    else yauzl.open(source.path, options, done);
  });
  const entries = await listEntries(zip);
  return {
    has: (name) => entries.has(name.toLowerCase()),
    open(name, maxBytes) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return Promise.reject(new ZipError(`no part ${name}`));
      if (entry.uncompressedSize > maxBytes) return Promise.reject(new PartTooLarge(name, entry.uncompressedSize));
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        return Promise.reject(new ZipError(`${name}: encrypted or compressed with method ${entry.compressionMethod}`));
      }
      // The stored bytes as they are; inflated here, in large chunks, and checked against the directory.
      return new Promise((resolve, reject) =>
        zip.openReadStream(entry, { decodeFileData: false }, (err, raw) => {
          if (err || !raw) return reject(new ZipError(String(err)));
          const checked = new Checked(entry);
          // pipeline passes an inflate error on to `checked`, the stream the reader holds.
          if (entry.compressionMethod === 8) pipeline(raw, zlib.createInflateRaw({ chunkSize: CHUNK }), checked, () => {});
          else pipeline(raw, checked, () => {});
          resolve(checked);
        }),
      );
    },
    close: () => zip.close(),
  };
}

/**
 * Passes a part's bytes through, failing as soon as they exceed the size the directory declares, and at the
 * end unless they have exactly that size and CRC-32: a damaged file is a damaged file, not a limit or garbage.
 */
class Checked extends Transform {
  private bytes = 0;
  private crc = 0;

  constructor(private readonly entry: Entry) {
    super({ highWaterMark: AHEAD });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.entry.uncompressedSize) return done(new ZipError(`${this.entry.fileName}: longer than declared`));
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes !== this.entry.uncompressedSize) return done(new ZipError(`${this.entry.fileName}: shorter than declared`));
    if (this.crc !== this.entry.crc32) return done(new ZipError(`${this.entry.fileName}: CRC-32 mismatch`));
    done();
  }
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      // Part names are case-insensitive in OPC.
      entries.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err) => reject(new ZipError(String(err))));
    zip.readEntry();
  });
}

/**
 * What the zip's parts declare they inflate to, from its central directory alone (0 when it is no zip: the
 * reader then says what it is), for a server to know what reading it will cost before reading it.
 */
export async function declaredInflatedBytes(buffer: Buffer): Promise<number> {
  let zip: ZipFile | undefined;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(buffer, { lazyEntries: true, strictFileNames: false }, (err, z) => (err || !z ? reject(err) : resolve(z))),
    );
    let total = 0;
    for (const entry of (await listEntries(zip)).values()) total += entry.uncompressedSize;
    return total;
  } catch {
    return 0;
  } finally {
    zip?.close();
  }
}
