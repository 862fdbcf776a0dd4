// The workbook's shared strings (xl/sharedStrings.xml), which most text cells point to by index. They are
// kept packed, thousands to one string with their ends in a typed array, rather than one string each: a
// 100,000-row file has 600,000 of them, which as separate strings cost about 25 MB, and while being read
// every one survives the young generation and grows it (bench/check.js measures the difference).
import type { Readable } from 'node:stream';
import { decode, parseXml } from './xml';

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
 * Reads a shared-strings part as it inflates: each item's text, its `t` or its rich-text runs' `t`s joined,
 * phonetic guides (`rPh`) left out. An item that is one plain text, as nearly every one is, is read whole.
 */
export async function readSharedStringsXml(stream: Readable): Promise<SharedStrings> {
  const strings = new SharedStrings();
  let current = '';
  let inText = false;
  let phonetic = 0;
  await parseXml(stream, {
    element(text, lt, depth) {
      const end = depth === 1 ? plainItem(text, lt) : -1;
      if (end < 0) return -1;
      strings.push(decode(text.slice(text.indexOf('>', lt + 4) + 1, end)));
      return end + PLAIN_END.length;
    },
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
  });
  strings.seal();
  return strings;
}
