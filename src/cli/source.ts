// What check, send and convert read: the template as before, or any sheet through a mapping (--map), or an
// export a built-in preset recognizes (AdminPulse, IS Consult), through the core's mapping engine.
import { readFile as readText } from 'node:fs/promises';
import type { InputRow } from '../core';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import type { Mapping, SkippedRow } from '../core/mapping';
import type { FieldKey } from '../core/template/columns';
import { isCsvPath, readFile } from '../io/file';
import { ReadError } from '../io/readError';
import { noHeaderError, type RowSink } from '../io/sheet';
import { UsageError } from './args';
import { cliMessage } from './messages';

export interface Source {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<FieldKey, string>>;
  headerIssues: Issue[];
  rows: InputRow[];
  /** The file has no cell types (CSV): digits are judged as typed. */
  untypedCells?: boolean;
  /** Only when read through a mapping. */
  mapping?: Mapping;
  skipped?: SkippedRow[];
}

export async function loadMapping(path: string, lang: Lang): Promise<Mapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, 'utf8'));
  } catch {
    throw new UsageError(cliMessage('map.unreadable', lang, { path }));
  }
  const { parseMapping } = await import('../core/mapping');
  const parsed = parseMapping(json);
  if ('error' in parsed) throw new UsageError(cliMessage('map.invalid', lang, { path, part: parsed.error }));
  return parsed.mapping;
}

/** Reads FILE through the mapping engine; the suggestion when no mapping is given. */
export async function mappedSource(file: string, opts: { mapping?: Mapping; sheet?: string; lang: Lang }): Promise<Source> {
  // Loaded only for a file that is not the template: a template's check does without them.
  const [{ importWorkbook }, { readWorkbookFile }] = await Promise.all([import('../core/mapping'), import('../io/workbook')]);
  const sheets = await readWorkbookFile(file, opts.lang);
  const result = importWorkbook(sheets, opts);
  if (!result) throw noHeaderError(opts.lang, sheets[0]?.name === '' ? null : sheets.map((s) => s.name));
  const { sheet, headerRow, columns, issues, rows, mapping, skipped } = result;
  return { sheet, headerRow, columns, headerIssues: issues, rows, mapping, skipped, untypedCells: isCsvPath(file) };
}

/**
 * The file as a template, else as an export a preset knows. With `onRow`, a template's rows stream there
 * instead of being kept (the result's rows are then empty); a mapped source always keeps its rows.
 */
export async function readSource(file: string, opts: { map?: string; sheet?: string; lang: Lang; onRow?: RowSink }): Promise<Source> {
  const { lang, sheet } = opts;
  if (opts.map !== undefined) return mappedSource(file, { mapping: await loadMapping(opts.map, lang), sheet, lang });
  let read: Source | ReadError;
  try {
    read = await readFile(file, { sheet, lang, onRow: opts.onRow });
    if (!read.headerIssues.some((i) => i.severity === 'error')) return read;
  } catch (error) {
    if (!(error instanceof ReadError && error.code === 'read.noHeader')) throw error;
    read = error;
  }
  // Not the template: an export a preset knows is read as such; anything else needs a mapping (--map).
  const mapped = await mappedSource(file, { sheet, lang }).catch(() => null);
  if (mapped?.mapping?.preset) return mapped;
  if (read instanceof ReadError) throw read;
  return read;
}
