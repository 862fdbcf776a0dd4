import { validateRows, type CellValue } from '../../../src/core';
import { headerSignature, importWorkbook, parseMapping, suggestMapping, withRemembered, type Mapping } from '../../../src/core/mapping';
import { adminPulse, ADMINPULSE_LINKS, ADMINPULSE_RELATIONS, ISCONSULT_CUSTOMERS, sheet } from './fixtures';

const fields = (mapping: Mapping) => Object.fromEntries(mapping.columns.map((c) => [c.header, c.field]));

describe('suggestMapping', () => {
  test('by name first, then by header similarity, then by the values; anything else is "ignore"', () => {
    const rows: CellValue[][] = [
      ['Voornaam', 'Familienaam', 'Rijksregister nr', 'Contact', 'GSM-nr.', 'Ref', 'Opmerking', 'Taal'],
      ['Jan', 'Peeters', '90.01.01-001.23', 'jan@example.be', '+32470123456', '1000', 'vip', 'nl'],
      ['Els', 'Peeters', '88020200254', 'els@example.be', '0470123457', '9000', '', 'fr'],
    ];
    const mapping = suggestMapping(sheet('Klanten', rows), 0);
    expect(fields(mapping)).toEqual({
      Voornaam: 'firstName', Familienaam: 'lastName', 'Rijksregister nr': 'registrationNumber', Contact: 'email',
      'GSM-nr.': 'mobile', Ref: 'postalCode', Opmerking: 'ignore', Taal: 'language',
    });
    expect(mapping.columns.find((c) => c.header === 'Rijksregister nr')!.by).toBe('similarity');
    expect(mapping.columns.find((c) => c.header === 'Contact')!.by).toBe('values');
    expect(mapping.columns.find((c) => c.header === 'Voornaam')).toEqual({ column: 'A', header: 'Voornaam', field: 'firstName', by: 'alias' });
    expect(mapping).toMatchObject({ version: 1, preset: null, sheet: 'Klanten', headerRow: 1 });
  });

  test('a second column of national numbers is the partner\'s; a field is never suggested twice', () => {
    const mapping = suggestMapping(sheet('S', [['Nr 1', 'Nr 2', 'Email', 'Mail 2'], ['90010100123', '88020200254', 'a@b.be', 'c@d.be']]), 0);
    expect(fields(mapping)).toEqual({ 'Nr 1': 'registrationNumber', 'Nr 2': 'spouseRegistrationNumber', Email: 'email', 'Mail 2': 'responsibleEmail' });
  });

  test('the signature ignores order, case and accents, and tells other header rows apart', () => {
    expect(headerSignature(['Prénom', 'Nom', 'Email'])).toBe(headerSignature(['EMAIL', 'nom', 'prenom', '']));
    expect(headerSignature(['Prénom', 'Nom', 'Email'])).not.toBe(headerSignature(['Prénom', 'Nom', 'Langue']));
  });

  test('a remembered mapping lays over the suggestion by header name, in the sheet\'s own column order', () => {
    const last = suggestMapping(sheet('2025', [['Familie', 'Voornaam', 'Mail'], ['Peeters', 'Jan', 'jan@example.be']]), 0);
    const remembered = { ...last, columns: last.columns.map((c) => (c.header === 'Familie' ? { ...c, field: 'lastName' as const } : c)) };
    const now = suggestMapping(sheet('2026', [['Mail', 'familie', 'Voornaam'], ['els@example.be', 'Peeters', 'Els']]), 0);
    expect(withRemembered(now, remembered).columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', 'Mail', 'email'], ['B', 'familie', 'lastName'], ['C', 'Voornaam', 'firstName'],
    ]);
  });

  test('a mapping survives JSON, and a wrong one says where it is wrong', () => {
    const mapping = suggestMapping(sheet('S', ADMINPULSE_RELATIONS), 0);
    const back = parseMapping(JSON.parse(JSON.stringify(mapping)));
    expect(back).toEqual({ mapping: { ...mapping, columns: mapping.columns.map((c) => ({ ...c, by: 'user' })) } });
    expect(parseMapping({ ...mapping, columns: [{ column: 'A', header: 'X', field: 'nope' }] })).toEqual({ error: 'columns[0].field' });
    expect(parseMapping(null)).toEqual({ error: '(root)' });
  });
});

