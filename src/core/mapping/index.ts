// The mapping engine: suggest a mapping for any header row, apply one to a workbook. Shared by every surface.
export { importWorkbook, findDataSheet, type ImportOptions, type SkippedRow, type WorkbookImport } from './apply';
export { suggestMapping, findHeaderRow } from './suggest';
export { headerSignature } from './signature';
export { sampleValues } from './samples';
export { MAPPED_REQUIRED, unmappedRequired, doubleTargets } from './required';
export { PRESETS, detectPreset } from './presets';
export { parseMapping } from './parse';
export { withRemembered } from './remembered';
export { findLinkSheet } from './links';
export { IGNORE, type Mapping, type MappedColumn, type MappingTarget, type PresetId, type SheetRows } from './types';
