import { COLUMNS, matchHeaders } from '../../src/core';

describe('matchHeaders', () => {
  test('the template header row maps every column to its own letter', () => {
    const match = matchHeaders(COLUMNS.map((c) => c.header));
    expect(match.recognized).toBe(true);
    expect(match.missing).toEqual([]);
    expect(match.issues).toEqual([]);
    for (const column of COLUMNS) expect(match.columns[column.key]).toBe(column.letter);
  });

  test('French and Dutch headers, in another order, ignoring case, accents, spacing and punctuation', () => {
    const match = matchHeaders(['  PRENOM ', 'Nom', 'Langue', 'E-mail', 'personne', 'N° de GSM'.replace('N° de ', ''), 'Rijksregister-nummer']);
    expect(match.columns).toEqual({
      firstName: 'A', lastName: 'B', language: 'C', email: 'D', person: 'E', mobile: 'F', registrationNumber: 'G',
    });
    expect(match.indexes.language).toBe(2);
    expect(match.issues).toEqual([]);
    const dutch = matchHeaders(['Persoon', 'Voornaam', 'Achternaam', 'E-mailadres', 'Taal', 'Klantcode']);
    expect(dutch.columns).toMatchObject({ person: 'A', lastName: 'C', email: 'D', language: 'E', clientCode: 'F' });
  });

  test('unknown columns are reported once, as warnings, and ignored', () => {
    const match = matchHeaders(['Person', 'Firstname', 'Lastname', 'Email', 'Language', 'Notes', '', 'Notes 2'], { headerRow: 3 });
    expect(match.unknown).toEqual([{ column: 'F', header: 'Notes' }, { column: 'H', header: 'Notes 2' }]);
    expect(match.issues.map((i) => [i.row, i.column, i.field, i.severity, i.code])).toEqual([
      [3, 'F', null, 'warning', 'file.unknownColumn'],
      [3, 'H', null, 'warning', 'file.unknownColumn'],
    ]);
    expect(match.issues[0].message).toBe(
      'Column F ("Notes") is not a template column and is ignored: rename it to a template header if it should be imported.',
    );
  });

  test('a missing required column is an error naming it, in the requested language', () => {
    const match = matchHeaders(['Person', 'Firstname', 'Lastname', 'Email'], { lang: 'fr' });
    expect(match.missing).toEqual(['language']);
    expect(match.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'file.missingColumn', field: 'language', column: '' }),
    ]);
    expect(match.issues[0].message).toBe('La colonne obligatoire « Langue » manque : ajoutez une colonne avec cet en-tête.');
  });

  test('a repeated column is reported and the first one is used', () => {
    const match = matchHeaders(['Person', 'Email', 'E-mail', 'Firstname']);
    expect(match.columns.email).toBe('B');
    expect(match.issues.find((i) => i.code === 'file.duplicateColumn')).toMatchObject({ column: 'C', field: 'email' });
  });

  test('a data row is not recognized as a header row', () => {
    expect(matchHeaders(['person', 'Jan', 'Peeters', 'jan@example.be', 42]).recognized).toBe(false);
    expect(matchHeaders([]).recognized).toBe(false);
  });
});
