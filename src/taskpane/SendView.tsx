// Send and review in the pane: the send's confirmation, progress (with Cancel) and errors (with Retry),
// then the same review as the web page, with the pane's extras: select a cell, copy to a sheet, write-back.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { ErrorNotice } from '../ui/review/ErrorNotice';
import { usePane } from './context';
import { LoadClients } from './LoadClients';
import type { SendState } from './controller';
import { usePaneStyles } from './styles';

// The review is only needed after a send: loaded on demand, so the pane opens sooner.
const ReviewSteps = lazy(() => import('../ui/review/ReviewSteps').then((m) => ({ default: m.ReviewSteps })));

const STEPS = ['reading', 'checking', 'sending'] as const;

function Progress({ send }: { send: Extract<SendState, { step: (typeof STEPS)[number] }> }) {
  const { pane, t } = usePane();
  const styles = usePaneStyles();
  const label =
    send.step === 'reading' ? t('send.reading', { read: send.read, total: send.total })
      : send.step === 'checking' ? t('send.checking', { rows: send.rows })
        : t('send.sending', { rows: send.rows });
  // Reading moves with the rows read; checking and sending are one step each of the three.
  const done = STEPS.indexOf(send.step) + (send.step === 'reading' && send.total > 0 ? send.read / send.total : 0);
  return (
    <div className={styles.main}>
      <Field label={t('send.progress')} validationMessage={label} validationState="none">
        <ProgressBar value={done / STEPS.length} max={1} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={pane.cancelSend}>{t('send.cancel')}</Button>
      </div>
    </div>
  );
}

function Review() {
  const { pane, state, lang, t } = usePane();
  const styles = usePaneStyles();
  if (state.send.step !== 'review') return null;
  const wb = state.writeBack;
  return (
    <section aria-labelledby="review-heading" className={styles.main}>
      <h2 id="review-heading" className={styles.h2}>{t('review.heading')}</h2>
      <Suspense fallback={<Spinner size="small" />}>
        <ReviewSteps
          client={pane.client()}
          preview={state.send.preview}
          lang={lang}
          onSelectCell={(cell) => void pane.select(cell.row, cell.column)}
          onCopyAccountonOnly={() => void pane.copyAccountonOnly()}
          onCommitted={(result, request) => void pane.onCommitted(result, request)}
          onDone={() => void pane.send()}
        />
      </Suspense>
      {wb.state === 'writing' && <Spinner size="small" label={t('writeBack.writing')} />}
      {wb.state === 'done' && (
        <MessageBar intent="success" role="status"><MessageBarBody>{t('writeBack.done', { sheet: wb.sheet })}</MessageBarBody></MessageBar>
      )}
      {wb.state === 'failed' && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('writeBack.failed')}</MessageBarBody>
          <MessageBarActions><Button onClick={wb.retry}>{t('writeBack.retry')}</Button></MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}

export function SendView() {
  const { pane, state, lang, t } = usePane();
  const styles = usePaneStyles();
  const send = state.send;
  const busy = send.step === 'reading' || send.step === 'checking' || send.step === 'sending';
  const workflow = state.workflows?.find((w) => w.id === state.settings.workflowId);
  const info = (key: Parameters<typeof t>[0]) => (
    <MessageBar intent="info" role="status"><MessageBarBody>{t(key)}</MessageBarBody></MessageBar>
  );

  return (
    <div className={styles.main}>
      <section aria-labelledby="send-heading" className={styles.main}>
        <h2 id="send-heading" className={styles.h2}>{t('send.heading')}</h2>
        {send.step !== 'review' && <Text>{t('send.intro')}</Text>}
        <Text className={styles.muted}>{workflow ? t('send.workflow', { name: workflow.name }) : t('send.workflowDefault')}</Text>
        {!busy && send.step !== 'confirm' && (
          <div className={styles.actions}>
            <Button appearance={send.step === 'review' ? 'secondary' : 'primary'} onClick={() => void pane.send()}>
              {t(send.step === 'review' ? 'send.again' : 'send.button')}
            </Button>
          </div>
        )}
        {busy && <Progress send={send} />}
        {send.step === 'confirm' && (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t('send.confirm.title', { count: send.invalid })}</MessageBarTitle>
              {t('send.confirm.text', { count: send.invalid, total: send.total })}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void pane.send(true)}>{t('send.confirm.send')}</Button>
              <Button onClick={() => void pane.showInvalid()}>{t('send.confirm.show')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {send.step === 'noKey' && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{t('send.noKey')}</MessageBarBody>
            <MessageBarActions><Button onClick={() => pane.setView('settings')}>{t('send.toSettings')}</Button></MessageBarActions>
          </MessageBar>
        )}
        {send.step === 'noTemplate' && info('send.noTemplate')}
        {send.step === 'empty' && info('send.empty')}
        {send.step === 'noWorkflow' && info('send.noWorkflow')}
        {send.step === 'cancelled' && info('send.cancelled')}
        {send.step === 'failed' && (
          <ErrorNotice error={send.error} lang={lang} hint={t('send.sheetUnchanged')} onRetry={() => void pane.send(send.confirmed)} />
        )}
        {state.notice && (
          <MessageBar
            intent={state.notice.intent}
            role={state.notice.intent === 'error' ? 'alert' : 'status'}
            icon={state.notice.intent === 'info' ? <Spinner size="extra-tiny" /> : undefined}
          >
            <MessageBarBody>{t(state.notice.key, state.notice.params)}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      <Review />
      <LoadClients />
    </div>
  );
}
