// Reads a mapping back from JSON (a file a user edited, a stored one): the shape is checked, nothing guessed.
import { isFieldKey } from '../template/columns';
import { IGNORE, type MappedColumn, type Mapping, type MappingTarget } from './types';
import { PRESETS } from './presets';

const TARGETS = new Set<string>(['address', 'entityType', IGNORE]);
const isTarget = (value: unknown): value is MappingTarget | typeof IGNORE =>
  typeof value === 'string' && (isFieldKey(value) || TARGETS.has(value));

/** The mapping `value` holds, or the path of its first wrong part (`columns[2].field`). */
export function parseMapping(value: unknown): { mapping: Mapping } | { error: string } {
  if (typeof value !== 'object' || value === null) return { error: '(root)' };
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return { error: 'version' };
  if (typeof v.signature !== 'string') return { error: 'signature' };
  const preset = v.preset ?? null;
  if (preset !== null && !PRESETS.some((p) => p.id === preset)) return { error: 'preset' };
  if (typeof v.sheet !== 'string') return { error: 'sheet' };
  if (!Number.isInteger(v.headerRow)) return { error: 'headerRow' };
  if (!Array.isArray(v.columns)) return { error: 'columns' };
  const columns: MappedColumn[] = [];
  for (const [i, c] of (v.columns as unknown[]).entries()) {
    const column = c as Record<string, unknown> | null;
    if (typeof column !== 'object' || column === null) return { error: `columns[${i}]` };
    if (typeof column.column !== 'string') return { error: `columns[${i}].column` };
    if (typeof column.header !== 'string') return { error: `columns[${i}].header` };
    if (!isTarget(column.field)) return { error: `columns[${i}].field` };
    columns.push({ column: column.column, header: column.header, field: column.field, by: 'user' });
  }
  return {
    mapping: { version: 1, signature: v.signature, preset: preset as Mapping['preset'], sheet: v.sheet, headerRow: v.headerRow as number, columns },
  };
}
