// The issues of a check, grouped by row: go to the cell, fix it, fix all of a kind, delete a partner's row.
import { lazy, Suspense, useMemo, useState } from 'react';
import {
  Button,
  Link,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { headerIn, localizeIssue } from '../core';
import type { Issue, Lang } from '../core';
import type { DeleteOutcome, PartnerKeep } from '../excel/engine';
import type { RowReport } from '../excel/model';
import type { Translate } from './i18n';

/** The joint-declaration warning: this row is already another row's partner. */
export const PARTNER_ROW = 'registrationNumber.partnerRow';
const PAGE = 100;

export interface IssueActions {
  select(row: number, column: string): void;
  fix(issues: readonly Issue[]): void;
  deleteRow(row: number, keep: PartnerKeep): Promise<DeleteOutcome>;
}

// The confirmation of "Delete this row" loads when first asked for: the pane's first render does without it.
const DeleteRowDialog = lazy(() => import('./DeleteRowDialog').then((m) => ({ default: m.DeleteRowDialog })));

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  issues: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  issue: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalS },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  text: { flexGrow: 1, display: 'flex', flexDirection: 'column' },
  fixAll: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

function columnName(issue: Issue, lang: Lang): string {
  return issue.field ? headerIn(issue.field, lang) : issue.column;
}

/** Fixable issues by code, in order of first appearance. */
function fixableByCode(rows: readonly RowReport[]): Map<string, Issue[]> {
  const byCode = new Map<string, Issue[]>();
  for (const row of rows) {
    for (const issue of row.issues) {
      if (issue.fix === undefined) continue;
      const list = byCode.get(issue.code);
      if (list) list.push(issue);
      else byCode.set(issue.code, [issue]);
    }
  }
  return byCode;
}

export function IssueList({ rows, lang, t, actions }: { rows: readonly RowReport[]; lang: Lang; t: Translate; actions: IssueActions }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const [confirm, setConfirm] = useState<Issue | null>(null);
  const [notDeleted, setNotDeleted] = useState<{ row: number; count: number; declarations: string } | null>(null);
  const fixable = useMemo(() => fixableByCode(rows), [rows]);

  if (rows.length === 0) return <Text>{t('issues.none')}</Text>;
  return (
    <section aria-label={t('issues.label')}>
      {fixable.size > 0 && (
        <div role="group" aria-label={t('fixAll.label')} className={styles.fixAll}>
          {[...fixable].map(([code, issues]) => (
            <Button
              key={code}
              size="small"
              title={t('fixAll.title', { message: localizeIssue(issues[0], lang).message })}
              onClick={() => actions.fix(issues)}
            >
              {t('fixAll.button', { header: columnName(issues[0], lang), count: issues.length })}
            </Button>
          ))}
        </div>
      )}
      <ul className={styles.list}>
        {rows.slice(0, shown).map((report) => (
          <li key={report.row}>
            <h3 className={styles.heading}>{t('issues.row', { row: report.row })}</h3>
            <ul className={styles.issues}>
              {report.issues.map((raw, i) => {
                const issue = localizeIssue(raw, lang);
                const header = columnName(issue, lang);
                return (
                  <li key={`${issue.code}-${issue.column}-${i}`} className={`${styles.issue} ${styles[issue.severity]}`}>
                    <span className={styles.text}>
                      <Link as="button" onClick={() => actions.select(issue.row, issue.column)} aria-label={t('issues.goTo', { column: issue.column, row: issue.row, header })}>
                        {issue.column}
                        {issue.row} · {header}
                      </Link>
                      <Text size={200}>
                        {t(`issues.severity.${issue.severity}`)}: {issue.message}
                      </Text>
                    </span>
                    {issue.fix !== undefined && (
                      <Button size="small" aria-label={t('issues.fixLabel', { header, row: issue.row, fix: issue.fix })} onClick={() => actions.fix([issue])}>
                        {t('issues.fix')}
                      </Button>
                    )}
                    {issue.code === PARTNER_ROW && (
                      <Button size="small" aria-label={t('deleteRow.label', { row: issue.row })} onClick={() => { setConfirm(raw); setNotDeleted(null); }}>
                        {t('deleteRow.button')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {rows.length > shown && (
        <div>
          <Text size={200}>{t('issues.shown', { shown, total: rows.length })}</Text>{' '}
          <Button size="small" onClick={() => setShown(shown + PAGE)}>
            {t('issues.more', { count: Math.min(PAGE, rows.length - shown) })}
          </Button>
        </div>
      )}
      {notDeleted && (
        <Text role="alert" block>
          {t('deleteRow.notNamed', { count: notDeleted.count, row: notDeleted.row, declarations: notDeleted.declarations, column: headerIn('spouseRegistrationNumber', lang) })}
        </Text>
      )}
      {confirm !== null && (
        <Suspense fallback={null}>
          <DeleteRowDialog
            issue={confirm}
            lang={lang}
            t={t}
            onClose={() => setConfirm(null)}
            onDelete={(keep) => {
              const row = confirm.row;
              void actions.deleteRow(row, keep).then((outcome) => {
                if (outcome === 'notNamed') setNotDeleted({ row, count: keep.declarations.length, declarations: keep.declarations.join(', ') });
              });
              setConfirm(null);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
