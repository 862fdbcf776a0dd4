import { CATALOGS, catalogKey, localizeIssue, message } from '../../src/core/messages';
import { allIssueCodes } from '../../src/core/codes';
import { LANGS, validateRows } from '../../src/core';
import { rowWith, TODAY } from './helpers';

describe('message catalogs', () => {
  test('every code the core can emit has a message in English, French and Dutch', () => {
    for (const code of allIssueCodes()) {
      for (const lang of LANGS) expect([code, lang, catalogKey(code, CATALOGS[lang])]).not.toContainEqual(undefined);
    }
  });

  test('the three catalogs have the same keys, and every key is used by some code', () => {
    const used = new Set(allIssueCodes().map((code) => catalogKey(code)));
    expect(Object.keys(CATALOGS.fr).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    expect(Object.keys(CATALOGS.nl).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    // A singular variant (file.companyRows.one) is used with its message.
    expect(Object.keys(CATALOGS.en).filter((key) => !used.has(key.replace(/\.one$/, '')))).toEqual([]);
  });

  test('a message uses only placeholders it is given, in every language', () => {
    for (const lang of LANGS) {
      for (const text of Object.values(CATALOGS[lang])) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
          expect(['column', 'fix', 'rows', 'row', 'letter', 'header', 'first', 'count', 'code', 'codes', 'sheet']).toContain(name);
        }
      }
    }
  });

  test('{column} is the column header in the message language', () => {
    expect(message('registrationNumber.checksum', 'en')).toContain('Registration Number');
    expect(message('registrationNumber.checksum', 'fr')).toContain('Numéro de registre national');
    expect(message('registrationNumber.checksum', 'nl')).toContain('Rijksregisternummer');
    expect(message('spouseRegistrationNumber.checksum', 'en')).toContain('Spouse Registration Number');
  });

  test('localizeIssue renders an issue again in another language', () => {
    const [result] = validateRows([rowWith({ registrationNumber: '85.07.30-033.28', clientCode: 'A' }), rowWith({ clientCode: 'A' }, 3)], {
      today: TODAY,
    });
    for (const issue of result.issues) {
      const again = localizeIssue(localizeIssue(issue, 'nl'), 'en');
      expect(again).toEqual(issue);
      expect(localizeIssue(issue, 'fr').message).toBe(
        validateRows([rowWith({ registrationNumber: '85.07.30-033.28', clientCode: 'A' }), rowWith({ clientCode: 'A' }, 3)], {
          today: TODAY,
          lang: 'fr',
        })[0].issues.find((i) => i.code === issue.code)!.message,
      );
    }
  });

  test('a placeholder without a value stays visible, in every language', () => {
    for (const lang of LANGS) expect(message('mobile.format', lang)).toContain('{fix}');
    expect(message('mobile.format', 'en', { fix: '+32470123456' })).toContain('+32470123456.');
  });

  test('an unknown code renders as the code itself rather than failing', () => {
    expect(message('nothing.here', 'en')).toBe('nothing.here');
  });
});
