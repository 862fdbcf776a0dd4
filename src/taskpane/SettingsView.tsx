// Settings: the API address and key (kept in this browser, never in the workbook), "Test connection",
// the workflow the imports go into, and the pane's language.
import { Button, Field, Input, Select, Spinner, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { LANGS, type Lang } from '../core/lang';
import { ConnectionStatus, WorkflowPicker } from '../ui/review/ConnectionStatus';
import { ErrorNotice } from '../ui/review/ErrorNotice';
import { translate } from '../ui/review/i18n';
import { defaultWorkflow } from '../ui/review/names';
import { testConnection, type ConnectionResult } from '../ui/review/testConnection';
import { usePane } from './context';
import { usePaneStyles } from './styles';

/** https anywhere; plain http only on this computer (a local server without the dev certificate). */
export function isAllowedBaseUrl(url: string): boolean {
  return /^https:\/\/[^\s/]+/i.test(url) || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(url);
}

export function SettingsView() {
  const { pane, state, lang, t } = usePane();
  const styles = usePaneStyles();
  const [baseUrl, setBaseUrl] = useState(state.settings.baseUrl);
  const [apiKey, setApiKey] = useState(state.settings.apiKey);
  const [problem, setProblem] = useState<'url' | 'key' | null>(null);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [workflowError, setWorkflowError] = useState<unknown>(null);

  const test = async () => {
    const url = baseUrl.trim();
    const key = apiKey.trim();
    if (!isAllowedBaseUrl(url)) return setProblem('url');
    if (!key) return setProblem('key');
    setProblem(null);
    pane.saveSettings({ ...state.settings, baseUrl: url, apiKey: key });
    setTesting(true);
    setResult(null);
    setWorkflowError(null);
    try {
      const outcome = await testConnection(await pane.api());
      setResult(outcome);
      if (outcome.state === 'ok') await pane.loadWorkflows().catch(setWorkflowError);
    } finally {
      setTesting(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void test();
  };

  const workflows = state.workflows;
  const chosen = state.settings.workflowId ?? (workflows ? defaultWorkflow(workflows)?.id ?? null : null);
  const crossOrigin = (() => {
    try {
      return typeof window !== 'undefined' && new URL(baseUrl).origin !== window.location.origin;
    } catch {
      return false;
    }
  })();

  return (
    // The tab already says "Settings": the heading names the connection, the first thing set here.
    <section className={styles.main}>
      <h2 className={styles.h2}>{t('settings.heading')}</h2>
      <form className={styles.main} onSubmit={onSubmit}>
        <Field label={t('settings.baseUrl')} hint={t('settings.baseUrlHint')} validationMessage={problem === 'url' ? t('settings.baseUrlInvalid') : undefined}>
          <Input type="url" value={baseUrl} spellCheck={false} onChange={(_, d) => setBaseUrl(d.value)} />
        </Field>
        <Field
          label={translate(lang, 'connection.key')}
          hint={translate(lang, 'connection.keyHint')}
          validationMessage={problem === 'key' ? translate(lang, 'connection.needKey') : undefined}
        >
          <Input type="password" value={apiKey} autoComplete="off" spellCheck={false} onChange={(_, d) => setApiKey(d.value)} />
        </Field>
        <Text className={styles.muted}>{t('settings.stored')}</Text>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={testing}>{translate(lang, 'connection.test')}</Button>
          {state.settings.apiKey && (
            <Button onClick={() => { pane.saveSettings({ ...state.settings, apiKey: '' }); setApiKey(''); setResult(null); }}>
              {translate(lang, 'connection.forget')}
            </Button>
          )}
        </div>
      </form>
      <ConnectionStatus result={result} testing={testing} lang={lang} crossOrigin={crossOrigin} onRetry={() => void test()} />
      {workflowError !== null && <ErrorNotice error={workflowError} lang={lang} onRetry={() => void test()} />}
      {result?.state === 'ok' && !workflows && workflowError === null && <Spinner size="small" label={translate(lang, 'workflow.loading')} />}
      {workflows && (
        <WorkflowPicker workflows={workflows} value={chosen} lang={lang} onChange={(workflowId) => pane.saveSettings({ ...state.settings, workflowId })} />
      )}
      <Field label={t('settings.language')}>
        <Select value={lang} onChange={(_, d) => pane.setLang(d.value as Lang)}>
          {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
        </Select>
      </Field>
    </section>
  );
}
