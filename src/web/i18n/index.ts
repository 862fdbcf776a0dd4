// The web importer's catalogs.
import { catalogReader } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import { en, type WebMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

const read = catalogReader<WebMessageKey>({ en, fr, nl });

export type WebTranslate = (key: WebMessageKey, params?: Record<string, string | number>) => string;

export function webTranslator(lang: Lang): WebTranslate {
  return (key, params) => read(lang, key, params);
}
