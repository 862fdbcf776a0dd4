// What happened to each sent row after the commit, for the write-back into the workbook (pure).
import type { CommitRequest, CommitResult, ImportPreview } from '../api/contract/schemas';
import type { FieldKey, Issue } from '../core';
import { clientName } from '../ui/review/names';

export type Outcome = 'added' | 'updated' | 'duplicate' | 'invalid' | 'notSelected' | 'conflict';

export interface RowOutcome {
  row: number;
  name: string;
  outcome: Outcome;
  /** An invalid row's issues. */
  issues?: Issue[];
  /** A conflict's message, from the server. */
  conflict?: string;
  /** The fields an update overwrote. */
  fields?: FieldKey[];
}

export function rowOutcomes(preview: ImportPreview, request: CommitRequest, result: CommitResult): RowOutcome[] {
  const created = new Set(result.created.map((c) => c.row));
  const updated = new Map(result.updated.map((u) => [u.row, u.fields]));
  const conflicts = new Map(result.conflicts.map((c) => [c.row, c.message]));
  const asked = new Set([...(request.add ?? []).map((a) => a.row), ...(request.update ?? []).map((u) => u.row)]);
  const out: RowOutcome[] = [];
  const settled = (row: number, name: string, otherwise: Outcome): RowOutcome => {
    const conflict = conflicts.get(row);
    if (conflict !== undefined) return { row, name, outcome: 'conflict', conflict };
    if (created.has(row)) return { row, name, outcome: 'added' };
    const fields = updated.get(row);
    if (fields) return { row, name, outcome: 'updated', fields };
    return { row, name, outcome: asked.has(row) ? 'conflict' : otherwise };
  };
  for (const e of preview.importOnly) out.push(settled(e.row, clientName(e.values), 'notSelected'));
  for (const e of preview.duplicates) out.push(settled(e.row, clientName(e.values), 'duplicate'));
  for (const e of preview.invalid) out.push({ row: e.row, name: clientName(e.values), outcome: 'invalid', issues: e.issues as Issue[] });
  return out.sort((a, b) => a.row - b.row);
}
