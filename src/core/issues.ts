import type { FieldKey } from './template/columns';

export type Severity = 'error' | 'warning';

/**
 * One finding about one cell (or, for file-level findings, one header cell).
 * The add-in, the server, the web page and the CLI all show these same objects.
 */
export interface Issue {
  /** Sheet row number (1 is the header row). */
  row: number;
  /** Column letter in the sheet that was read (not necessarily the template's letter). */
  column: string;
  field: FieldKey | null;
  /** `error` makes the row invalid; `warning` does not. */
  severity: Severity;
  /** Stable code, e.g. `registrationNumber.checksum`; the key into the message catalogs. */
  code: string;
  /** The message in the requested language, rendered from the catalogs. */
  message: string;
  /** The value that would correct the cell, when there is one. */
  fix?: string;
  /** Values the message is rendered with, so a UI can render it again in another language. */
  params?: Record<string, string | number>;
}
