// Streams a zip part's XML: elements by local name (a writer may prefix them, `x:c`), text as it comes.
// A scanner of its own (indexOf over each chunk) rather than a full XML parser: on a 20,000-row sheet saxes
// alone took 0.5-0.65 s of the read, and a part's damage is caught by its CRC-32 (see zip.ts), not by XML
// well-formedness. It handles what the workbooks Excel, LibreOffice, exceljs and openpyxl write contain:
// declarations, comments, CDATA, the five named entities and character references, prefixed names, quoted
// attributes (with `>` inside), self-closing elements. A DOCTYPE (never in a workbook) is refused, so no
// entity of a file's own is ever expanded.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
  /**
   * An element the caller reads whole where it can (the common shape of a part's items): returns the index
   * after it, or -1 for the element by element way. Asked at each opening tag, with the depth it opens at.
   */
  element?(text: string, lt: number, depth: number): number;
  /** Called after each chunk, e.g. to enforce a time limit; throwing stops the read. */
  chunk?(): void;
}

export class XmlError extends Error {}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

export function decode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) {
      const named = NAMED[ref];
      if (named === undefined) throw new XmlError(`unknown entity ${whole}`);
      return named;
    }
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (code > 0x10ffff) throw new XmlError(`bad character reference ${whole}`);
    return String.fromCodePoint(code);
  });
}

/**
 * A declaration, comment or CDATA section at `lt` (`<?` or `<!`); CDATA's text goes to onText. Returns the
 * index after it, or -1 when the chunk ends inside it.
 */
export function skipMarkup(text: string, lt: number, onText?: (text: string) => void): number {
  if (text.charCodeAt(lt + 1) === 63) {
    const end = text.indexOf('?>', lt);
    return end < 0 ? -1 : end + 2;
  }
  if (text.startsWith('<!--', lt)) {
    const end = text.indexOf('-->', lt + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const end = text.indexOf(']]>', lt + 9);
    if (end < 0) return -1;
    if (onText && end > lt + 9) onText(text.slice(lt + 9, end));
    return end + 3;
  }
  if (text.length - lt < 9) return -1;
  throw new XmlError('markup declaration (DOCTYPE) in a workbook part');
}

export const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/** Scans the complete markup of `text` from its start; returns where the first incomplete piece begins. */
class Scanner implements ChunkScanner {
  depth = 0;
  elements = 0;

  constructor(private readonly handlers: XmlHandlers) {}

  scan(text: string): number {
    const { handlers } = this;
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      // Text runs to the next tag: without one in this chunk, it waits for the next chunk.
      if (lt < 0) return at;
      if (lt > at && handlers.text && this.depth > 0) handlers.text(decode(text.slice(at, lt)));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 47 /* / */) {
        const gt = text.indexOf('>', lt);
        if (gt < 0) return lt;
        this.depth--;
        handlers.close?.(localName(text.slice(lt + 2, gt).trim()));
        at = gt + 1;
      } else if (next === 63 /* ? */ || next === 33 /* ! */) {
        const end = skipMarkup(text, lt, handlers.text);
        if (end < 0) return lt;
        at = end;
      } else {
        const whole = handlers.element ? handlers.element(text, lt, this.depth) : -1;
        if (whole >= 0) {
          this.elements++;
          at = whole;
          continue;
        }
        const end = this.openTag(text, lt);
        if (end < 0) return lt;
        at = end;
      }
    }
  }

  /** The element starting at `lt`; returns the index after its `>`, or -1 when the chunk ends inside it. */
  private openTag(text: string, lt: number): number {
    let i = lt + 1;
    const length = text.length;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isSpace(code) || code === 47 || code === 62) break;
      i++;
    }
    if (i >= length) return -1;
    const name = localName(text.slice(lt + 1, i));
    const attributes: Attributes = {};
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const code = text.charCodeAt(i);
      if (code === 62 /* > */) {
        this.opened(name, attributes);
        return i + 1;
      }
      if (code === 47 /* / */) {
        if (i + 1 >= length) return -1;
        if (text.charCodeAt(i + 1) !== 62) throw new XmlError(`bad tag ${name}`);
        this.opened(name, attributes);
        this.depth--;
        this.handlers.close?.(name);
        return i + 2;
      }
      const eq = text.indexOf('=', i);
      if (eq < 0) return -1;
      let quote = eq + 1;
      while (quote < length && isSpace(text.charCodeAt(quote))) quote++;
      if (quote >= length) return -1;
      const mark = text[quote];
      if (mark !== '"' && mark !== "'") throw new XmlError(`unquoted attribute in ${name}`);
      const close = text.indexOf(mark, quote + 1);
      if (close < 0) return -1;
      attributes[text.slice(i, eq).trim()] = decode(text.slice(quote + 1, close));
      i = close + 1;
    }
  }

  private opened(name: string, attributes: Attributes): void {
    this.depth++;
    this.elements++;
    this.handlers.open(name, attributes);
  }
}

export async function parseXml(stream: Readable, handlers: XmlHandlers): Promise<void> {
  const scanner = new Scanner(handlers);
  await scanChunks(stream, scanner, handlers.chunk);
}

export interface ChunkScanner {
  /** Scans the complete markup of `text`; returns where the first incomplete piece begins. */
  scan(text: string): number;
  depth: number;
  elements: number;
}

/** Feeds a part's text to a scanner chunk by chunk, carrying an incomplete tag over to the next chunk. */
export async function scanChunks(stream: Readable, scanner: ChunkScanner, onChunk?: () => void): Promise<void> {
  let rest = '';
  // Decoded here as each chunk is scanned, not by the stream: chunks waiting in its buffer stay bytes, off
  // the heap (decoded there, every waiting chunk outlived the young generation).
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) {
      const text = rest + decoder.write(chunk as Buffer);
      rest = text.slice(scanner.scan(text));
      onChunk?.();
    }
    rest += decoder.end();
  } finally {
    stream.destroy();
  }
  if (rest.trim() !== '' || scanner.depth !== 0 || scanner.elements === 0) throw new XmlError('unexpected end of the part');
}

/** An attribute by local name (`r:id` and `ns1:id` alike). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}
