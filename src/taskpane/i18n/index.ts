// The pane's catalogs and the one function that reads them.
import { catalogReader, type Translator } from '../../core/catalog';
import { en, type PaneMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type { PaneMessageKey };
export type Translate = Translator<PaneMessageKey>;

/** The text of `key` in `lang`: the `.one` variant when params.count is 1, placeholders {name} filled in. */
export const translate = catalogReader<PaneMessageKey>({ en, fr, nl });
export const translator = translate.in;
