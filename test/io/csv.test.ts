import { detectDelimiter } from '../../src/io/csv';
import { readCsv } from '../../src/io';
import { readError } from './helpers';
import { validateRows } from '../../src/core';

const HEADER = 'Person,Firstname,Lastname,Email,Registration Number,Language';

describe('readCsv', () => {
  it('warns about a value past the last header (one field too many on a line)', async () => {
    const read = await readCsv(`${HEADER}\nperson,Jan,Peeters,jan@example.be,01020312345,dutch,extra\n`);
    expect(read.headerIssues).toEqual([expect.objectContaining({ code: 'file.unheadedColumn', column: 'G', severity: 'warning' })]);
    expect(read.rows).toHaveLength(1);
  });

  it('reads a comma-separated file; every value stays text, leading zeros included', async () => {
    const read = await readCsv(`${HEADER}\nperson,Jan,Peeters,jan@example.be,01020312345,dutch\n`);
    expect(read.sheet).toBe('');
    expect(read.headerRow).toBe(1);
    expect(read.columns).toMatchObject({ person: 'A', registrationNumber: 'E', language: 'F' });
    expect(read.rows).toEqual([
      {
        row: 2,
        cells: {
          person: 'person',
          firstName: 'Jan',
          lastName: 'Peeters',
          email: 'jan@example.be',
          registrationNumber: '01020312345',
          language: 'dutch',
        },
      },
    ]);
  });

  it('reads a semicolon-separated file as Excel writes it in Belgium, commas inside values kept', async () => {
    const text = 'Personne;Prénom;Nom;Courriel;Étiquettes;Langue\r\nperson;Marie;Dupont;marie@example.be;bureau Bruxelles,gestionnaire X;french\r\n';
    const read = await readCsv(text);
    expect(read.rows[0].cells).toMatchObject({ firstName: 'Marie', labels: 'bureau Bruxelles,gestionnaire X', language: 'french' });
  });

  it('reads UTF-8 with a byte order mark, as a Buffer or as a string', async () => {
    const text = `\uFEFF${HEADER}\nperson,Zoë,Çelik,zoe@example.be,,french\n`;
    for (const input of [Buffer.from(text, 'utf8'), text]) {
      const read = await readCsv(input);
      expect(read.columns.person).toBe('A');
      expect(read.rows[0].cells).toMatchObject({ person: 'person', firstName: 'Zoë', lastName: 'Çelik' });
    }
  });

  it('keeps quoted values whole, separators and line breaks included, and numbers rows as records', async () => {
    const text = `${HEADER},Street\nperson,"Jan, Pieter",Peeters,jan@example.be,,dutch,"Kerkstraat\n12"\nperson,Els,Peeters,els@example.be,,dutch,\n`;
    const read = await readCsv(text);
    expect(read.rows.map((r) => [r.row, r.cells.firstName, r.cells.street])).toEqual([
      [2, 'Jan, Pieter', 'Kerkstraat\n12'],
      [3, 'Els', undefined],
    ]);
  });

  it('skips blank lines and rows of empty fields', async () => {
    const read = await readCsv(`${HEADER}\n\n,,,,,\nperson,Jan,Peeters,jan@example.be,,dutch\n`);
    expect(read.rows.map((r) => r.row)).toEqual([4]);
  });

  it('rejects text that is not UTF-8 and says to save as CSV UTF-8', async () => {
    const latin1 = Buffer.from(`${HEADER}\nperson,Zo\u00eb,Peeters,zoe@example.be,,french\n`, 'latin1');
    const error = await readError(readCsv(latin1));
    expect(error.code).toBe('read.encoding');
    expect(error.message).toContain('CSV UTF-8');
  });

  it('rejects an empty file', async () => {
    expect((await readError(readCsv(Buffer.alloc(0)))).code).toBe('read.empty');
    expect((await readError(readCsv('\uFEFF\n\n'))).code).toBe('read.empty');
  });

  it('rejects a file without the template header row, in the user language', async () => {
    const error = await readError(readCsv('name,mail\nJan,jan@example.be\n', { lang: 'nl' }));
    expect(error.code).toBe('read.noHeader');
    expect(error.message).toContain('het bestand');
  });

  it('rejects a quote that is never closed, naming the line', async () => {
    const error = await readError(readCsv(`${HEADER}\nperson,"Jan,Peeters,jan@example.be,,dutch\n`));
    expect(error.code).toBe('read.csvMalformed');
    expect(error.params.line).toEqual(expect.any(Number));
  });
});

describe('detectDelimiter', () => {
  it('follows the header line, ignoring separators inside quotes and in later lines', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('\n\na;b\n')).toBe(';');
  });
});

describe('a single address column', () => {
  test('is read into Street–Country, and an address it cannot split is kept whole with a warning', async () => {
    const read = await readCsv(
      [
        'Person;Prénom;Nom de famille;Email;Adresse;Langue',
        'person;Jan;Peeters;jan@example.be;Kerkstraat 12 bus 3, 9000 Gent;nl',
        'person;Els;Peeters;els@example.be;Ergens in Gent;nl',
      ].join('\n'),
    );
    expect(read.headerIssues).toEqual([]);
    expect(read.columns).toMatchObject({ street: 'E', houseNumber: 'E', box: 'E', postalCode: 'E', city: 'E', country: 'E' });
    expect(read.rows[0].cells).toMatchObject({ street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent' });
    expect(read.rows[1].cells.street).toBe('Ergens in Gent');
    const [result] = validateRows([read.rows[1]], { columns: read.columns });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ row: 3, column: 'E', field: 'street', severity: 'warning', code: 'street.unsplitAddress' }),
    );
  });
});
