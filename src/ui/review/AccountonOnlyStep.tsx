// "Only in Accounton": read-only; flags the clients not linked to the chosen workflow, and those that were in
// last season's workflow (the ones a firm most likely forgot). The preview holds
// the first page of them; "Show more" reads the next pages from the API as they are needed. The pane passes
// onCopyToSheet for its "Copy to a new sheet"; without it the button is not shown.
import {
  Badge, Button, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import type { ApiClient } from '../../api/client';
import type { Lang } from '../../core/lang';
import type { AccountonOnlyEntry } from '../../api/contract/schemas';
import { ErrorNotice } from './ErrorNotice';
import type { Translate } from './i18n';
import { clientName } from './names';
import { ShowMore, useShown } from './ShowMore';
import { useReviewStyles } from './styles';
import { useAccountonOnly } from './useAccountonOnly';
import { TableBox } from './TableBox';

interface Props {
  client: ApiClient;
  importId: string;
  /** The preview's first page of the bucket. */
  first: readonly AccountonOnlyEntry[];
  /** The whole bucket's count, and how many of it have no dossier in the workflow (the preview's summary). */
  total: number;
  notLinked: number;
  lang: Lang;
  t: Translate;
  onCopyToSheet?: () => void;
}

export function AccountonOnlyStep({ client, importId, first, total, notLinked, lang, t, onCopyToSheet }: Props) {
  const styles = useReviewStyles();
  const [shown, more] = useShown(total);
  const { entries, complete, loading, error, retry } = useAccountonOnly(client, importId, first, total, shown);
  if (total === 0) return <Text>{t('accountonOnly.empty')}</Text>;
  const rows = entries.slice(0, shown);
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
          <Button onClick={onCopyToSheet}>{t('accountonOnly.copy')}</Button>
        </div>
      )}
      <TableBox label={t('steps.accountonOnly')}>
        <Table size="small" aria-label={t('steps.accountonOnly')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('accountonOnly.col.name')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.email')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.clientCode')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.workflow')}</TableHeaderCell>
              <TableHeaderCell>{t('accountonOnly.col.lastSeason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((e) => (
              <TableRow key={e.clientId}>
                <TableCell>{clientName({ firstName: e.firstName ?? undefined, lastName: e.lastName ?? undefined })}</TableCell>
                <TableCell>{e.email ?? ''}</TableCell>
                <TableCell>{e.clientCode ?? ''}</TableCell>
                <TableCell>
                  {e.linkedToWorkflow
                    ? <Badge appearance="tint" color="success">{t('accountonOnly.linked')}</Badge>
                    : <Badge appearance="tint" color="warning">{t('accountonOnly.notLinked')}</Badge>}
                </TableCell>
                <TableCell>
                  {e.inPreviousSeason && <Badge appearance="tint" color="important">{t('accountonOnly.lastSeason')}</Badge>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableBox>
      {error !== null ? <ErrorNotice error={error} lang={lang} hint={t('accountonOnly.pageFailed')} onRetry={retry} />
        : loading ? <Spinner size="small" label={t('accountonOnly.loading')} />
          : <ShowMore shown={rows.length} total={complete ? entries.length : total} onMore={more} t={t} />}
    </div>
  );
}
