import { validateRow, validateRows } from '../../src/core';
import { rowWith, TODAY, validCells } from './helpers';

describe('validateRows', () => {
  test('a valid row gives its normalized values and no issue', () => {
    const [result] = validateRows([rowWith({ person: 'Person', language: 'Dutch', country: 'België' })], { today: TODAY });
    expect(result).toEqual({
      row: 2,
      valid: true,
      values: { ...validCells(), language: 'dutch', country: 'BE' },
      issues: [],
    });
  });

  test('empty rows, and rows holding only "person", are skipped', () => {
    const results = validateRows(
      [
        { row: 2, cells: {} },
        { row: 3, cells: { person: 'person', firstName: '  ', email: null } },
        rowWith({}, 4),
        { row: 5, cells: { person: 'person' } },
      ],
      { today: TODAY },
    );
    expect(results.map((r) => r.row)).toEqual([4]);
    expect(validateRow({ row: 9, cells: { person: 'person' } })).toBeNull();
  });

  test('an error makes the row invalid; a warning does not', () => {
    const results = validateRows([rowWith({ email: 'nope' }, 2), rowWith({ registrationNumber: '' }, 3)], { today: TODAY });
    expect(results.map((r) => [r.row, r.valid])).toEqual([[2, false], [3, true]]);
  });

  test('issues carry the sheet row, the sheet column letter, the field, a code, a message and a fix', () => {
    const [result] = validateRows([rowWith({ mobile: '0470 12 34 56' }, 7)], {
      today: TODAY,
      columns: { mobile: 'B', firstName: 'E' },
    });
    expect(result.issues).toEqual([
      {
        row: 7,
        column: 'B',
        field: 'mobile',
        severity: 'error',
        code: 'mobile.format',
        message: 'Write the mobile number in international format, with the country code and no spaces: +32470123456.',
        fix: '+32470123456',
      },
    ]);
  });

  test('messages come in the requested language', () => {
    const options = { today: TODAY };
    const en = validateRows([rowWith({ language: 'nl' })], { ...options, lang: 'en' })[0].issues[0].message;
    const fr = validateRows([rowWith({ language: 'nl' })], { ...options, lang: 'fr' })[0].issues[0].message;
    const nl = validateRows([rowWith({ language: 'nl' })], { ...options, lang: 'nl' })[0].issues[0].message;
    expect(en).toBe('Write the language as "dutch" (dutch, english or french).');
    expect(fr).toBe('Écrivez la langue « dutch » (dutch, english ou french).');
    expect(nl).toBe('Schrijf de taal als "dutch" (dutch, english of french).');
  });

  test('issues are listed in column order', () => {
    const [result] = validateRows([rowWith({ language: 'xx', email: 'x', person: '' })], { today: TODAY });
    expect(result.issues.map((i) => i.field)).toEqual(['person', 'email', 'language']);
  });

  test('validateRow applies the single-row rules only', () => {
    const rows = [rowWith({ clientCode: 'A1' }, 2), rowWith({ clientCode: 'A1', registrationNumber: '17073003384' }, 3)];
    expect(validateRow(rows[0], { today: TODAY })!.issues).toEqual([]);
    expect(validateRows(rows, { today: TODAY })[0].issues.map((i) => i.code)).toEqual(['clientCode.duplicate']);
  });
});
