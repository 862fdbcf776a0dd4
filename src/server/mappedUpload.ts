// An upload that is not the template: read through a column mapping with the core's mapping engine. The
// mapping is the upload's own (its `mapping` field), else the firm's remembered one for the file's header
// signature, else a built-in preset that recognizes the export; otherwise the answer is a 422 carrying the
// suggested mapping, for the user to confirm.
import { findDataSheet, headerSignature, importWorkbook, sampleValues, suggestMapping, type Mapping, type SheetRows } from '../core/mapping';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import type { AppliedMapping } from '../api/contract/schemas';
import { HttpError } from './errors';
import type { PreviewRequest } from './previewImport';

export interface MappedUploadOptions {
  lang: Lang;
  given?: Mapping;
  remembered: (signature: string) => Promise<Mapping | null>;
}

export async function readMappedUpload(
  sheets: readonly SheetRows[],
  opts: MappedUploadOptions,
): Promise<Pick<PreviewRequest, 'rows' | 'columns' | 'mapping' | 'sheet'> | null> {
  const { lang } = opts;
  let mapping = opts.given;
  let applied: AppliedMapping['applied'] = 'given';
  const found = findDataSheet(sheets, mapping && sheets.some((s) => s.name === mapping!.sheet) ? mapping.sheet : undefined);
  if (!found) return null;
  const sheet = found.sheet.name;
  const needsMapping = (issues: Issue[] | undefined, suggested: Mapping) =>
    new HttpError(422, 'upload.needsMapping', {}, issues, { mapping: suggested, samples: sampleValues(found.sheet, found.headerAt) });
  if (!mapping) {
    const remembered = await opts.remembered(headerSignature(found.sheet.rows[found.headerAt].cells));
    const suggested = suggestMapping(found.sheet, found.headerAt);
    if (remembered) [mapping, applied] = [remembered, 'remembered'];
    else if (suggested.preset) [mapping, applied] = [suggested, 'preset'];
    else {
      const read = importWorkbook(sheets, { mapping: suggested, sheet, lang });
      throw needsMapping(read?.issues, suggested);
    }
  }
  const read = importWorkbook(sheets, { mapping, sheet, lang });
  if (!read) return null;
  // A required field without a column: no row can be judged, the user maps again.
  if (read.blocked) throw needsMapping(read.issues, read.mapping);
  return { rows: read.rows, columns: read.columns, mapping: { applied, mapping: read.mapping, issues: read.issues }, sheet };
}
