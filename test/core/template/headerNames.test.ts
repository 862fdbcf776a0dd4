import { COLUMNS, matchHeaders } from '../../../src/core';
import { targetOfHeader } from '../../../src/core/headers';
import { HEADER_NAMES, HEADER_TARGETS, namesOf, type HeaderTarget } from '../../../src/core/template/headerNames';
import { fold } from '../../../src/core/text';

describe('the header names table', () => {
  test('every name in the table resolves to its own column, whatever its case, accents and punctuation', () => {
    for (const target of HEADER_TARGETS) {
      for (const name of namesOf(target)) {
        expect([name, targetOfHeader(name)]).toEqual([name, target]);
        expect([name, targetOfHeader(`  ${name.toUpperCase()} `)]).toEqual([name, target]);
        const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-']/g, ' ');
        expect([plain, targetOfHeader(plain)]).toEqual([plain, target]);
      }
    }
  });

  test('no name resolves to two columns', () => {
    const owner = new Map<string, HeaderTarget>();
    for (const target of HEADER_TARGETS) {
      for (const name of namesOf(target)) {
        const folded = fold(name);
        expect([name, owner.get(folded) ?? target]).toEqual([name, target]);
        owner.set(folded, target);
      }
    }
  });

  test("the help article's French names, its Dutch names and the older template's are all in the table", () => {
    const article: Record<string, HeaderTarget> = {
      Person: 'person', Firstname: 'firstName', 'Prénom': 'firstName', Lastname: 'lastName', 'Nom de famille': 'lastName',
      Email: 'email', 'Mobile Number': 'mobile', 'Numéro de téléphone mobile': 'mobile',
      'Registration Number': 'registrationNumber', 'Numéro de registre national': 'registrationNumber', Adresse: 'address',
      'Extra PB': 'extraPb', 'PB supplémentaire': 'extraPb', Labels: 'labels', Etiquette: 'labels',
      'Spouse Registration Number': 'spouseRegistrationNumber',
      'Numéro de registre national du partenaire': 'spouseRegistrationNumber', Langue: 'language',
      'Code client': 'clientCode', 'Numéro BCE': 'enterpriseNumber', 'Numéro BCE du partenaire': 'spouseEnterpriseNumber',
      'Date limite de déclaration': 'declarationDeadline', 'Responsable principal': 'responsibleEmail',
      Rijksregisternummer: 'registrationNumber', 'Rijksregisternummer van de partner': 'spouseRegistrationNumber',
      'KBO-nummer': 'enterpriseNumber', 'KBO-nummer van de partner': 'spouseEnterpriseNumber', Taal: 'language',
      Klantcode: 'clientCode', Hoofdverantwoordelijke: 'responsibleEmail', Adres: 'address', 'E-mailadres': 'email',
      GSM: 'mobile', Responsible: 'responsibleEmail', Address: 'address', Etiquettes: 'labels',
    };
    for (const [name, target] of Object.entries(article)) {
      expect([name, namesOf(target).includes(name)]).toEqual([name, true]);
      expect([name, targetOfHeader(name)]).toEqual([name, target]);
    }
  });

  test("a header row in the article's French names, reordered, loses no column", () => {
    const headers = [
      'Numéro BCE du partenaire', 'Langue', 'Prénom', 'Nom de famille', 'Email', 'Person', 'Numéro de téléphone mobile',
      'Adresse', 'Etiquette', 'Numéro de registre national du partenaire', 'Numéro de registre national',
    ];
    const match = matchHeaders(headers);
    expect(match.issues).toEqual([]);
    expect(match.indexes).toMatchObject({
      spouseEnterpriseNumber: 0, language: 1, firstName: 2, lastName: 3, email: 4, person: 5, mobile: 6, labels: 8,
      spouseRegistrationNumber: 9, registrationNumber: 10,
    });
    expect(match.address).toEqual({ column: 'H', index: 7 });
  });

  test('the table is keyed by the template columns and the address column only', () => {
    expect(Object.keys(HEADER_NAMES).sort()).toEqual([...COLUMNS.map((c) => c.key), 'address'].sort());
  });
});
