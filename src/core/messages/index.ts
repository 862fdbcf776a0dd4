// Renders issue messages from the catalogs, in EN/FR/NL.
import type { Issue } from '../issues';
import type { Lang } from '../lang';
import { columnOf, isFieldKey, type FieldKey } from '../template/columns';
import { targetName } from '../template/headerNames';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const CATALOGS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, fr, nl };

export type MessageParams = Record<string, string | number | null | undefined>;

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

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message of `code` in `lang`. `{column}` becomes the header of the code's field (or of `params.field`)
 * in that language; other placeholders come from `params`.
 */
export function message(code: string, lang: Lang, params: MessageParams = {}): string {
  const catalog = CATALOGS[lang] ?? en;
  const key = catalogKey(code, catalog);
  if (key === undefined) return code;
  const prefix = code.slice(0, code.indexOf('.'));
  const field = typeof params.field === 'string' && isFieldKey(params.field) ? params.field : prefix;
  return catalog[key].replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'column' && params.column === undefined && isFieldKey(field)) return headerIn(field, lang);
    const value = params[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The same issue with its message rendered again in `lang`. */
export function localizeIssue(issue: Issue, lang: Lang): Issue {
  return { ...issue, message: message(issue.code, lang, { fix: issue.fix, ...issue.params }) };
}
