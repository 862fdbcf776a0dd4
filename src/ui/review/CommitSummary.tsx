// After "Add the selected clients": what was added (status Not sent), updated, and not applied.
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { CommitResult } from '../../api/contract/schemas';
import type { Translate } from './i18n';
import { useReviewStyles } from './styles';

interface Props {
  result: CommitResult;
  t: Translate;
  onDone?: () => void;
  /** Web page: "Download the results (.xlsx)". Hidden when absent. */
  onDownloadResults?: () => Promise<void>;
}

export function CommitSummary({ result, t, onDone, onDownloadResults }: Props) {
  const styles = useReviewStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the outcome.
  useEffect(() => heading.current?.focus(), []);
  const titleId = useId();
  // Conflicts come localized by the server (Accept-Language).
  const conflicts = result.conflicts;
  const [download, setDownload] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  const downloadResults = async () => {
    setDownload({ pending: true, error: null });
    try {
      await onDownloadResults!();
      setDownload({ pending: false, error: null });
    } catch (err) {
      setDownload({ pending: false, error: t('summary.downloadFailed', { message: (err as Error).message }) });
    }
  };
  return (
    <section className={styles.summary} aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1} className={styles.heading}>
        <Text size={600} weight="semibold">{t('summary.title')}</Text>
      </h3>
      <MessageBar intent="success">
        <MessageBarBody>
          <div>{t('summary.added', { count: result.created.length })}</div>
          {result.attached.length > 0 && <div>{t('summary.attached', { count: result.attached.length })}</div>}
          <div>{t('summary.updated', { count: result.updated.length })}</div>
        </MessageBarBody>
      </MessageBar>
      {conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <div>{t('summary.conflicts', { count: conflicts.length })}</div>
            <ul>{conflicts.map((c) => <li key={c.row}>{t('summary.conflict', { row: c.row, message: c.message })}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent="info">
        <MessageBarBody>{t('summary.reminder')}</MessageBarBody>
      </MessageBar>
      {onDownloadResults && (
        <div>
          <Button disabled={download.pending} onClick={() => void downloadResults()}>{t('summary.download')}</Button>
          {download.error && <MessageBar intent="error"><MessageBarBody>{download.error}</MessageBarBody></MessageBar>}
        </div>
      )}
      {onDone && <div><Button appearance="primary" onClick={onDone}>{t('summary.again')}</Button></div>}
    </section>
  );
}
