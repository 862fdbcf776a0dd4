// What the web importer remembers between visits, in this browser only (localStorage): the API key and
// the UI language. Nothing else is stored, and the key never leaves the browser except to this server.
import { toLang, type Lang } from '../core/lang';

const KEY = 'accounton-import.apiKey';
const LANG = 'accounton-import.lang';

function read(name: string): string | null {
  try {
    return window.localStorage.getItem(name);
  } catch {
    return null; // storage disabled (private mode, policy): the page still works, it just forgets.
  }
}

function write(name: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(name);
    else window.localStorage.setItem(name, value);
  } catch {
    // Same as above: nothing to remember with.
  }
}

export const storedKey = (): string => read(KEY) ?? '';
export const storeKey = (key: string | null): void => write(KEY, key);
export const storedLang = (): Lang => toLang(read(LANG) ?? window.navigator.language);
export const storeLang = (lang: Lang): void => write(LANG, lang);
