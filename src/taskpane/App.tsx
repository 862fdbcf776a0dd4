// The task pane: what the last check found, and the actions on the sheet.
import { useMemo, useSyncExternalStore } from 'react';
import { Button, FluentProvider, makeStyles, Spinner, Text, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { localizeIssue } from '../core';
import type { Issue } from '../core';
import { IssueList } from '../ui/IssueList';
import type { IssueActions } from '../ui/IssueList';
import { StatusHeader } from '../ui/StatusHeader';
import { translator } from '../ui/i18n';
import type { CheckStore } from './checkState';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function App({ store }: { store: CheckStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const styles = useStyles();
  const t = useMemo(() => translator(state.lang), [state.lang]);
  const workbook = store.actions;
  const issueActions: IssueActions = useMemo(
    () => ({
      select: (row, column) => void workbook?.select(row, column),
      fix: (issues: readonly Issue[]) => void workbook?.applyFixes(issues.map((i) => ({ row: i.row, column: i.column, value: i.fix! }))),
      deleteRow: (row) => void workbook?.deleteRow(row),
    }),
    [workbook],
  );
  const report = state.report;

  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root}>
        <Title3 as="h1">{t('pane.title')}</Title3>
        <div role="toolbar" aria-label={t('pane.actions')} className={styles.actions}>
          {state.status === 'noTemplate' ? (
            <Button appearance="primary" onClick={() => void workbook?.insertTemplate()}>
              {t('action.insertTemplate')}
            </Button>
          ) : (
            <Button appearance="primary" disabled={state.status === 'checking'} onClick={() => void workbook?.checkSheet()}>
              {t('action.checkSheet')}
            </Button>
          )}
        </div>
        <div aria-live="polite">
          {(state.status === 'checking' || state.status === 'starting') && <Spinner size="tiny" label={t('status.checking')} />}
          {state.status === 'noTemplate' && <Text>{t('status.noTemplate')}</Text>}
          {state.status === 'failed' && <Text role="alert">{t('status.failed', { reason: state.failure ?? '' })}</Text>}
        </div>
        {report && state.status !== 'noTemplate' && (
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
      </main>
    </FluentProvider>
  );
}
