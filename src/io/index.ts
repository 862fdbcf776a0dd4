// Reading client files (.xlsx, .csv) into rows for the core, and writing the template.
export { readCsv, type ReadCsvOptions } from './csv';
export { readFile, type ReadFileOptions } from './file';
export { ReadError } from './readError';
export type { SheetRead } from './sheet';
export { writeResults } from './results';
export { TEMPLATE_ROWS, TEMPLATE_SHEET, writeTemplate, type TemplateOptions } from './template';
export { readXlsx, type ReadXlsxOptions } from './xlsx';
