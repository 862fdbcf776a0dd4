// After the commit: who was added or attached (with the questionnaire, status Not sent), who was updated
// (which fields), and what was not applied; on the web page, the results workbook.
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/lang';
import { headerIn } from '../../core/messages';
import type { CommitResult, Questionnaire } from '../../api/contract/schemas';
import type { Translate } from './i18n';
import { useReviewStyles } from './styles';

interface Props {
  result: CommitResult;
  /** The client name of each row, as the review showed it. */
  names: ReadonlyMap<number, string>;
  questionnaires: readonly Questionnaire[];
  lang: Lang;
  t: Translate;
  onDone?: () => void;
  /** Web page: "Download the results (.xlsx)". Hidden when absent. */
  onDownloadResults?: () => Promise<void>;
}

// A large import lists its first clients; the count and the results workbook have them all.
const LISTED = 50;

/** One kind of outcome: its count, then each client; nothing when there is none. */
function Outcome({ heading, items, t }: { heading: string; items: string[]; t: Translate }) {
  if (items.length === 0) return null;
  return (
    <div>
      <div>{heading}</div>
      <ul>
        {items.slice(0, LISTED).map((item, n) => <li key={n}>{item}</li>)}
        {items.length > LISTED && <li>{t('confirm.more', { count: items.length - LISTED })}</li>}
      </ul>
    </div>
  );
}

export function CommitSummary({ result, names, questionnaires, lang, t, onDone, onDownloadResults }: Props) {
  const styles = useReviewStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the outcome.
  useEffect(() => heading.current?.focus(), []);
  const titleId = useId();
  // Conflicts come localized by the server (Accept-Language).
  const conflicts = result.conflicts;
  const written = result.created.length + result.attached.length + result.updated.length;
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const questionnaire = (id: string) => questionnaires.find((q) => q.id === id)?.name ?? id;
  const line = (row: number, detail: string) => t('summary.client', { name: names.get(row) ?? `#${row}`, row, detail });
  const withQuestionnaire = (c: { row: number; questionnaireId: string }) => line(c.row, questionnaire(c.questionnaireId));
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
      {written === 0 ? (
        <MessageBar intent="warning"><MessageBarBody>{t('summary.nothing')}</MessageBarBody></MessageBar>
      ) : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <Outcome heading={t('summary.added', { count: result.created.length })} items={result.created.map(withQuestionnaire)} t={t} />
            <Outcome heading={t('summary.attached', { count: result.attached.length })} items={result.attached.map(withQuestionnaire)} t={t} />
            <Outcome
              heading={t('summary.updated', { count: result.updated.length })}
              items={result.updated.map((u) => line(u.row, list.format(u.fields.map((f) => headerIn(f, lang)))))}
              t={t}
            />
          </MessageBarBody>
        </MessageBar>
      )}
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
