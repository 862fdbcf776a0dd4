import { COLUMNS, FIELD_KEYS, LANGS, columnLetter, columnOf } from '../../../src/core';
import { LANGUAGES } from '../../../src/core/languages';

describe('the column spec', () => {
  test('columns lettered by position from A, with unique keys', () => {
    expect(COLUMNS.map((c) => c.letter)).toEqual(COLUMNS.map((_, i) => columnLetter(i)));
    expect(COLUMNS[0].letter).toBe('A');
    expect(new Set(FIELD_KEYS).size).toBe(COLUMNS.length);
  });

  test('identifier, phone, postal code and client code columns are text-formatted so Excel keeps zeros and "+"', () => {
    const textKinds = new Set(['mobile', 'nationalNumber', 'postalCode', 'clientCode', 'enterpriseNumber']);
    for (const column of COLUMNS) {
      if (textKinds.has(column.kind)) expect([column.key, column.numberFormat]).toEqual([column.key, '@']);
    }
  });

  test('dropdowns for Person and Language hold exactly the accepted values', () => {
    expect(columnOf('person').dropdown).toEqual(['person']);
    expect(columnOf('language').dropdown).toEqual([...LANGUAGES]);
    expect(COLUMNS.filter((c) => 'dropdown' in c).map((c) => c.key)).toEqual(['person', 'language']);
  });

  test('every column has guidance in English, French and Dutch', () => {
    for (const column of COLUMNS) for (const lang of LANGS) expect(column.guidance[lang].length).toBeGreaterThan(5);
  });

  test('every field is stored, compared and updatable but the constant Person, the ignored Extra PB, the Labels table and the Accounton id', () => {
    expect(COLUMNS.filter((c) => !c.stored).map((c) => c.key)).toEqual(['extraPb', 'labels', 'accountonId']);
    expect(COLUMNS.filter((c) => !c.compared).map((c) => c.key)).toEqual(['person', 'extraPb', 'accountonId']);
    expect(COLUMNS.filter((c) => !c.updatable).map((c) => c.key)).toEqual(['person', 'extraPb', 'accountonId']);
  });

  test("only the Accounton id is hidden, and it comes after the template's own columns", () => {
    expect(COLUMNS.filter((c) => c.hidden).map((c) => c.key)).toEqual(['accountonId']);
    expect(COLUMNS[COLUMNS.length - 1].key).toBe('accountonId');
  });

  test('required columns are exactly Person, Firstname, Lastname, Email and Language', () => {
    expect(COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(['person', 'firstName', 'lastName', 'email', 'language']);
  });
});
