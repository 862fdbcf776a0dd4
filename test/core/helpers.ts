import type { CellValue, FieldKey, InputRow, Issue, ValidateOptions } from '../../src/core';
import { validateRow } from '../../src/core';

export const TODAY = new Date(2025, 5, 1);

/** A complete, valid client row; tests change one cell at a time. */
export function validCells(): Partial<Record<FieldKey, CellValue>> {
  return {
    person: 'person',
    firstName: 'Jan',
    lastName: 'Peeters',
    email: 'jan.peeters@example.be',
    mobile: '+32470123456',
    registrationNumber: '85073003328',
    street: 'Kerkstraat',
    houseNumber: '12',
    postalCode: '9000',
    city: 'Gent',
    country: 'Belgium',
    language: 'dutch',
  };
}

export function rowWith(cells: Partial<Record<FieldKey, CellValue>>, row = 2): InputRow {
  return { row, cells: { ...validCells(), ...cells } };
}

/** Validates one row that differs from a valid row by `cells`; returns the result. */
export function check(cells: Partial<Record<FieldKey, CellValue>>, opts: ValidateOptions = {}) {
  const result = validateRow(rowWith(cells), { today: TODAY, ...opts });
  if (!result) throw new Error('row unexpectedly empty');
  return result;
}

/** The issues of one field, as [code, severity, fix]. */
export function issuesOf(field: FieldKey, cells: Partial<Record<FieldKey, CellValue>>, opts: ValidateOptions = {}) {
  return check(cells, opts)
    .issues.filter((issue: Issue) => issue.field === field)
    .map((issue) => [issue.code, issue.severity, issue.fix]);
}
