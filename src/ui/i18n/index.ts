// The pane's catalogs and the one function that reads them.
import type { Lang } from '../../core/lang';
import { en, type PaneMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type { PaneMessageKey };
type Catalog = Readonly<Record<string, string>>;
const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, fr, nl };

export type Params = Record<string, string | number>;
export type Translate = (key: PaneMessageKey, params?: Params) => string;

/** The text of `key` in `lang`: the `.one` variant when params.count is 1, placeholders {name} filled in. */
export function translate(lang: Lang, key: PaneMessageKey, params: Params = {}): string {
  const catalog = CATALOGS[lang] ?? en;
  const text = (params.count === 1 ? catalog[`${key}.one`] : undefined) ?? catalog[key] ?? (en as Catalog)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
