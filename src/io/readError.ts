import type { Lang } from '../core/lang';
import { ioMessage, type IoMessageCode } from './messages';

// Codes of a file refused for its size, not its content (a server answers 413).
const LIMITS: ReadonlySet<IoMessageCode> = new Set(['read.tooLarge', 'read.tooManyRows', 'read.tooManyColumns', 'read.tooSlow']);

/** The input cannot be read at all; the message (localized) says how to fix the file. */
export class ReadError extends Error {
  readonly code: IoMessageCode;
  readonly params: Record<string, string | number>;

  constructor(code: IoMessageCode, lang: Lang, params: Record<string, string | number> = {}) {
    super(ioMessage(code, lang, params));
    this.name = 'ReadError';
    this.code = code;
    this.params = params;
  }

  /** The file is beyond a read limit (size, rows, columns, time), rather than unreadable. */
  get overLimit(): boolean {
    return LIMITS.has(this.code);
  }
}
