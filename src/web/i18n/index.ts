// The web importer's catalogs.
import { catalogReader, type Translator } from '../../core/catalog';
import { en, type WebMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type WebTranslate = Translator<WebMessageKey>;

export const webTranslator = catalogReader<WebMessageKey>({ en, fr, nl }).in;
