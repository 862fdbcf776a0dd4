// The review's catalogs and the one function that reads them.
import { catalogReader, type Translator } from '../../../core/catalog';
import { en, type ReviewMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type { ReviewMessageKey };
export type Translate = Translator<ReviewMessageKey>;

/** The text of `key` in `lang`: the `.one` variant when params.count is 1, placeholders {name} filled in. */
export const translate = catalogReader<ReviewMessageKey>({ en, fr, nl });
export const translator = translate.in;
