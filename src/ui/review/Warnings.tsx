// A row's warnings (a restored leading zero, an unknown country, a past deadline…): a mark on the row that
// lists them on demand, in the review's language.
import { Button, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../core/lang';
import { headerIn } from '../../core/messages';
import { localizeIssues } from '../../api/contract/localize';
import type { Translate } from './i18n';
import { useReviewStyles } from './styles';

/** The warnings of a bucket's rows, for the count on its tab. */
export function warningCount(entries: readonly { issues: readonly Issue[] }[]): number {
  return entries.reduce((n, e) => n + e.issues.filter((i) => i.severity === 'warning').length, 0);
}

interface Props {
  issues: readonly Issue[];
  /** Whose row: the button's accessible name says it, as several rows have one. */
  name: string;
  lang: Lang;
  t: Translate;
}

export function RowWarnings({ issues, name, lang, t }: Props) {
  const styles = useReviewStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (warnings.length === 0) return null;
  const count = warnings.length;
  return (
    <div>
      <Button
        size="small"
        appearance="subtle"
        className={styles.warningMark}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={t('warnings.of', { count, name })}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">⚠&nbsp;</span>{t('warnings.toggle', { count })}
      </Button>
      {open && (
        <ul id={listId} className={styles.warningList}>
          {localizeIssues(warnings, lang).map((w, n) => (
            <li key={n}>
              <Text>
                {w.field ? t('warnings.item', { cell: `${w.column}${w.row}`, column: headerIn(w.field, lang), message: w.message }) : w.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
