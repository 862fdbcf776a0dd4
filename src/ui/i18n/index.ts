// The pane's catalogs and the one function that reads them.
import { catalogReader } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import { en, type PaneMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type { PaneMessageKey };
const CATALOGS = { en, fr, nl };

export type Params = Record<string, string | number>;
export type Translate = (key: PaneMessageKey, params?: Params) => string;

/** The text of `key` in `lang`: the `.one` variant when params.count is 1, placeholders {name} filled in. */
export const translate: (lang: Lang, key: PaneMessageKey, params?: Params) => string = catalogReader<PaneMessageKey>(CATALOGS);

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
