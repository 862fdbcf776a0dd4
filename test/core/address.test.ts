import fc from 'fast-check';
import { parseAddress, type AddressParts } from '../../src/core/address';

const parts = (p: Partial<AddressParts>): AddressParts => ({
  street: '', houseNumber: '', box: '', postalCode: '', city: '', country: '', ...p,
});

describe('parseAddress', () => {
  test.each([
    ['Rue de la Loi 16, 1000 Bruxelles', { street: 'Rue de la Loi', houseNumber: '16', postalCode: '1000', city: 'Bruxelles' }],
    ['Kerkstraat 12 bus 3, 9000 Gent', { street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent' }],
    ['Kerkstraat 12/3 9000 Gent', { street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent' }],
    ['Avenue Louise 54 boîte 12, 1050 Ixelles', { street: 'Avenue Louise', houseNumber: '54', box: '12', postalCode: '1050', city: 'Ixelles' }],
    ['Chaussée de Wavre 1100 bte 2 - 1160 Auderghem', { street: 'Chaussée de Wavre', houseNumber: '1100', box: '2', postalCode: '1160', city: 'Auderghem' }],
    ['Grote Markt 1, B-2000 Antwerpen, België', { street: 'Grote Markt', houseNumber: '1', postalCode: '2000', city: 'Antwerpen', country: 'België' }],
    ['Rue du 11 Novembre 5A, 4000 Liège', { street: 'Rue du 11 Novembre', houseNumber: '5A', postalCode: '4000', city: 'Liège' }],
    ['Rue de Rivoli 10, 75001 Paris, France', { street: 'Rue de Rivoli', houseNumber: '10', postalCode: '75001', city: 'Paris', country: 'France' }],
    ['12 rue de Rivoli, 75001 Paris, France', { street: 'rue de Rivoli', houseNumber: '12', postalCode: '75001', city: 'Paris', country: 'France' }],
    ['Damrak 1, 1012 LM Amsterdam, Nederland', { street: 'Damrak', houseNumber: '1', postalCode: '1012 LM', city: 'Amsterdam', country: 'Nederland' }],
    ['Hauptstraße 5, D-10115 Berlin, Deutschland', { street: 'Hauptstraße', houseNumber: '5', postalCode: '10115', city: 'Berlin', country: 'Deutschland' }],
  ])('%s', (text, expected) => {
    expect(parseAddress(text)).toEqual({ parts: parts(expected), split: true });
  });

  test.each([
    'Kerkstraat, Gent', // no number, no postal code
    '10 Downing Street, London SW1A 2AA, United Kingdom', // a form we do not know
    'Rue X 5, 75001 Paris', // a 5-digit code with no country is not Belgian
    'Kerkstraat 12, 9000 Gent 5', // trailing text
    'Grote Markt 1, B-2000 Antwerpen, France', // the B- prefix contradicts the country
  ])('%s is kept whole in the street, not guessed', (text) => {
    expect(parseAddress(text)).toEqual({ parts: parts({ street: text }), split: false });
  });

  test('a blank cell is an empty address', () => {
    expect(parseAddress('  ')).toEqual({ parts: parts({}), split: true });
  });

  // Generated Belgian addresses, written in each form people use, read back into their parts.
  const word = fc.stringMatching(/^[A-ZÉÈ][a-zéèêëàâîïôûüç]{1,10}$/);
  const joiner = fc.constantFrom(' ', ' de ', ' de la ', "-", " de l'", ' van ');
  const name = fc.tuple(word, fc.array(fc.tuple(joiner, word), { maxLength: 2 })).map(
    ([first, rest]) => first + rest.map(([j, w]) => j + w).join(''),
  );
  const address = fc.record({
    street: name,
    houseNumber: fc.tuple(fc.integer({ min: 1, max: 2999 }), fc.constantFrom('', 'A', 'b')).map(([n, s]) => `${n}${s}`),
    box: fc.constantFrom('', '1', '3', '12', 'A', '0002'),
    postalCode: fc.integer({ min: 1000, max: 9999 }).map(String),
    city: name,
    country: fc.constantFrom('', 'België', 'Belgique', 'Belgium'),
  });
  const boxWords = fc.constantFrom(' bus ', ' bte ', ' boîte ', '/', ' box ');
  const separators = fc.constantFrom(', ', ' ', ' - ');
  const prefixes = fc.constantFrom('', 'B-', 'BE-');

  test('generated addresses in those forms give back their parts', () => {
    fc.assert(
      fc.property(address, boxWords, separators, prefixes, (a, boxWord, separator, prefix) => {
        const number = a.box ? `${a.houseNumber}${boxWord}${a.box}` : a.houseNumber;
        const country = a.country ? `, ${a.country}` : '';
        const text = `${a.street} ${number}${separator}${prefix}${a.postalCode} ${a.city}${country}`;
        expect([text, parseAddress(text)]).toEqual([text, { parts: a, split: true }]);
      }),
      { numRuns: 500 },
    );
  });
});
