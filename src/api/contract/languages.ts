// A client's language in the API (dutch, english, french: the template's words) and the UI language
// codes the API also accepts for it. Both come from the core; no zod here, so the browser can import it.
import { LANGS, type Lang } from '../../core/lang';
import { languageOf } from '../../core/languages';
import { COLUMNS } from '../../core/template/columns';

type LanguageColumn = Extract<(typeof COLUMNS)[number], { key: 'language' }>;
export type ClientLanguage = LanguageColumn['dropdown'][number];
const LANGUAGE_COLUMN = COLUMNS.find((c) => c.key === 'language') as LanguageColumn;
/** A client's language as the template writes it: dutch, english or french. */
export const CLIENT_LANGUAGES = LANGUAGE_COLUMN.dropdown as readonly ClientLanguage[];

/** The client language each UI language code stands for (nl → dutch), as the core reads the codes. */
export const CLIENT_LANGUAGE_OF_CODE = Object.fromEntries(
  LANGS.map((code) => [code, languageOf(code) as ClientLanguage]),
) as Record<Lang, ClientLanguage>;
