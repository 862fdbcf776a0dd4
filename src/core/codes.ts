// Every issue code the core can emit: `<fieldKey>.<reason>` for cells, `file.<reason>` for the header row.
// The rules are typed against these lists, and a test checks each code has a message in every language.
import { COLUMNS, type ColumnKind, type FieldKey } from './template/columns';

/** What each kind of column can report, whichever column uses it. */
export const KIND_REASONS = {
  person: ['invalid'],
  text: [],
  email: ['invalid', 'multiple'],
  mobile: ['format', 'invalid', 'notMobile', 'restoredPlus'],
  nationalNumber: ['format', 'punctuation', 'length', 'checksum', 'birthDate', 'restoredZero', 'missingZero'],
  postalCode: ['invalid'],
  country: ['unknown'],
  mustBeEmpty: ['notEmpty'],
  labels: ['format'],
  language: ['localized', 'invalid'],
  clientCode: [],
  enterpriseNumber: ['format', 'punctuation', 'length', 'firstDigit', 'checksum', 'restoredZero', 'missingZero'],
  date: ['format', 'impossible', 'past'],
  clientId: ['invalid'],
} as const satisfies Record<ColumnKind, readonly string[]>;

export type KindReason<K extends ColumnKind> = (typeof KIND_REASONS)[K][number];

/** Reasons tied to one column: a blank recommended number, and the rules across rows. */
export const FIELD_REASONS = {
  registrationNumber: ['recommended', 'duplicate', 'partnerRow'],
  spouseRegistrationNumber: ['sameAsDeclarant'],
  // An address cell that fits none of the known forms stays whole in Street.
  street: ['unsplitAddress'],
  // Partner links (an export's link sheet) go by client code.
  clientCode: ['duplicate', 'partnerMissing', 'partnerAmbiguous'],
  // One client's id on two rows: an exported row copied to make a new client.
  accountonId: ['duplicate'],
} as const satisfies Partial<Record<FieldKey, readonly string[]>>;

/** Reasons any cell can report, whatever its column. */
export const CELL_REASONS = ['controlCharacter'] as const;

export const FILE_REASONS = [
  'unknownColumn', 'missingColumn', 'duplicateColumn', 'unheadedColumn',
  // A mapping: a column mapped to nothing, a required field no column is mapped to, rows that are not declarations.
  'ignoredColumn', 'unmappedField', 'companyRows', 'partnerRows', 'linkUnknown',
] as const;
export type FileReason = (typeof FILE_REASONS)[number];

/** Every code, for the catalog completeness test. */
export function allIssueCodes(): string[] {
  const codes: string[] = [];
  for (const column of COLUMNS) {
    if (column.required) codes.push(`${column.key}.required`);
    for (const reason of CELL_REASONS) codes.push(`${column.key}.${reason}`);
    for (const reason of KIND_REASONS[column.kind]) codes.push(`${column.key}.${reason}`);
    const own = (FIELD_REASONS as Partial<Record<FieldKey, readonly string[]>>)[column.key] ?? [];
    for (const reason of own) codes.push(`${column.key}.${reason}`);
  }
  for (const reason of FILE_REASONS) codes.push(`file.${reason}`);
  return codes;
}
