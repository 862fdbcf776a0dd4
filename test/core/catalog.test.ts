import { catalogReader, fill } from '../../src/core/catalog';

describe('fill', () => {
  test('puts each value in its placeholder', () => {
    expect(fill('Row {row}: {message}', { row: 4, message: 'missing e-mail' })).toBe('Row 4: missing e-mail');
  });

  test('leaves a placeholder without a value as written, so the gap shows', () => {
    expect(fill('Fix: {fix}', {})).toBe('Fix: {fix}');
    expect(fill('Fix: {fix}', { fix: null })).toBe('Fix: {fix}');
  });

  test('an ICU plural form chooses its option by the language\'s plural rules, # being the number', () => {
    const rows = '{rows, plural, one {# ligne} other {# lignes}}, {invalid, plural, one {# non valide} other {# non valides}}';
    expect(fill(rows, { rows: 3, invalid: 1 }, undefined, 'fr')).toBe('3 lignes, 1 non valide');
    expect(fill(rows, { rows: 0, invalid: 2 }, undefined, 'fr')).toBe('0 ligne, 2 non valides');
    expect(fill('{rows, plural, one {# row} other {# rows}}', { rows: 0 }, undefined, 'en')).toBe('0 rows');
    expect(fill('{n, plural, =0 {none} one {# client in {sheet}} other {# clients}}', { n: 1, sheet: 'A' })).toBe('1 client in A');
    expect(fill('{n, plural, =0 {none} other {# clients}}', { n: 0 })).toBe('none');
    expect(fill('Wait {seconds, plural, one {# second} other {# seconds}}', { seconds: '1' })).toBe('Wait 1 second');
  });

  test('an ICU plural form without its number stays as written, so the gap shows', () => {
    expect(fill('{rows, plural, one {# row} other {# rows}}', {})).toBe('{rows, plural, one {# row} other {# rows}}');
  });

  test('a value function may render some placeholders differently', () => {
    expect(fill('{a}-{b}', { a: 1, b: 2 }, (name, v) => (name === 'a' ? `[${v}]` : String(v)))).toBe('[1]-2');
  });
});

describe('catalogReader', () => {
  const read = catalogReader<'added' | 'only'>({
    en: { added: '{count} clients added', 'added.one': 'One client added', only: 'English only' },
    fr: { added: '{count} clients ajoutés', 'added.one': 'Un client ajouté' },
    nl: { added: '{count} klanten toegevoegd' },
  });

  test('reads the language asked for, with the variant its plural rules choose for the count', () => {
    expect(read('fr', 'added', { count: 3 })).toBe('3 clients ajoutés');
    expect(read('fr', 'added', { count: 1 })).toBe('Un client ajouté');
  });

  test("French reads 0 with the singular, as its plural rules say; English does not", () => {
    expect(read('fr', 'added', { count: 0 })).toBe('Un client ajouté');
    expect(read('en', 'added', { count: 0 })).toBe('0 clients added');
    expect(read('en', 'added', { count: 1 })).toBe('One client added');
  });

  test('falls back to the plural form, then to English, when a text is missing', () => {
    expect(read('nl', 'added', { count: 1 })).toBe('1 klanten toegevoegd');
    expect(read('nl', 'only')).toBe('English only');
  });

  test('a placeholder without a value stays visible', () => {
    expect(read('fr', 'added')).toBe('{count} clients ajoutés');
  });

  test('.in(lang) reads one language', () => {
    expect(read.in('fr')('added', { count: 2 })).toBe('2 clients ajoutés');
  });

  test('an entry function finds the text a key is written under', () => {
    const byReason = catalogReader<string>(
      { en: { checksum: 'Bad {column}' }, fr: { checksum: '{column} invalide' }, nl: {} },
      { entry: (key, catalog) => [key, key.slice(key.indexOf('.') + 1)].find((k) => k in catalog) },
    );
    expect(byReason('fr', 'email.checksum', { column: 'E-mail' })).toBe('E-mail invalide');
    expect(byReason('nl', 'email.checksum', { column: 'E-mail' })).toBe('Bad E-mail');
    expect(byReason('en', 'email.unknown')).toBe('email.unknown');
  });
});