describe('importWorkbook', () => {
  test('a confirmed mapping: template rows with their source row numbers, every ignored value said', () => {
    const rows: CellValue[][] = [
      ['Title row of the export'],
      ['Prénom', 'Nom', 'Courriel', 'Notes', 'Langue', 'Adresse'],
      ['Jan', 'Peeters', 'jan@example.be', 'vip', 'NL', 'Kerkstraat 12 bus 3, 9000 Gent'],
      ['Els', 'Peeters', 'els@example.be', 'call', 'F', ''],
    ];
    const result = importWorkbook([sheet('Clients', rows)], { lang: 'en' })!;
    expect(result.blocked).toBe(false);
    expect(result.headerRow).toBe(2);
    expect(result.rows).toEqual([
      {
        row: 3,
        cells: {
          person: 'person', firstName: 'Jan', lastName: 'Peeters', email: 'jan@example.be', language: 'dutch',
          street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent',
        },
      },
      { row: 4, cells: { person: 'person', firstName: 'Els', lastName: 'Peeters', email: 'els@example.be', language: 'french' } },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'file.ignoredColumn', column: 'D', severity: 'warning', params: { letter: 'D', header: 'Notes', count: 2 } }),
    ]);
    expect(result.issues[0].message).toBe('Column D ("Notes") is mapped to no field, so its 2 values are not imported: map it to a field if it should be.');
    expect(validateRows(result.rows, { columns: result.columns }).every((r) => r.valid)).toBe(true);
  });

  test('a required field left unmapped blocks the import, naming the field', () => {
    const rows = [['Prénom', 'Nom', 'Courriel'], ['Jan', 'Peeters', 'jan@example.be']];
    const result = importWorkbook([sheet('S', rows)], { lang: 'fr' })!;
    expect(result.blocked).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'file.unmappedField', severity: 'error', field: 'language' })]);
    expect(result.issues[0].message).toBe("Aucune colonne n'est associée au champ obligatoire « Langue » : associez-lui une colonne, ou ajoutez-la au fichier.");
  });

  test('a saved mapping applies to a reordered export with the same headers; a header it lacks is reported', () => {
    const first = [['Voornaam', 'Naam', 'Mail', 'Taal'], ['Jan', 'Peeters', 'jan@example.be', 'nl']];
    const mapping = suggestMapping(sheet('S', first), 0);
    const next = [['Taal', 'Mail', 'Extra', 'Naam', 'Voornaam'], ['fr', 'els@example.be', 'x', 'Peeters', 'Els']];
    const result = importWorkbook([sheet('Other', next)], { mapping })!;
    expect(result.rows[0].cells).toEqual({ person: 'person', firstName: 'Els', lastName: 'Peeters', email: 'els@example.be', language: 'french' });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'file.unknownColumn', column: 'C' })]);
  });

  describe('AdminPulse', () => {
    const result = importWorkbook(adminPulse(), { lang: 'en' })!;

    test('is recognized past its instructions sheet; Status and BTW-nummer are ignored and said to be', () => {
      expect(result.mapping.preset).toBe('adminpulse');
      expect(result.sheet).toBe('Relaties');
      expect(fields(result.mapping)).toMatchObject({ Type: 'entityType', Naam: 'lastName', Voornaam: 'firstName', Status: 'ignore', 'BTW-nummer': 'ignore' });
      expect(result.issues.filter((i) => i.code === 'file.ignoredColumn').map((i) => i.params!.header)).toEqual(['Status', 'BTW-nummer']);
      expect(result.blocked).toBe(false);
    });

    test('companies are skipped and listed; the partner folds into the first-listed relation\'s row', () => {
      expect(result.skipped).toEqual([{ row: 3, reason: 'partner', partnerOf: 2 }, { row: 4, reason: 'company' }]);
      expect(result.issues).toContainEqual(expect.objectContaining({ code: 'file.companyRows', params: { count: 1, rows: '4' } }));
      expect(result.issues).toContainEqual(expect.objectContaining({ code: 'file.partnerRows', params: { count: 1, rows: '3' } }));
      expect(result.rows.map((r) => r.row)).toEqual([2, 5, 6]);
      expect(result.rows[0].cells).toMatchObject({ firstName: 'Jan', registrationNumber: '90010100123', spouseRegistrationNumber: '88020200254', language: 'dutch' });
      // The sole proprietor keeps the enterprise number; a link to a company (Zaakvoerder) is no couple.
      expect(result.rows[1].cells).toMatchObject({ firstName: 'Paul', enterpriseNumber: '0477000369', language: 'french' });
      expect(result.rows[1].cells.spouseRegistrationNumber).toBeUndefined();
    });

    test('a link to a missing relation is a warning on the row concerned', () => {
      expect(result.rows[2].issues).toEqual([
        expect.objectContaining({ row: 6, column: 'C', field: 'clientCode', severity: 'warning', code: 'clientCode.partnerMissing', params: { row: 4, sheet: 'Gelinkte relaties', code: 'K999' } }),
      ]);
      const checked = validateRows(result.rows, { columns: result.columns });
      expect(checked.map((r) => r.valid)).toEqual([true, true, true]);
      expect(checked[2].issues.map((i) => i.code)).toContain('clientCode.partnerMissing');
    });

    test('a person linked as partner to two others gets a warning, and no partner', () => {
      const links = [...ADMINPULSE_LINKS, ['K001', 'K005', 'Samenwonend']];
      const sheets = [sheet('Relaties', ADMINPULSE_RELATIONS), sheet('Gelinkte relaties', links)];
      const twice = importWorkbook(sheets)!;
      const jan = twice.rows.find((r) => r.row === 2)!;
      expect(jan.cells.spouseRegistrationNumber).toBeUndefined();
      expect(jan.issues).toEqual([expect.objectContaining({ code: 'clientCode.partnerAmbiguous', params: { sheet: 'Gelinkte relaties', codes: 'K002, K005' } })]);
      expect(twice.skipped.filter((s) => s.reason === 'partner')).toEqual([]);
    });

    test('the link sheet\'s header variants are read', () => {
      const links = [['Relatie', 'Gelinkte relatie', 'Type relatie'], ['K001', 'K002', 'Partner']];
      const variant = importWorkbook([sheet('Relaties', ADMINPULSE_RELATIONS), sheet('Links', links)])!;
      expect(variant.skipped).toContainEqual({ row: 3, reason: 'partner', partnerOf: 2 });
    });
  });

  test('many skipped rows: the message names the first twenty and the count, the result lists them all', () => {
    const companies = Array.from({ length: 500 }, (_, i) => ['Actief', 'Bedrijf', `B${i}`, `Firma ${i}`, '', '0403170701', '', '', `info${i}@example.be`, 'NL']);
    const many = importWorkbook([sheet('Relaties', [...ADMINPULSE_RELATIONS, ...companies])], { lang: 'en' })!;
    const issue = many.issues.find((i) => i.code === 'file.companyRows')!;
    expect(issue.params).toEqual({ count: 501, rows: `4, ${Array.from({ length: 19 }, (_, i) => i + 7).join(', ')}, …` });
    expect(issue.message).toMatch(/^501 rows are companies, not persons, and are skipped: rows 4, 7, 8, .*, 25, …\.$/);
    expect(many.skipped.filter((s) => s.reason === 'company')).toHaveLength(501);
  });

  test('IS Consult: IsCompany customers skipped and listed, languages N/F/E, extra columns ignored', () => {
    const result = importWorkbook([sheet('Customers', ISCONSULT_CUSTOMERS)])!;
    expect(result.mapping.preset).toBe('isconsult');
    expect(result.skipped).toEqual([{ row: 3, reason: 'company' }]);
    expect(result.rows.map((r) => [r.row, r.cells.lastName, r.cells.language])).toEqual([
      [2, 'Janssens', 'dutch'], [4, 'Lambert', 'french'], [5, 'Smith', 'english'],
    ]);
    expect(result.rows[0].cells).toMatchObject({ registrationNumber: '90010100123', clientCode: 'C1', mobile: '+32470123456' });
    expect(result.issues.map((i) => i.code)).toEqual(['file.ignoredColumn', 'file.companyRows']);
  });

  test('no sheet with a header row gives null', () => {
    expect(importWorkbook([sheet('Notes', [['hello'], ['world']])])).toBeNull();
    // Names over nothing, or a first row of values, are no header row either.
    expect(importWorkbook([sheet('S', [['Wie', 'Waar']])])).toBeNull();
    expect(importWorkbook([sheet('S', [['Jan', 'jan@example.be'], ['Els', 'els@example.be']])])).toBeNull();
    expect(importWorkbook([sheet('S', [[85073003328, 'Peeters'], [90010100123, 'Janssens']])])).toBeNull();
  });

  test('a first row of column names no alias knows is the header row: every column gets the mapping step', () => {
    const rows: CellValue[][] = [[], ['Wie', 'Waar', 'Identiteit'], ['Jan', 'Gent', '85073003328']];
    const notes = sheet('Uitleg', [['Vul het tweede blad in.']]);
    const result = importWorkbook([notes, sheet('Lijst', rows)])!;
    expect(result).toMatchObject({ sheet: 'Lijst', headerRow: 2, blocked: true });
    expect(fields(result.mapping)).toEqual({ Wie: 'ignore', Waar: 'ignore', Identiteit: 'registrationNumber' });
  });

  test('a sheet whose header row names fields is read before an earlier sheet of plain names', () => {
    const other = sheet('Notities', [['Datum', 'Wat'], ['maandag', 'bellen']]);
    const clients = sheet('Klanten', [['Voornaam', 'Naam', 'Email'], ['Jan', 'Peeters', 'jan@example.be']]);
    expect(importWorkbook([other, clients])!.sheet).toBe('Klanten');
  });
});
