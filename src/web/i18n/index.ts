// The web importer's catalogs.
import type { Lang } from '../../core/lang';
import { en, type WebMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

const CATALOGS: Readonly<Record<Lang, Readonly<Record<WebMessageKey, string>>>> = { en, fr, nl };

export type WebTranslate = (key: WebMessageKey, params?: Record<string, string | number>) => string;

export function webTranslator(lang: Lang): WebTranslate {
  return (key, params = {}) =>
    (CATALOGS[lang] ?? en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
