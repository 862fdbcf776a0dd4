// Every catalog of the product, scanned: a count agrees with its noun through the plural variants the
// catalog reader picks with Intl.PluralRules, never through a hand-made "(s)".
import { LANGS, type Lang } from '../../src/core/lang';
import { CATALOGS as coreCatalogs } from '../../src/core/messages';
import { mandateCatalogs } from '../../src/core/mandates/messages';
import { ioCatalogs } from '../../src/io/messages';
import { cliCatalogs } from '../../src/cli/messages';
import { apiCliCatalogs } from '../../src/cli/commands/apiMessages';
import { MESSAGES } from '../../src/api/contract/messages';
import { RESULTS_CATALOGS } from '../../src/api/outcomes';
import { mappingCatalogs } from '../../src/ui/mapping/i18n';
import * as review from '../../src/ui/review/i18n/en';
import { fr as reviewFr } from '../../src/ui/review/i18n/fr';
import { nl as reviewNl } from '../../src/ui/review/i18n/nl';
import { en as paneEn } from '../../src/taskpane/i18n/en';
import { fr as paneFr } from '../../src/taskpane/i18n/fr';
import { nl as paneNl } from '../../src/taskpane/i18n/nl';
import { en as webEn } from '../../src/web/i18n/en';
import { fr as webFr } from '../../src/web/i18n/fr';
import { nl as webNl } from '../../src/web/i18n/nl';

type Catalogs = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

const byLanguage = (messages: Record<string, Record<Lang, string>>): Catalogs =>
  Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v[lang]]))])) as Catalogs;

const ALL: Record<string, Catalogs> = {
  core: coreCatalogs,
  mandates: mandateCatalogs,
  io: ioCatalogs,
  cli: cliCatalogs,
  apiCli: apiCliCatalogs,
  server: byLanguage(MESSAGES),
  results: RESULTS_CATALOGS,
  mapping: mappingCatalogs,
  review: { en: review.en, fr: reviewFr, nl: reviewNl },
  pane: { en: paneEn, fr: paneFr, nl: paneNl },
  web: { en: webEn, fr: webFr, nl: webNl },
};

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** `key.one`, `key.few`…, next to its `key` (error.other alone is a key of its own). */
const isVariant = (key: string, catalog: Readonly<Record<string, string>>) =>
  CATEGORIES.some((c) => key.endsWith(`.${c}`) && key.slice(0, -c.length - 1) in catalog);
// A count a noun agrees with: "{count} clients", "{count} lignes"; not a bare number ("Invalid rows: {count}").
const COUNTED_NOUN = /\{count\} \p{L}/u;
// Any other number a noun follows ("{rows} rows", "{seconds} secondes") must choose its form: ICU's
// "{rows, plural, one {# row} other {# rows}}".
const OTHER_NUMBER_NOUN = /\{(?!count\})\w+\} (rows?|rij|rijen|lignes?|seconds?|secondes?|seconden|clients?|klanten?|filled|ingevulde)\b/u;
const HAND_MADE_PLURAL = /\p{L}\((s|es|en|n|e|x|nen|ren)\)/u;

const entries = () =>
  Object.entries(ALL).flatMap(([name, catalogs]) =>
    LANGS.flatMap((lang) => Object.entries(catalogs[lang]).map(([key, text]) => ({ where: `${name} ${lang} ${key}`, name, lang, key, text }))));

test('no message writes a plural by hand, like "client(s)" or "klant(en)"', () => {
  expect(entries().filter((e) => HAND_MADE_PLURAL.test(e.text)).map((e) => `${e.where}: ${e.text}`)).toEqual([]);
});

test('a counted noun has the singular variant wherever the language has one', () => {
  const missing = entries()
    .filter((e) => !isVariant(e.key, ALL[e.name][e.lang]) && COUNTED_NOUN.test(e.text))
    .filter((e) => new Intl.PluralRules(e.lang).resolvedOptions().pluralCategories.includes('one'))
    .filter((e) => !(`${e.key}.one` in ALL[e.name][e.lang]))
    .map((e) => e.where);
  expect(missing).toEqual([]);
});

test('a plural variant keeps the count, as French reads 0 with the singular too', () => {
  const fixed = entries().filter((e) => isVariant(e.key, ALL[e.name][e.lang]) && !e.text.includes('{count}')).map((e) => `${e.where}: ${e.text}`);
  expect(fixed).toEqual([]);
});

test('a number other than {count} that a noun follows chooses the noun\'s form by ICU plural', () => {
  expect(entries().filter((e) => OTHER_NUMBER_NOUN.test(e.text)).map((e) => `${e.where}: ${e.text}`)).toEqual([]);
});

test('the scan reads the catalogs it names', () => {
  // A catalog that stopped being found would let every rule above pass on nothing.
  for (const [name, catalogs] of Object.entries(ALL)) for (const lang of LANGS) expect([name, lang, Object.keys(catalogs[lang]).length > 0]).toEqual([name, lang, true]);
});
