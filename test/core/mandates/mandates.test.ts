// MyMinfin's bulk mandate file: one ';'-separated line of 7 fields per mandate, no header, CRLF.
import { validateRows } from '../../../src/core';
import { buildMandates, MandateOptionError, MAX_REFERENCE } from '../../../src/core/mandates';
import { noteMessage } from '../../../src/core/mandates/messages';
import { rowWith, TODAY } from '../helpers';

const JAN = '85073003328';
const AN = '17073003384';

/** The file read back as a MyMinfin upload would: lines, then fields. */
function parse(text: string): string[][] {
  expect(text.endsWith('\r\n') || text === '').toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text === '' ? [] : text.slice(0, -2).split('\r\n').map((line) => line.split(';'));
}

const rows = (...cells: Parameters<typeof rowWith>[0][]) => validateRows(cells.map((c, i) => rowWith(c, i + 2)), { today: TODAY });

describe('the mandate file', () => {
  test('a declarant and the partner each get a line of 7 fields; the partner line has no e-mail', () => {
    const file = buildMandates(rows({ spouseRegistrationNumber: AN, clientCode: 'K-1' }), { today: TODAY, reference: 'clientCode' });
    expect(parse(file.text)).toEqual([
      [JAN, 'jan.peeters@example.be', '', '', 'K-1', '', ''],
      [AN, '', '', '', 'K-1', '', ''],
    ]);
    expect(file.lines).toBe(2);
    expect(file.notes).toEqual([]);
  });

  test('--no-partners leaves the partner out; rows without a number or invalid are listed, not silently skipped', () => {
    const file = buildMandates(
      rows({ spouseRegistrationNumber: AN }, { registrationNumber: '' }, { email: 'broken', registrationNumber: '90010112395' }),
      { today: TODAY, partners: false },
    );
    expect(parse(file.text).map((f) => f[0])).toEqual([JAN]);
    expect(file.notes).toEqual([{ row: 3, kind: 'noNationalNumber' }, { row: 4, kind: 'invalid' }]);
    expect(noteMessage(file.notes[0], 'fr')).toMatch(/^La ligne 3 n'a pas de numéro de registre national/);
  });

  test('a person on two rows (declarant here, partner there) gets one line, and the repeat is said', () => {
    const file = buildMandates(
      rows({ spouseRegistrationNumber: AN }, { registrationNumber: AN, firstName: 'An', email: 'an@example.be' }),
      { today: TODAY },
    );
    expect(parse(file.text).map((f) => f[0])).toEqual([JAN, AN]);
    expect(file.notes).toEqual([{ row: 3, kind: 'repeated', first: 2 }]);
  });

  test('dates: today is left out, a later start and an end are written, a past start is refused', () => {
    const today = '20250601';
    expect(parse(buildMandates(rows({}), { today: TODAY, start: today }).text)[0][5]).toBe('');
    expect(parse(buildMandates(rows({}), { today: TODAY, start: '20250701', end: '20261231' }).text)[0].slice(5)).toEqual(['20250701', '20261231']);
    expect(() => buildMandates(rows({}), { today: TODAY, start: '20250531' })).toThrow(MandateOptionError);
    expect(() => buildMandates(rows({}), { today: TODAY, start: '20250230' })).toThrow(expect.objectContaining({ kind: 'badDate' }));
    expect(() => buildMandates(rows({}), { today: TODAY, start: '20250701', end: '20250630' })).toThrow(expect.objectContaining({ kind: 'endBeforeStart' }));
  });

  test('a reference is cut at 255 characters and cleaned of ";", each said', () => {
    const long = buildMandates(rows({ firstName: 'J'.repeat(300) }), { today: TODAY, reference: 'name' });
    expect([...parse(long.text)[0][4]]).toHaveLength(MAX_REFERENCE);
    expect(long.notes).toEqual([{ row: 2, kind: 'referenceCut' }]);
    const semi = buildMandates(rows({ clientCode: 'A;B' }), { today: TODAY, reference: 'clientCode' });
    expect(parse(semi.text)[0]).toHaveLength(7);
    expect(parse(semi.text)[0][4]).toBe('A B');
    expect(semi.notes).toEqual([{ row: 2, kind: 'referenceCleaned' }]);
  });

  test('the language field stays empty unless the firm gives codes, and never for its own language', () => {
    const two = rows({ language: 'french' }, { registrationNumber: AN, language: 'dutch' });
    expect(parse(buildMandates(two, { today: TODAY }).text).map((f) => f[3])).toEqual(['', '']);
    const coded = buildMandates(two, { today: TODAY, languageCodes: { french: 'FR', dutch: 'NL' }, firmLanguage: 'dutch' });
    expect(parse(coded.text).map((f) => f[3])).toEqual(['FR', '']);
  });
});
