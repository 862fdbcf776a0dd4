// "Send to Accounton": read the whole table, check it in full, and send every filled row (invalid ones too:
// the server puts them in the invalid bucket). Plain module: the Excel reading is injected, so it runs in
// tests without Office. It never writes to the sheet, so a failure leaves the workbook as it was.
import { ApiError, type ApiClient } from '../api/client';
import { validateRows } from '../core';
import type { Lang } from '../core';
import type { TableRead, ReadOptions } from '../excel/tableRows';
import { serverMessage } from '../api/contract/messages';
import type { ImportPreview } from '../api/contract/schemas';

export type SendStep =
  | { step: 'reading'; read: number; total: number }
  | { step: 'checking'; rows: number }
  | { step: 'sending'; rows: number };

export type SendOutcome =
  | { kind: 'noTemplate' }
  | { kind: 'empty' }
  /** Invalid rows and no confirmation yet: the user decides (send anyway, or go and fix them). */
  | { kind: 'confirm'; invalid: number; total: number; first: { row: number; column: string } | null }
  | { kind: 'sent'; preview: ImportPreview; rows: number };

export interface SendInput {
  read: (options: ReadOptions) => Promise<TableRead | null>;
  client: ApiClient;
  /** The workflow to import into (resolved lazily: it may need a request). */
  workflowId: (signal: AbortSignal) => Promise<string>;
  lang: Lang;
  today?: Date;
  /** The user already agreed to send invalid rows. */
  confirmed: boolean;
  signal: AbortSignal;
  onStep: (step: SendStep) => void;
}

function stopIfAborted(signal: AbortSignal, lang: Lang): void {
  if (signal.aborted) throw new ApiError('aborted', 0, 'client.aborted', serverMessage('client.aborted', lang));
}

export async function sendSheet(input: SendInput): Promise<SendOutcome> {
  const { signal, lang } = input;
  input.onStep({ step: 'reading', read: 0, total: 0 });
  const table = await input.read({ signal, onProgress: (read, total) => input.onStep({ step: 'reading', read, total }) });
  stopIfAborted(signal, lang);
  if (!table) return { kind: 'noTemplate' };

  input.onStep({ step: 'checking', rows: table.rows.length });
  const results = validateRows(table.rows, { lang, columns: table.columns, today: input.today });
  if (results.length === 0) return { kind: 'empty' };
  const invalid = results.filter((r) => !r.valid);
  if (invalid.length > 0 && !input.confirmed) {
    const issue = invalid[0].issues.find((i) => i.severity === 'error');
    return { kind: 'confirm', invalid: invalid.length, total: results.length, first: issue ? { row: issue.row, column: issue.column } : null };
  }

  // The rows the core did not skip as empty, with their cells as the sheet holds them: the server validates again.
  const filled = new Set(results.map((r) => r.row));
  const rows = table.rows.filter((r) => filled.has(r.row)).map((r) => ({ row: r.row, values: jsonCells(r.cells) }));
  const workflowId = await input.workflowId(signal);
  stopIfAborted(signal, lang);
  input.onStep({ step: 'sending', rows: rows.length });
  const preview = await input.client.createImport({ workflowId, source: 'excel-addin', columns: table.columns, rows }, { signal });
  return { kind: 'sent', preview, rows: rows.length };
}

/** Excel's cell values are already JSON (strings, numbers, booleans); blanks are left out. */
function jsonCells(cells: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [field, value] of Object.entries(cells)) {
    if (typeof value === 'number' || typeof value === 'boolean') out[field] = value;
    else if (typeof value === 'string' && value !== '') out[field] = value;
    else if (value instanceof Date) out[field] = value.toISOString().slice(0, 10);
  }
  return out;
}
