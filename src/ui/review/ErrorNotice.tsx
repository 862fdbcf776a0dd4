// An API failure as the user should read it: a title saying what happened, the server's message saying
// how to fix it, the file-level issues if any, and Retry when trying again can help.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiError } from '../../api/client';
import type { Lang } from '../../core/lang';
import { localizeIssues } from '../../api/contract/localize';
import { translate, type ReviewMessageKey } from './i18n';

const TITLED_STATUSES = new Set([401, 403, 404, 409, 410, 413, 415, 422, 429]);
// A key that stopped working says why: the server's message then tells whom to ask for a new one.
const TITLED_CODES: Record<string, ReviewMessageKey> = { 'auth.expired': 'error.keyExpired', 'auth.revoked': 'error.keyRevoked' };

function title(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) {
    if (error.kind === 'network') return translate(lang, 'error.network');
    if (error.kind === 'aborted') return translate(lang, 'error.aborted');
    if (Object.hasOwn(TITLED_CODES, error.code)) return translate(lang, TITLED_CODES[error.code]);
    if (TITLED_STATUSES.has(error.status)) return translate(lang, `error.${error.status}` as ReviewMessageKey);
  }
  return translate(lang, 'error.other');
}

export interface ErrorNoticeProps {
  error: unknown;
  lang: Lang;
  /** Shown as a Retry button when given. */
  onRetry?: () => void;
  /** Added after the message (e.g. the CORS hint of a cross-origin server). */
  hint?: string;
  /** Say that nothing was lost (the user's choices are kept). */
  keepsWork?: boolean;
}

export function ErrorNotice({ error, lang, onRetry, hint, keepsWork }: ErrorNoticeProps) {
  const message = error instanceof ApiError ? error.message : translate(lang, 'error.other');
  const issues = error instanceof ApiError && error.issues ? localizeIssues(error.issues, lang) : [];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title(error, lang)}</MessageBarTitle>
        {message}
        {issues.length > 0 && (
          <ul>
            {issues.map((i, n) => <li key={n}>{i.column ? `${i.column}: ` : ''}{i.message}</li>)}
          </ul>
        )}
        {hint && <div>{hint}</div>}
        {keepsWork && <div>{translate(lang, 'error.keepWork')}</div>}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{translate(lang, 'error.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
