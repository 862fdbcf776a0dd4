// The task pane, as tabs: the check (what the last check found, and the actions on the sheet), the Send
// (and review) and Settings views; all read the pane controller's one store.
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Button, FluentProvider, makeStyles, Spinner, Tab, TabList, Text, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { localizeIssue } from '../core';
import type { Issue } from '../core';
import { IssueList } from './IssueList';
import { cellIssues, SelectedCell } from './SelectedCell';
import type { IssueActions } from './IssueList';
import { StatusHeader } from './StatusHeader';
import { translator } from './i18n';
import { PaneContext } from './context';
import type { PaneController, View } from './controller';
import { useStore } from './store';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const VIEWS: readonly View[] = ['check', 'send', 'settings'];

// The pane opens on the check: the Send and Settings views (and their Fluent parts) load after the first
// render, fetched while the pane is idle, which keeps the first render's JavaScript under 230 KB gzipped.
const SendView = lazy(() => import(/* webpackPrefetch: true */ './SendView').then((m) => ({ default: m.SendView })));
const MandateDownload = lazy(() => import('../ui/review/MandateDownload').then((m) => ({ default: m.MandateDownload })));
const MapView = lazy(() => import('./MapView').then((m) => ({ default: m.MapView })));
const SettingsView = lazy(() => import(/* webpackPrefetch: true */ './SettingsView').then((m) => ({ default: m.SettingsView })));

/** The tabs and the chosen view; the check is `children`. */
function Views({ pane, children }: { pane: PaneController; children: ReactNode }) {
  const view = useStore(pane.store, (s) => s.view);
  const lang = useStore(pane.store, (s) => s.lang);
  const t = useMemo(() => translator(lang), [lang]);
  return (
    <PaneContext.Provider value={pane}>
      <nav aria-label={t('nav.label')}>
        <TabList selectedValue={view} onTabSelect={(_, d) => pane.setView(d.value as View)}>
          {VIEWS.map((v) => <Tab key={v} value={v}>{t(`nav.${v}`)}</Tab>)}
        </TabList>
      </nav>
      {view === 'check' && children}
      <Suspense fallback={<Spinner size="tiny" />}>
        {view === 'send' && <SendView />}
        {view === 'settings' && <SettingsView />}
      </Suspense>
    </PaneContext.Provider>
  );
}

export function App({ pane }: { pane: PaneController }) {
  const state = useStore(pane.store);
  const styles = useStyles();
  const t = useMemo(() => translator(state.lang), [state.lang]);
  const workbook = pane.store.actions;
  const issueActions: IssueActions = useMemo(
    () => ({
      select: (row, column) => void workbook?.select(row, column),
      fix: (issues: readonly Issue[]) => void workbook?.applyFixes(issues.map((i) => ({ row: i.row, column: i.column, value: i.fix! }))),
      deleteRow: (row, keep) => workbook?.deleteRow(row, keep) ?? Promise.resolve('gone' as const),
    }),
    [workbook],
  );
  const report = state.report;
  const check = (
    <>
      {state.status !== 'noTemplate' && (
        <SelectedCell issues={cellIssues(report, state.selected)} lang={state.lang} t={t} fix={issueActions.fix} />
      )}
      <div role="toolbar" aria-label={t('pane.actions')} className={styles.actions}>
        {state.status === 'noTemplate' ? (
          <>
            <Button appearance="primary" onClick={() => void workbook?.insertTemplate()}>
              {t('action.insertTemplate')}
            </Button>
            <Button disabled={state.map.step === 'reading' || state.map.step === 'writing'} onClick={() => void pane.mapSheet()}>
              {t('action.mapSheet')}
            </Button>
          </>
        ) : (
          <>
            <Button appearance="primary" disabled={state.status === 'checking'} onClick={() => void workbook?.checkSheet()}>
              {t('action.checkSheet')}
            </Button>
            <Suspense fallback={null}>
              <MandateDownload results={pane.mandateRows} lang={state.lang} />
            </Suspense>
          </>
        )}
      </div>
      <div aria-live="polite">
        {(state.status === 'checking' || state.status === 'starting') && <Spinner size="tiny" label={t('status.checking')} />}
        {state.status === 'noTemplate' && state.map.step === 'idle' && <Text>{t('status.noTemplate')}</Text>}
        {state.status === 'failed' && <Text role="alert">{t('status.failed', { reason: state.failure ?? '' })}</Text>}
      </div>
      {state.map.step !== 'idle' && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <MapView />
        </Suspense>
      )}
      {report && state.status !== 'noTemplate' && state.map.step !== 'mapping' && (
        <>
          <StatusHeader summary={report.summary} t={t} />
          {report.headerIssues.length > 0 && (
            <section aria-label={t('issues.header')}>
              {report.headerIssues.map((issue) => (
                <Text key={`${issue.code}-${issue.column}`} block>
                  {issue.column} · {localizeIssue(issue, state.lang).message}
                </Text>
              ))}
            </section>
          )}
          <IssueList rows={report.rows} lang={state.lang} t={t} actions={issueActions} />
        </>
      )}
    </>
  );

  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root}>
        <Title3 as="h1">{t('pane.title')}</Title3>
        <Views pane={pane}>{check}</Views>
      </main>
    </FluentProvider>
  );
}
