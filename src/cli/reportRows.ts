// The check report's rows, kept as they will be written: each row's JSON line, deflated beyond the first
// 10 MB, with a byte of flags per row for the summary. The rules across rows are known
// only after the last row, and few rows have such issues: those are re-rendered when written. A 100,000-row
// report is 46 MB of JSON; kept this way it holds about 4 MB, and nothing per row on the JavaScript heap.
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { createDeflateRaw, createInflateRaw, type Deflate } from 'node:zlib';
import type { Issue } from '../core/issues';
import type { FieldKey, RowValues } from '../core/template/columns';
import { withIssues, type RowResult } from '../core';

export interface ReportIssue {
  row: number;
  column: string;
  field: FieldKey | null;
  severity: Issue['severity'];
  code: string;
  message: string;
  fix?: string;
}

export interface ReportRow {
  row: number;
  valid: boolean;
  values: RowValues;
  issues: ReportIssue[];
}

export interface Summary {
  rows: number;
  valid: number;
  invalid: number;
  withWarnings: number;
}

// Exactly the issue's fields: `params` only serves re-rendering in a UI.
export function reportIssue(issue: Issue): ReportIssue {
  const { row, column, field, severity, code, message, fix } = issue;
  return fix === undefined ? { row, column, field, severity, code, message } : { row, column, field, severity, code, message, fix };
}

// Lines are joined this many characters at a time (strings that die young, never promoted by the collector).
// The first RAW_CHARS are kept as they are (a 20,000-row report, so writing it waits for nothing); the rest
// go through one deflate stream, compressed off the main thread. Buffers per piece were tried: they pile up
// as external memory the collector frees late (+75 MB at 100,000 rows).
const GROUP_CHARS = 64 * 1024;
const RAW_CHARS = 10 * 1024 * 1024;
const START_ROWS = 1024;
const NO_ISSUES: ReportIssue[] = [];
const INVALID = 1;
const WARNING = 2;
const ISSUES = 4;

export class ReportRows {
  // Lines in order: the first as joined, the rest deflated.
  private readonly raw: string[] = [];
  private rawChars = 0;
  private readonly rawLimit: number;
  private deflater: Deflate | null = null;
  private readonly compressed: Buffer[] = [];
  private end: Promise<unknown> | null = null;
  private group: string[] = [];
  private groupLength = 0;
  private flags = new Uint8Array(START_ROWS);
  private positions = new Int32Array(START_ROWS);
  private size = 0;
  // Issues from the rules across rows, by position; merged into the row's line when it is written.
  private readonly cross = new Map<number, ReportIssue[]>();

  /** `rawChars`: how much of the report to keep undeflated (tests set 0 to deflate it all). */
  constructor(opts: { rawChars?: number } = {}) {
    this.rawLimit = opts.rawChars ?? RAW_CHARS;
  }

  get count(): number {
    return this.size;
  }

  add(result: RowResult): void {
    const issues = result.issues.length === 0 ? NO_ISSUES : result.issues.map(reportIssue);
    const row: ReportRow = { row: result.row, valid: result.valid, values: result.values, issues };
    if (this.size === this.flags.length) {
      this.flags = grow(this.flags, new Uint8Array(this.size * 2));
      this.positions = grow(this.positions, new Int32Array(this.size * 2));
    }
    this.positions[this.size] = row.row;
    this.flags[this.size++] = flagsOf(row.issues);
    this.line(JSON.stringify(row));
  }

  private line(text: string): void {
    this.group.push(text);
    this.groupLength += text.length + 1;
    if (this.groupLength >= GROUP_CHARS) this.flush();
  }

  /** Each line ends with a newline, which JSON.stringify never leaves inside one: they split back exactly. */
  private flush(): void {
    if (this.group.length === 0) return;
    const text = `${this.group.join('\n')}\n`;
    this.group = [];
    this.groupLength = 0;
    if (!this.deflater && this.rawChars + text.length <= this.rawLimit) {
      this.raw.push(text);
      this.rawChars += text.length;
      return;
    }
    if (!this.deflater) {
      this.deflater = createDeflateRaw({ level: 1 });
      this.deflater.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    }
    this.deflater.write(text);
  }

  /** Ends the deflate stream, once, so that the rows can be read as often as needed. */
  private ended(): Promise<unknown> {
    if (!this.end) {
      this.flush();
      const deflater = this.deflater;
      this.end = deflater ? once(deflater, 'end') : Promise.resolve();
      deflater?.end();
    }
    return this.end;
  }

  /** The rules across rows' issues, by row number (RowValidator.crossIssues); once, after the last row. */
  addCross(issues: ReadonlyMap<number, readonly Issue[]>): void {
    if (issues.size === 0) return;
    for (let at = 0; at < this.size; at++) {
      const found = issues.get(this.positions[at]);
      if (!found) continue;
      const extra = found.map(reportIssue);
      this.cross.set(at, extra);
      this.flags[at] |= flagsOf(extra);
    }
  }

  summary(): Summary {
    let invalid = 0;
    let withWarnings = 0;
    for (let at = 0; at < this.size; at++) {
      if (this.flags[at] & INVALID) invalid++;
      if (this.flags[at] & WARNING) withWarnings++;
    }
    return { rows: this.size, valid: this.size - invalid, invalid, withWarnings };
  }

  /** Every row's final JSON line, in order, a few at a time; `hasIssues(i)` tells which to read in full. */
  async *batches(): AsyncGenerator<{ lines: string[]; first: number }> {
    await this.ended();
    let first = 0;
    const batch = (text: string) => {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const extra = this.cross.get(first + i);
        if (extra) lines[i] = JSON.stringify(withIssues(JSON.parse(lines[i]) as ReportRow, extra));
      }
      const out = { lines, first };
      first += lines.length;
      return out;
    };
    for (const text of this.raw) yield batch(text.slice(0, -1));
    if (!this.deflater) return;
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    Readable.from(this.compressed).pipe(inflater);
    inflater.setEncoding('utf8');
    let rest = '';
    for await (const chunk of inflater) {
      const text = rest + (chunk as string);
      const end = text.lastIndexOf('\n');
      rest = text.slice(end + 1);
      if (end > 0) yield batch(text.slice(0, end));
    }
  }

  hasIssues(at: number): boolean {
    return (this.flags[at] & ISSUES) !== 0;
  }
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function flagsOf(issues: readonly ReportIssue[]): number {
  let flags = issues.length > 0 ? ISSUES : 0;
  for (const issue of issues) flags |= issue.severity === 'error' ? INVALID : WARNING;
  return flags;
}
