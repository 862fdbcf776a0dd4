import type { Lang } from '../core/lang';
import { ioMessage, type IoMessageCode } from './messages';

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
}
