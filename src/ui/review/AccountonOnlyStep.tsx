// "Only in Accounton": read-only; flags the clients not linked to the chosen workflow. The pane passes
// onCopyToSheet for its "Copy to a new sheet"; without it the button is not shown.
import {
  Badge, Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import type { AccountonOnlyEntry } from '../../server/schemas';
import type { Translate } from './i18n';
import { clientName } from './names';
import { ShowMore, useShown } from './ShowMore';
import { useReviewStyles } from './styles';

interface Props {
  entries: readonly AccountonOnlyEntry[];
  t: Translate;
  onCopyToSheet?: (entries: readonly AccountonOnlyEntry[]) => void;
}

export function AccountonOnlyStep({ entries, t, onCopyToSheet }: Props) {
  const styles = useReviewStyles();
  const [shown, more] = useShown(entries.length);
  if (entries.length === 0) return <Text>{t('accountonOnly.empty')}</Text>;
  const notLinked = entries.filter((e) => !e.linkedToWorkflow).length;
  return (
    <div className={styles.step}>
      <Text>{t('accountonOnly.intro')}</Text>
      {notLinked > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('accountonOnly.notLinkedCount', { count: notLinked })}</MessageBarBody>
        </MessageBar>
      )}
      {onCopyToSheet && (
        <div className={styles.toolbar}>
          <Button onClick={() => onCopyToSheet(entries)}>{t('accountonOnly.copy')}</Button>
        </div>
      )}
      <div className={styles.tableWrap}>
        <Table size="small" aria-label={t('steps.accountonOnly')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('accountonOnly.col.name')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.email')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.clientCode')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.workflow')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.slice(0, shown).map((e) => (
              <TableRow key={e.clientId}>
                <TableCell>{clientName({ firstName: e.firstName ?? undefined, lastName: e.lastName ?? undefined })}</TableCell>
                <TableCell>{e.email ?? ''}</TableCell>
                <TableCell>{e.clientCode ?? ''}</TableCell>
                <TableCell>
                  {e.linkedToWorkflow
                    ? <Badge appearance="tint" color="success">{t('accountonOnly.linked')}</Badge>
                    : <Badge appearance="tint" color="warning">{t('accountonOnly.notLinked')}</Badge>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={shown} total={entries.length} onMore={more} t={t} />
    </div>
  );
}
