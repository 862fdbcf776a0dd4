// The issues of the cell selected in the sheet, at the top of the Check view: Excel's nearest to "hover to
// see why". Shown only while the selected cell has issues; its fix is one click away, as in the list.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { headerIn, localizeIssue } from '../core';
import type { Issue, Lang } from '../core';
import type { CheckReport } from '../excel/model';
import type { Translate } from './i18n';

const useStyles = makeStyles({
  box: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  issue: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
});

/** The issues a check found in one cell. */
export function cellIssues(report: CheckReport | null, cell: { row: number; column: string } | null | undefined): Issue[] {
  if (!report || !cell) return [];
  return report.rows.find((r) => r.row === cell.row)?.issues.filter((i) => i.column === cell.column) ?? [];
}

export function SelectedCell({ issues, lang, t, fix }: { issues: readonly Issue[]; lang: Lang; t: Translate; fix: (issues: readonly Issue[]) => void }) {
  const styles = useStyles();
  if (issues.length === 0) return null;
  const { row, column, field } = issues[0];
  const header = field ? headerIn(field, lang) : column;
  return (
    <section className={styles.box} aria-label={t('selected.label', { cell: `${column}${row}` })}>
      <h2 className={styles.heading}>{t('selected.heading', { cell: `${column}${row}`, header })}</h2>
      {issues.map((raw, i) => {
        const issue = localizeIssue(raw, lang);
        return (
          <div key={`${issue.code}-${i}`} className={styles.issue}>
            <Text size={200}>{t(`issues.severity.${issue.severity}`)}: {issue.message}</Text>
            {issue.fix !== undefined && (
              <Button size="small" aria-label={t('issues.fixLabel', { header, row, fix: issue.fix })} onClick={() => fix([issue])}>
                {t('issues.fix')}
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}
