// How every catalog of the product is read: a key's text in a language, with {name} placeholders filled in.
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number | null | undefined>>;
type Catalogs = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills {name} placeholders; one without a value stays as written, so a gap shows rather than vanishes. */
export function fill(text: string, params: Params = {}, value: (name: string, given: string | number) => string = (_, given) => String(given)): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const given = params[name];
    return given === undefined || given === null ? whole : value(name, given);
  });
}

/**
 * A reader of per-language catalogs: the `.one` variant when params.count is 1, falling back to English,
 * then to the key itself (a missing text shows its key instead of crashing the screen).
 */
export function catalogReader<K extends string>(catalogs: Catalogs): (lang: Lang, key: K, params?: Params) => string {
  return (lang, key, params = {}) => {
    const catalog = catalogs[lang] ?? catalogs.en;
    const text = (params.count === 1 ? catalog[`${key}.one`] : undefined) ?? catalog[key] ?? catalogs.en[key] ?? key;
    return fill(text, params);
  };
}
