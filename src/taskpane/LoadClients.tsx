// "Load clients from Accounton" in the pane: the button, the progress with Cancel, and where the clients went.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { ErrorNotice } from '../ui/review/ErrorNotice';
import { usePane } from './context';
import { loadText } from './loadClientsText';
import { useStore } from './store';
import { usePaneStyles } from './styles';

export function LoadClients() {
  const { pane, lang, t } = usePane();
  const tl = loadText.in(lang);
  const styles = usePaneStyles();
  const { load } = useStore(pane.loader.store);
  const status = (text: string) => (
    <MessageBar intent="success" role="status"><MessageBarBody>{text}</MessageBarBody></MessageBar>
  );
  return (
    <section aria-labelledby="load-heading" className={styles.main}>
      <h2 id="load-heading" className={styles.h2}>{tl('load.heading')}</h2>
      {load.step === 'loading' ? (
        <>
          <Field label={tl('load.progress')} validationMessage={tl('load.written', { written: load.written, total: load.total })} validationState="none">
            <ProgressBar value={load.total > 0 ? load.written / load.total : 0} max={1} />
          </Field>
          <div className={styles.actions}><Button onClick={pane.loader.cancel}>{t('send.cancel')}</Button></div>
        </>
      ) : (
        <div className={styles.actions}><Button onClick={() => void pane.loader.load()}>{tl('load.button')}</Button></div>
      )}
      {load.step === 'noKey' && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('send.noKey')}</MessageBarBody>
          <MessageBarActions><Button onClick={() => pane.setView('settings')}>{t('send.toSettings')}</Button></MessageBarActions>
        </MessageBar>
      )}
      {load.step === 'done' && status(tl(load.template ? 'load.done' : 'load.doneNewSheet', { count: load.rows, sheet: load.sheet }))}
      {load.step === 'cancelled' && status(load.rows > 0 ? tl('load.cancelled', { count: load.rows, total: load.total, sheet: load.sheet }) : tl('load.cancelledNothing'))}
      {load.step === 'failed' && <ErrorNotice error={load.error} lang={lang} hint={tl('load.failed')} onRetry={() => void pane.loader.load()} />}
    </section>
  );
}
