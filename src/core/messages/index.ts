// Renders issue messages from the catalogs, in EN/FR/NL.
import { catalogReader, type Params } from '../catalog';
import type { Issue } from '../issues';
import type { Lang } from '../lang';
import { columnOf, isFieldKey, type FieldKey } from '../template/columns';
import { targetName } from '../template/headerNames';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const CATALOGS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, fr, nl };

export type MessageParams = Params;

/** The column's header in `lang`: the English header, or the first French/Dutch name. */
export function headerIn(field: FieldKey, lang: Lang): string {
  return targetName(field, lang);
}

/** The catalog key a code renders with: the code itself, else `<kind>.<reason>`, else `<reason>`. */
export function catalogKey(code: string, catalog: Readonly<Record<string, string>> = en): string | undefined {
  if (code in catalog) return code;
  const dot = code.indexOf('.');
  const prefix = code.slice(0, dot);
  const reason = code.slice(dot + 1);
  if (isFieldKey(prefix)) {
    const byKind = `${columnOf(prefix).kind}.${reason}`;
    if (byKind in catalog) return byKind;
  }
  return reason in catalog ? reason : undefined;
}

const read = catalogReader<string>(CATALOGS, { entry: catalogKey });

/**
 * The message of `code` in `lang`. `{column}` becomes the header of the code's field (or of `params.field`)
 * in that language; other placeholders come from `params`, and one without a value stays as written.
 */
export function message(code: string, lang: Lang, params: MessageParams = {}): string {
  const prefix = code.slice(0, code.indexOf('.'));
  const field = typeof params.field === 'string' && isFieldKey(params.field) ? params.field : prefix;
  const column = params.column === undefined && isFieldKey(field) ? headerIn(field, lang) : params.column;
  return read(lang, code, { ...params, column });
}

/** The same issue with its message rendered again in `lang`. */
export function localizeIssue(issue: Issue, lang: Lang): Issue {
  return { ...issue, message: message(issue.code, lang, { fix: issue.fix, ...issue.params }) };
}
