// The review of one import, the same in the task pane and on the web page: the four buckets as tabs with
// their counts, the commit, then the summary. Props-driven: the host passes the API client, the preview and
// callbacks for what only it can do (select a cell, copy to a sheet, write back).
import {
  Button, CounterBadge, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useReducer, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { Lang } from '../../core/lang';
import type { CommitRequest, CommitResult, ImportPreview, Questionnaire } from '../../api/contract/schemas';
import { AccountonOnlyStep } from './AccountonOnlyStep';
import { CommitConfirm, commitAction, namesByRow } from './CommitConfirm';
import { CommitSummary } from './CommitSummary';
import { DuplicatesStep } from './DuplicatesStep';
import { ErrorNotice } from './ErrorNotice';
import { translator, type Translate } from './i18n';
import { ImportOnlyStep } from './ImportOnlyStep';
import { InvalidStep, type CellRef } from './InvalidStep';
import { commitPlan, initialState, reviewReducer } from './selection';
import { useReviewStyles } from './styles';
import { useCommit } from './useCommit';
import { warningCount } from './Warnings';

export const STEPS = ['importOnly', 'duplicates', 'invalid', 'accountonOnly'] as const;
export type Step = (typeof STEPS)[number];

export interface ReviewStepsProps {
  client: ApiClient;
  preview: ImportPreview;
  lang: Lang;
  /** The workflow's questionnaires; fetched with the client when absent. */
  questionnaires?: readonly Questionnaire[];
  /** Pane: select the cell of an issue in the sheet. Without it, the row and column are shown as text. */
  onSelectCell?: (cell: CellRef) => void;
  /** Pane: "Copy to a new sheet" of the clients only in Accounton (the host reads them all). Hidden when absent. */
  onCopyAccountonOnly?: () => void;
  /** Called once after a successful commit (e.g. to write each row's outcome back). */
  onCommitted?: (result: CommitResult, request: CommitRequest) => void;
  /** "Import another file" on the summary. Hidden when absent. */
  onDone?: () => void;
  /** Web page: "Download the results (.xlsx)" of the committed import on the summary. Hidden when absent. */
  onDownloadResults?: (importId: string) => Promise<void>;
}

// The preview holds only the first page of the clients only in Accounton: their count is the summary's.
function stepCounts(preview: ImportPreview): Record<Step, number> {
  return {
    importOnly: preview.importOnly.length,
    duplicates: preview.duplicates.length,
    invalid: preview.invalid.length,
    accountonOnly: preview.summary.accountonOnly,
  };
}

function firstStep(preview: ImportPreview): Step {
  const counts = stepCounts(preview);
  return STEPS.find((s) => counts[s] > 0) ?? 'importOnly';
}

interface BodyProps extends ReviewStepsProps {
  questionnaires: readonly Questionnaire[];
  t: Translate;
}

function ReviewBody({ client, preview, lang, questionnaires, onSelectCell, onCopyAccountonOnly, onCommitted, onDone, onDownloadResults, t }: BodyProps) {
  const styles = useReviewStyles();
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialState(preview, questionnaires));
  const [step, setStep] = useState<Step>(() => firstStep(preview));
  const [confirming, setConfirming] = useState(false);
  const { pending, error, result, commit } = useCommit(client, preview.id, onCommitted);
  const plan = useMemo(() => commitPlan(state), [state]);
  const names = useMemo(() => namesByRow(preview), [preview]);
  const ids = useId();

  const counts = stepCounts(preview);
  const warnings: Partial<Record<Step, number>> = {
    importOnly: warningCount(preview.importOnly),
    duplicates: warningCount(preview.duplicates),
  };
  const tabId = (s: Step) => `${ids}-tab-${s}`;
  const panelId = (s: Step) => `${ids}-panel-${s}`;
  const reasonId = `${ids}-reason`;
  const action = commitAction(plan.request, lang, t);
  const reason = plan.missingQuestionnaire.length > 0
    ? t('commit.missingQuestionnaire', { count: plan.missingQuestionnaire.length })
    : action === '' ? t('commit.nothing') : '';
  const confirm = () => {
    setConfirming(false);
    void commit(plan.request);
  };
  // In the same place with the summary as with the review: the dialog finishes closing (a dialog unmounted
  // while it closes leaves the page aria-hidden behind it).
  const confirmation = (
    <CommitConfirm
      open={confirming} request={plan.request} names={names} lang={lang} t={t}
      onConfirm={confirm} onCancel={() => setConfirming(false)}
    />
  );

  if (result) {
    const download = onDownloadResults && (() => onDownloadResults(preview.id));
    return (
      <>
        <CommitSummary
          result={result} names={names} questionnaires={questionnaires} lang={lang} t={t} onDone={onDone} onDownloadResults={download}
        />
        {confirmation}
      </>
    );
  }

  return (
    <>
      <div>
        <TabList className={styles.tabs} selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} aria-label={t('steps.label')}>
          {STEPS.map((s) => (
            <Tab key={s} value={s} id={tabId(s)} aria-controls={panelId(s)}>
              {t(`steps.${s}`)}{' '}
              {/* The whole count: past 99 the badge would only say "99+". */}
              <CounterBadge
                count={counts[s]} overflowCount={Infinity} showZero appearance="filled"
                color={s === 'invalid' && counts[s] > 0 ? 'danger' : 'informative'}
              />
              {(warnings[s] ?? 0) > 0 && (
                <>
                  {' '}
                  <span aria-hidden="true" className={styles.warningMark}>⚠&nbsp;{warnings[s]}</span>
                  <span className={styles.visuallyHidden}>{t('warnings.inTab', { count: warnings[s] })}</span>
                </>
              )}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={panelId(step)} aria-labelledby={tabId(step)} tabIndex={0}>
          {step === 'importOnly' && <ImportOnlyStep entries={preview.importOnly} state={state} dispatch={dispatch} t={t} lang={lang} />}
          {step === 'duplicates' && <DuplicatesStep entries={preview.duplicates} state={state} dispatch={dispatch} lang={lang} t={t} />}
          {step === 'invalid' && <InvalidStep entries={preview.invalid} lang={lang} t={t} onSelectCell={onSelectCell} />}
          {step === 'accountonOnly' && (
            <AccountonOnlyStep
              client={client}
              importId={preview.id}
              first={preview.accountonOnly}
              total={preview.summary.accountonOnly}
              notLinked={preview.summary.accountonOnlyNotLinked}
              lang={lang}
              t={t}
              onCopyToSheet={onCopyAccountonOnly}
            />
          )}
        </div>
        <div className={styles.commitBar}>
          {/* Says what the commit does across every tab; a click asks first (CommitConfirm). */}
          <Button
            appearance="primary"
            disabledFocusable={pending || !plan.ready}
            aria-describedby={reason ? reasonId : undefined}
            icon={pending ? <Spinner size="tiny" /> : undefined}
            onClick={() => setConfirming(true)}
          >
            {pending ? t('commit.pending') : action || t('commit.none')}
          </Button>
          <Text role="status" id={reasonId}>{reason}</Text>
        </div>
        {error !== null && (
          <ErrorNotice error={error} lang={lang} keepsWork onRetry={() => void commit(plan.request)} />
        )}
      </div>
      {confirmation}
    </>
  );
}

/** A file with no filled rows: said so, with the sheet that was read, instead of an empty review. */
function NoClients({ preview, t, onDone }: { preview: ImportPreview; t: Translate; onDone?: () => void }) {
  return (
    <div>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('empty.title')}</MessageBarTitle>
          {preview.sheet ? t('empty.sheet', { sheet: preview.sheet }) : t('empty.rows')}
        </MessageBarBody>
      </MessageBar>
      {onDone && <Button onClick={onDone}>{t('summary.again')}</Button>}
    </div>
  );
}

export function ReviewSteps(props: ReviewStepsProps) {
  const { client, preview, lang } = props;
  const t = useMemo(() => translator(lang), [lang]);
  const [loaded, setLoaded] = useState<readonly Questionnaire[] | null>(props.questionnaires ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const given = props.questionnaires;

  useEffect(() => {
    if (given) return;
    const abort = new AbortController();
    client.questionnaires({ workflowId: preview.workflowId }, { signal: abort.signal })
      .then(setLoaded, (err: unknown) => { if (!abort.signal.aborted) setError(err); });
    return () => abort.abort();
  }, [client, preview.workflowId, given, attempt]);

  const retry = useCallback(() => { setError(null); setAttempt((n) => n + 1); }, []);
  const questionnaires = given ?? loaded;
  if (preview.summary.total === 0) return <NoClients preview={preview} t={t} onDone={props.onDone} />;
  if (error !== null) return <ErrorNotice error={error} lang={lang} onRetry={retry} />;
  if (!questionnaires) return <Spinner label={t('questionnaires.loading')} />;
  return <ReviewBody key={preview.id} {...props} questionnaires={questionnaires} t={t} />;
}

export type { CellRef };
