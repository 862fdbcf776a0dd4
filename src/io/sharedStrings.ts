// The workbook's shared strings (xl/sharedStrings.xml), which most text cells point to by index. They are
// kept packed, thousands to one string with their ends in a typed array, rather than one string each: a
// 100,000-row file has 600,000 of them, which as separate strings cost about 25 MB, and while being read
// every one survives the young generation and grows it (bench/check.js measures the difference).
import type { Readable } from 'node:stream';
import { decode, isSpace, scanChunks, skipMarkup, XmlError, type ChunkScanner } from './xml';

const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;

/** Shared strings by index; read-only once read. */
export class SharedStrings {
  private readonly pages: string[] = [];
  private ends = new Uint32Array(PAGE);
  private size = 0;
  // The page being filled: its texts, and its length so far.
  private texts: string[] = [];
  private length = 0;

  get count(): number {
    return this.size;
  }

  /** The text at `index`, or undefined when there is none (a damaged or hand-made file). After seal(). */
  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.size) || !Number.isInteger(index)) return undefined;
    const page = this.pages[index >>> PAGE_BITS];
    const start = (index & (PAGE - 1)) === 0 ? 0 : this.ends[index - 1];
    return page.slice(start, this.ends[index]);
  }

  push(text: string): void {
    if (this.size === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.texts.push(text);
    this.length += text.length;
    this.ends[this.size++] = this.length;
    if ((this.size & (PAGE - 1)) === 0) this.seal();
  }

  /** Joins the page being filled into one flat string: its texts no longer hold the chunks they came from. */
  seal(): void {
    if (this.texts.length > 0) this.pages.push(this.texts.join(''));
    this.texts = [];
    this.length = 0;
  }
}

// The elements shared strings are made of, by local name: an item, a text, a phonetic guide.
const enum Tag {
  Other,
  Item,
  Text,
  Phonetic,
}

function tagOf(text: string, start: number, end: number): Tag {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === 116 /* t */ ? Tag.Text : Tag.Other;
  if (length === 2) return text.startsWith('si', start) ? Tag.Item : Tag.Other;
  return length === 3 && text.startsWith('rPh', start) ? Tag.Phonetic : Tag.Other;
}

const PLAIN_END = '</t></si>';

/**
 * Where `</t></si>` is, when an unprefixed item at `lt` is just one text (`<si><t>` or `<si><t xml:space=
 * "preserve">`) with no markup inside; else -1.
 */
function plainItem(text: string, lt: number): number {
  if (!text.startsWith('<si><t', lt)) return -1;
  const after = text.charCodeAt(lt + 6);
  if (after !== 62 /* > */ && !text.startsWith(' xml:space="preserve">', lt + 6)) return -1;
  const end = text.indexOf('<', lt + 6);
  return end >= 0 && text.startsWith(PLAIN_END, end) ? end : -1;
}

/**
 * Each item's text: its `t`, or its rich-text runs' `t`s joined; phonetic guides (`rPh`) left out. Reads only
 * those elements' names, skipping attributes (quoted, `>` allowed inside) without building them.
 */
class ItemScanner implements ChunkScanner {
  depth = 0;
  elements = 0;
  private current = '';
  private inText = false;
  private phonetic = 0;
  private readonly onText = (text: string): void => {
    if (this.inText) this.current += text;
  };

  constructor(private readonly strings: SharedStrings) {}

  scan(text: string): number {
    const length = text.length;
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return at;
      if (this.inText && lt > at) this.current += decode(text.slice(at, lt));
      const plain = this.depth === 1 ? plainItem(text, lt) : -1;
      if (plain >= 0) {
        // `<si><t>text</t></si>` whole, as nearly every item is: one string, no element by element.
        this.strings.push(decode(text.slice(text.indexOf('>', lt + 4) + 1, plain)));
        at = plain + PLAIN_END.length;
        this.elements += 2;
        continue;
      }
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 63 /* ? */ || next === 33 /* ! */) {
        const end = skipMarkup(text, lt, this.onText);
        if (end < 0) return lt;
        at = end;
        continue;
      }
      const closing = next === 47; /* / */
      let i = closing ? lt + 2 : lt + 1;
      let start = i;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === 58 /* : */) start = i + 1;
        else if (isSpace(code) || code === 47 || code === 62) break;
      }
      const tag = tagOf(text, start, i);
      // The tag's end, past any quoted attribute values.
      let quote = 0;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === 34 || code === 39) quote = code;
        else if (code === 62 /* > */) break;
      }
      if (i >= length) return lt;
      at = i + 1;
      if (closing) {
        this.depth--;
        this.close(tag);
        continue;
      }
      this.depth++;
      this.elements++;
      this.open(tag);
      if (text.charCodeAt(i - 1) === 47 /* / */) {
        this.depth--;
        this.close(tag);
      }
    }
  }

  private open(tag: Tag): void {
    if (tag === Tag.Item) this.current = '';
    else if (tag === Tag.Text) this.inText = this.phonetic === 0;
    else if (tag === Tag.Phonetic) this.phonetic++;
  }

  private close(tag: Tag): void {
    if (tag === Tag.Text) this.inText = false;
    else if (tag === Tag.Phonetic) this.phonetic--;
    else if (tag === Tag.Item) {
      if (this.depth < 0) throw new XmlError('unbalanced shared strings');
      this.strings.push(this.current);
      this.current = '';
    }
  }
}

/** Reads a shared-strings part as it inflates. */
export async function readSharedStringsXml(stream: Readable): Promise<SharedStrings> {
  const strings = new SharedStrings();
  await scanChunks(stream, new ItemScanner(strings));
  strings.seal();
  return strings;
}
