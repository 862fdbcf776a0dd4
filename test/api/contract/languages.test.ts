// The API's client languages and the codes it accepts for them come from the core: every UI language
// code stands for one of the template's languages.
import { CLIENT_LANGUAGES, CLIENT_LANGUAGE_OF_CODE } from '../../../src/api/contract/languages';
import { LanguageQuerySchema, TemplateQuerySchema } from '../../../src/api/contract/schemas';
import { LANGS } from '../../../src/core/lang';

test('each UI language code stands for a client language, and the query accepts both forms', () => {
  expect(CLIENT_LANGUAGE_OF_CODE).toEqual({ en: 'english', fr: 'french', nl: 'dutch' });
  for (const code of LANGS) {
    expect(CLIENT_LANGUAGES).toContain(CLIENT_LANGUAGE_OF_CODE[code]);
    expect(LanguageQuerySchema.parse(code.toUpperCase())).toBe(CLIENT_LANGUAGE_OF_CODE[code]);
    expect(TemplateQuerySchema.parse({ lang: code })).toEqual({ lang: code });
  }
  expect(LanguageQuerySchema.parse('French')).toBe('french');
  expect(LanguageQuerySchema.safeParse('nederlands').success).toBe(false);
  expect(TemplateQuerySchema.safeParse({ lang: 'de' }).success).toBe(false);
});
