// Renders issues and conflicts again in the caller's language: the server's own codes from its catalog,
// the rest through the core.
import { localizeIssue } from '../../core/messages';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../core/lang';
import { isServerMessageCode, serverMessage } from './messages';

export function localizeIssues(issues: Issue[], lang: Lang): Issue[] {
  return issues.map((i) => (isServerMessageCode(i.code) ? { ...i, message: serverMessage(i.code, lang, i.params) } : localizeIssue(i, lang)));
}
