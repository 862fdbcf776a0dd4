// "Invalid": each row with its issues in the user's language. On the web the row and column are shown;
// in the pane, onSelectCell turns the cell into a button that selects it in the sheet.
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { headerIn } from '../../core/messages';
import type { Lang } from '../../core/lang';
import { localizeIssues } from '../../api/contract/localize';
import type { InvalidEntry } from '../../api/contract/schemas';
import type { Translate } from './i18n';
import { clientName } from './names';
import { ShowMore, useShown } from './ShowMore';
import { useReviewStyles } from './styles';
import { TableBox } from './TableBox';

export interface CellRef { row: number; column: string }

interface Props {
  entries: readonly InvalidEntry[];
  lang: Lang;
  t: Translate;
  onSelectCell?: (cell: CellRef) => void;
}

export function InvalidStep({ entries, lang, t, onSelectCell }: Props) {
  const styles = useReviewStyles();
  const [shown, more] = useShown(entries.length);
  if (entries.length === 0) return <Text>{t('invalid.empty')}</Text>;
  return (
    <div className={styles.step}>
      <Text>{t('invalid.intro')}</Text>
      <TableBox label={t('steps.invalid')}>
        <Table size="small" aria-label={t('steps.invalid')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.rowNumber}>{t('invalid.col.row')}</TableHeaderCell>
              <TableHeaderCell>{t('invalid.col.client')}</TableHeaderCell>
              <TableHeaderCell>{t('invalid.col.column')}</TableHeaderCell>
              <TableHeaderCell>{t('invalid.col.value')}</TableHeaderCell>
              <TableHeaderCell>{t('invalid.col.issue')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.slice(0, shown).flatMap((entry) => {
              const name = clientName(entry.values);
              return localizeIssues(entry.issues, lang).map((issue, n) => {
                const cell = `${issue.column}${issue.row}`;
                const column = issue.field ? `${issue.column} · ${headerIn(issue.field, lang)}` : issue.column || t('invalid.wholeRow');
                return (
                  <TableRow key={`${entry.row}-${n}`}>
                    <TableCell>{n === 0 ? entry.row : ''}</TableCell>
                    <TableCell>{n === 0 ? name : ''}</TableCell>
                    <TableCell>
                      {onSelectCell && issue.column ? (
                        <Button appearance="transparent" size="small" aria-label={t('invalid.goToCell', { cell })}
                          onClick={() => onSelectCell({ row: issue.row, column: issue.column })}>
                          {column}
                        </Button>
                      ) : column}
                    </TableCell>
                    {/* The cell as the file has it: what to look for when correcting it. */}
                    <TableCell className={styles.value}>{issue.field ? (entry.values[issue.field] || t('invalid.blank')) : ''}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                        {t(issue.severity === 'error' ? 'invalid.error' : 'invalid.warning')}
                      </Badge>{' '}
                      {issue.message}
                    </TableCell>
                  </TableRow>
                );
              });
            })}
          </TableBody>
        </Table>
      </TableBox>
      <ShowMore shown={shown} total={entries.length} onMore={more} t={t} />
    </div>
  );
}
