// JSON as UTF-8 byte pieces. A large array is serialized a few hundred entries at a time: each piece's
// string stays small and short-lived (freed by V8's young-generation GC), where one 20 MB string would
// go to the old generation and grow the heap until the next full collection.
const ENTRIES_PER_PIECE = 200;

export function jsonArrayBytes(items: readonly unknown[]): Buffer[] {
  const pieces: Buffer[] = [];
  for (let i = 0; i < items.length; i += ENTRIES_PER_PIECE) {
    const json = JSON.stringify(items.slice(i, i + ENTRIES_PER_PIECE));
    // Without this piece's brackets; a comma joins it to the previous one.
    pieces.push(Buffer.from(`${i === 0 ? '' : ','}${json.slice(1, -1)}`));
  }
  return [Buffer.from('['), ...pieces, Buffer.from(']')];
}

/** A JSON object's bytes from its keys, in order, and their values as JSON text or bytes. */
export function jsonObjectBytes(fields: [string, string | Buffer[]][]): Buffer[] {
  const pieces = fields.flatMap(([key, json], i) => [
    Buffer.from(`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`),
    ...(typeof json === 'string' ? [Buffer.from(json)] : json),
  ]);
  return [...pieces, Buffer.from('}')];
}
