// The mapping from a source sheet's columns to the template's fields: plain JSON, so the CLI, the web
// importer, the task pane and the API can show, edit, store and send the same object.
import type { CellValue } from '../cells';
import type { HeaderTarget } from '../template/headerNames';

/**
 * What a source column feeds: a template field, the single address column (read into Street–Country),
 * or the entity type (person, company, sole proprietor) that decides whether a row is a declaration.
 */
export type MappingTarget = HeaderTarget | 'entityType';
export const IGNORE = 'ignore';

/** How a suggestion was made; a user's choice is `user`. */
export type MappedBy = 'alias' | 'preset' | 'similarity' | 'values' | 'user';

export interface MappedColumn {
  /** The source column's letter, and its header as written. */
  column: string;
  header: string;
  field: MappingTarget | typeof IGNORE;
  by?: MappedBy;
}

export type PresetId = 'adminpulse' | 'isconsult';

export interface Mapping {
  version: 1;
  /** The normalized header list's hash: how a remembered mapping is found again for next season's export. */
  signature: string;
  preset: PresetId | null;
  sheet: string;
  headerRow: number;
  columns: MappedColumn[];
}

/** One sheet of a workbook as a reader gives it: each row's number and its cells, 0-based. */
export interface SheetRows {
  name: string;
  rows: readonly { row: number; cells: readonly CellValue[] }[];
}
