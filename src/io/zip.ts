// The parts of an .xlsx (a zip) by name, from its central directory: any part can be read in any order
// from the buffer, so a sheet stored before the shared strings (LibreOffice) needs no temp file.
import type { Readable } from 'node:stream';
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

export async function openZip(buffer: Buffer): Promise<Zip> {
  // validateEntrySizes: the inflated stream fails as soon as it exceeds the size the directory declares.
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, z) =>
      err || !z ? reject(new ZipError(String(err))) : resolve(z),
    ),
  );
  const entries = await listEntries(zip);
  return {
    has: (name) => entries.has(name.toLowerCase()),
    open(name, maxBytes) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return Promise.reject(new ZipError(`no part ${name}`));
      if (entry.uncompressedSize > maxBytes) return Promise.reject(new PartTooLarge(name, entry.uncompressedSize));
      return new Promise((resolve, reject) =>
        zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(new ZipError(String(err))) : resolve(stream))),
      );
    },
    close: () => zip.close(),
  };
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
