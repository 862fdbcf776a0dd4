// The one way every catalog of the product is read: a key's text in a language, with {name} placeholders
// filled in. A placeholder without a value stays as written ("{fix}"), so a gap shows rather than vanishes.
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number | null | undefined>>;
type Catalog = Readonly<Record<string, string>>;
type Catalogs = Readonly<Record<Lang, Catalog>>;

const PLACEHOLDER = /\{(\w+)\}/g;
// A number other than {count} that a noun agrees with, in ICU's form: "{rows, plural, one {# row} other {# rows}}".
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_OPTION = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/**
 * Fills {name} placeholders (one without a value stays as written) and ICU plural forms
 * `{name, plural, one {…} other {…}}`, the option chosen by Intl.PluralRules of `lang`, `#` the number.
 */
export function fill(
  text: string,
  params: Params = {},
  value: (name: string, given: string | number) => string = (_, given) => String(given),
  lang: Lang = 'en',
): string {
  const plurals = text.replace(PLURAL, (whole, name: string, options: string) => {
    const given = params[name];
    if (given === undefined || given === null) return whole;
    const n = typeof given === 'number' ? given : /^\d+$/.test(given) ? Number(given) : null;
    const chosen = new Map([...options.matchAll(PLURAL_OPTION)].map((m) => [m[1], m[2]]));
    const option = (n === null ? undefined : chosen.get(`=${n}`) ?? chosen.get(pluralOf(lang, n))) ?? chosen.get('other') ?? whole;
    return option.replace(/#/g, value(name, given));
  });
  return plurals.replace(PLACEHOLDER, (whole, name: string) => {
    const given = params[name];
    return given === undefined || given === null ? whole : value(name, given);
  });
}

/** A catalog's text for `key` in one language. */
export type Translator<K extends string> = (key: K, params?: Params) => string;

export interface Reader<K extends string> {
  (lang: Lang, key: K, params?: Params): string;
  /** The reader for one language (a screen's `t`). */
  in(lang: Lang): Translator<K>;
}

export interface ReaderOptions {
  /** The entry a key is written under in a catalog, when that is not the key itself; undefined for none. */
  entry?: (key: string, catalog: Catalog) => string | undefined;
}

const ownEntry = (key: string, catalog: Catalog): string | undefined => (key in catalog ? key : undefined);

// One PluralRules per language: building one is far costlier than asking it.
const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralOf(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * The reader of per-language catalogs. With a numeric params.count, the variant `key.<category>` the
 * language's plural rules choose for it (Intl.PluralRules: `key.one` for 1 in English, for 0 and 1 in
 * French; `key.few`, … where a language has them), else `key` itself. Falls back to English, then to the
 * key itself (a missing text shows its key instead of crashing the screen).
 */
export function catalogReader<K extends string>(catalogs: Catalogs, { entry = ownEntry }: ReaderOptions = {}): Reader<K> {
  const textIn = (lang: Lang, key: string, count: unknown): string | undefined => {
    const catalog = catalogs[lang] ?? catalogs.en;
    const found = entry(key, catalog);
    if (found === undefined) return undefined;
    const variant = typeof count === 'number' ? catalog[`${found}.${pluralOf(lang, count)}`] : undefined;
    return variant ?? catalog[found];
  };
  const read = (lang: Lang, key: K, params: Params = {}): string => {
    const text = textIn(lang, key, params.count) ?? textIn('en', key, params.count) ?? key;
    return fill(text, params, undefined, lang);
  };
  return Object.assign(read, { in: (lang: Lang): Translator<K> => (key, params) => read(lang, key, params) });
}
