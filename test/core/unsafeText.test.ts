// What a cell may hold: no control characters but tab and line breaks, no UTF-16 surrogate without its pair.
import fc from 'fast-check';
import { validateRow } from '../../src/core';
import { withoutUnsafe } from '../../src/core/cells';
import { rowWith, TODAY } from './helpers';

describe('cells with characters no cell may hold', () => {
  test('a NUL in a street makes the row invalid, naming the cell, with the cleaned value as the fix', () => {
    const result = validateRow(rowWith({ street: 'Rue\u0000 de la Loi' }), { today: TODAY, lang: 'fr' })!;
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'street', column: 'G', code: 'street.controlCharacter', severity: 'error', fix: 'Rue de la Loi' }),
    ]);
    expect(result.issues[0].message).toMatch(/^Rue contient un caractère de contrôle invisible/);
    expect(result.values.street).toBeUndefined();
  });

  test('a lone surrogate is refused; a paired one (an emoji) and accents are text', () => {
    expect(validateRow(rowWith({ labels: 'vip,\ud800' }), { today: TODAY })!.issues.map((i) => i.code)).toEqual(['labels.controlCharacter']);
    expect(validateRow(rowWith({ city: '\udfffGent' }), { today: TODAY })!.issues.map((i) => i.code)).toEqual(['city.controlCharacter']);
    const fine = validateRow(rowWith({ labels: 'vip,😀', city: 'Liège', street: 'Kerkstraat\n12\tbis' }), { today: TODAY })!;
    expect(fine.valid).toBe(true);
    expect(fine.values.labels).toBe('vip,😀');
  });

  test('property: the cleaned text has nothing left to clean, and clean text is left alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cleaned = withoutUnsafe(text);
        if (cleaned === null) return;
        expect(withoutUnsafe(cleaned)).toBeNull();
      }),
    );
    // Graphemes are whole characters (surrogates paired); only control characters can remain to clean.
    const control = (c: string) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(withoutUnsafe([...text].filter((c) => !control(c)).join(''))).toBeNull();
    }));
  });
});
