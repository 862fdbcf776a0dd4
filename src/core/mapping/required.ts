// The fields a mapping must give a column: the template's required ones but Person, which a file without
// the column means ("person"). One rule for the engine and for the screens that let a user map.
import { COLUMNS, type FieldKey } from '../template/columns';
import { IGNORE, type MappedColumn, type MappingTarget } from './types';

export const MAPPED_REQUIRED: readonly FieldKey[] = COLUMNS.filter((c) => c.required && c.key !== 'person').map((c) => c.key);

/** The required fields no column of the mapping feeds. */
export function unmappedRequired(columns: readonly MappedColumn[]): FieldKey[] {
  const mapped = new Set<string>(columns.map((c) => c.field));
  return MAPPED_REQUIRED.filter((field) => !mapped.has(field));
}

/** The targets more than one column is mapped to (each feeds one field). */
export function doubleTargets(columns: readonly MappedColumn[]): MappingTarget[] {
  const seen = new Set<string>();
  const double = new Set<MappingTarget>();
  for (const { field } of columns) {
    if (field === IGNORE) continue;
    if (seen.has(field)) double.add(field);
    seen.add(field);
  }
  return [...double];
}
