// The web importer: connect with an API key, choose the workflow, download the template, upload the filled
// file, then the same review and commit as the task pane. Served by the API at /, so it talks to its own origin.
import {
  Button, Field, FluentProvider, Input, Link, makeStyles, Select, Spinner, Text, tokens, webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, createClient, type ApiClient } from '../api/client';
import { LANGS, type Lang } from '../core/lang';
import type { ImportPreview, Workflow } from '../api/contract/schemas';
import type { Mapping } from '../core/mapping/types';
import { AppliedMapping, MappingStep } from '../ui/mapping';
import { mappingTranslator } from '../ui/mapping/i18n';
import { ConnectionStatus, WorkflowPicker } from '../ui/review/ConnectionStatus';
import { ErrorNotice } from '../ui/review/ErrorNotice';
import { translate } from '../ui/review/i18n';
import { defaultWorkflow } from '../ui/review/names';
import { saveBlob } from '../ui/download';
import { MandateDownload, previewResults } from '../ui/review/MandateDownload';
import { testConnection, type ConnectionResult } from '../ui/review/testConnection';
import { webTranslator } from './i18n';
import { storedKey, storedLang, storeKey, storeLang } from './storage';

const useStyles = makeStyles({
  header: {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  headerLang: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: {
    maxWidth: '1120px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL,
  },
  section: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  keyInput: { minWidth: '320px' },
  hint: { color: tokens.colorNeutralForeground3 },
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  fileRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // Out of sight, still in the page: the button clicks it, and the field's label still names it.
  hiddenFile: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden',
    clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
  },
});

type Connection = { testing: boolean; result: ConnectionResult | null };

// The review is loaded after the first render (and fetched ahead while the user connects): the page paints sooner.
const ReviewSteps = lazy(() => import(/* webpackPrefetch: true */ '../ui/review/ReviewSteps').then((m) => ({ default: m.ReviewSteps })));

function clientFor(apiKey: string, lang: Lang): ApiClient {
  return createClient({ baseUrl: window.location.origin, apiKey, lang });
}

export function App() {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(storedLang);
  const t = useMemo(() => webTranslator(lang), [lang]);
  const [keyInput, setKeyInput] = useState(storedKey);
  const [apiKey, setApiKey] = useState(storedKey);
  const client = useMemo(() => clientFor(apiKey, lang), [apiKey, lang]);
  const [connection, setConnection] = useState<Connection>(() => ({ testing: Boolean(storedKey()), result: null }));
  const [needKey, setNeedKey] = useState(false);
  const [workflows, setWorkflows] = useState<Workflow[] | null>(null);
  const [workflowError, setWorkflowError] = useState<unknown>(null);
  const [workflowId, setWorkflowId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<'upload.noFile' | 'upload.notXlsx' | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ data: ImportPreview; file: string } | null>(null);
  // A file that is not the template: the server's suggested mapping, until the user confirms one.
  const [mappingNeeded, setMappingNeeded] = useState<{ mapping: Mapping; samples: Record<string, string[]> } | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileNameId = useId();
  const connected = connection.result?.state === 'ok';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  const loadWorkflows = useCallback(async (c: ApiClient) => {
    try {
      const list = await c.workflows();
      setWorkflows(list);
      setWorkflowId((current) => (current && list.some((w) => w.id === current) ? current : (defaultWorkflow(list)?.id ?? null)));
    } catch (err) {
      setWorkflowError(err);
    }
  }, []);

  const finishTest = useCallback((key: string) => {
    const c = clientFor(key, lang);
    return testConnection(c).then((result) => {
      setConnection({ testing: false, result });
      if (result.state === 'ok') return loadWorkflows(c);
    });
  }, [lang, loadWorkflows]);

  const runTest = (key: string) => {
    setConnection({ testing: true, result: null });
    setWorkflows(null);
    setWorkflowError(null);
    void finishTest(key);
  };

  const retryWorkflows = () => {
    setWorkflowError(null);
    void loadWorkflows(client);
  };

  // A key kept from an earlier visit is tested once on load.
  useEffect(() => {
    if (apiKey) void finishTest(apiKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (preview) reviewHeading.current?.focus();
  }, [preview]);

  const onTest = (e: FormEvent) => {
    e.preventDefault();
    const key = keyInput.trim();
    setNeedKey(!key);
    if (!key) return;
    storeKey(key);
    setApiKey(key);
    runTest(key);
  };

  const onForget = () => {
    storeKey(null);
    setKeyInput('');
    setApiKey('');
    setConnection({ testing: false, result: null });
    setWorkflows(null);
    setPreview(null);
  };

  const upload = async (mapping?: Mapping) => {
    if (!file) return setFileProblem('upload.noFile');
    if (!/\.xlsx$/i.test(file.name)) return setFileProblem('upload.notXlsx');
    if (!workflowId) return;
    setFileProblem(null);
    setUploadError(null);
    setUploading(true);
    try {
      const data = await client.uploadImport(file, { workflowId, source: 'web', fileName: file.name, mapping });
      setMappingNeeded(null);
      setPreview({ data, file: file.name });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'upload.needsMapping' && err.mapping) {
        setMappingNeeded({ mapping: err.mapping, samples: err.samples ?? {} });
      } else setUploadError(err);
    } finally {
      setUploading(false);
    }
  };

  const confirmMapping = async (mapping: Mapping, remember: boolean) => {
    setUploadError(null);
    if (remember) {
      try {
        await client.saveMapping(mapping);
      } catch (err) {
        return setUploadError(err);
      }
    }
    await upload(mapping);
  };

  const onUpload = (e: FormEvent) => {
    e.preventDefault();
    void upload();
  };

  // Fetched with the key (a plain link could not send it), then saved from memory.
  const downloadResults = async (importId: string) => saveBlob(await client.resultsXlsx(importId), `accounton-results-${importId}.xlsx`);

  const startOver = () => {
    setPreview(null);
    setMappingNeeded(null);
    setFile(null);
    setInputKey((n) => n + 1);
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <div className={styles.headerLang}>
          <label htmlFor="ui-lang">{t('app.language')}</label>
          <Select id="ui-lang" value={lang} onChange={(_, d) => { const l = d.value as Lang; setLang(l); storeLang(l); }}>
            {/* Each language in its own name (English, Français, Nederlands), marked as such for screen readers. */}
            {LANGS.map((l) => <option key={l} value={l} lang={l}>{t(`lang.${l}`)}</option>)}
          </Select>
        </div>
      </header>
      <main className={styles.main}>
        <Text>{t('app.subtitle')}</Text>

        <section className={styles.section} aria-labelledby="step-connect">
          <h2 id="step-connect" className={styles.h2}>{t('step.connect')}</h2>
          <Text>{t('connect.intro')}</Text>
          <form className={styles.row} onSubmit={onTest}>
            <Field
              label={translate(lang, 'connection.key')}
              hint={translate(lang, 'connection.keyHint')}
              validationMessage={needKey ? translate(lang, 'connection.needKey') : undefined}
              className={styles.keyInput}
            >
              <Input type="password" value={keyInput} autoComplete="off" spellCheck={false} onChange={(_, d) => setKeyInput(d.value)} />
            </Field>
            <Button type="submit" appearance="primary" disabledFocusable={connection.testing}>{translate(lang, 'connection.test')}</Button>
            {apiKey && <Button onClick={onForget}>{translate(lang, 'connection.forget')}</Button>}
          </form>
          <ConnectionStatus result={connection.result} testing={connection.testing} lang={lang} onRetry={() => runTest(apiKey)} />
        </section>

        <section className={styles.section} aria-labelledby="step-workflow">
          <h2 id="step-workflow" className={styles.h2}>{t('step.workflow')}</h2>
          {!connected && <Text className={styles.hint}>{t('connect.needConnection')}</Text>}
          {connected && workflowError !== null && <ErrorNotice error={workflowError} lang={lang} onRetry={retryWorkflows} />}
          {connected && workflowError === null && workflows === null && <Spinner size="small" label={translate(lang, 'workflow.loading')} />}
          {connected && workflows && (
            <WorkflowPicker workflows={workflows} value={workflowId} onChange={setWorkflowId} lang={lang} />
          )}
        </section>

        <section className={styles.section} aria-labelledby="step-template">
          <h2 id="step-template" className={styles.h2}>{t('step.template')}</h2>
          <Text>{t('template.text')}</Text>
          <div>
            <Link href={client.templateUrl(lang)} download>{t('template.download')}</Link>
          </div>
        </section>

        <section className={styles.section} aria-labelledby="step-upload">
          <h2 id="step-upload" className={styles.h2}>{t('step.upload')}</h2>
          {!connected && <Text className={styles.hint}>{t('connect.needConnection')}</Text>}
          <form className={styles.row} onSubmit={onUpload}>
            <Field label={t('upload.label')} validationMessage={fileProblem ? t(fileProblem) : undefined}>
              {(fieldProps) => (
                // The browser's own "Choose File / No file chosen" speaks the browser's language: the input is
                // hidden and a button in the page's language opens it; the chosen file's name is shown beside it.
                <div className={styles.fileRow}>
                  <input
                    {...fieldProps}
                    key={inputKey}
                    ref={fileInput}
                    type="file"
                    tabIndex={-1}
                    className={styles.hiddenFile}
                    accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    disabled={!connected || uploading}
                    onChange={(e) => { setFile(e.target.files?.[0] ?? null); setFileProblem(null); setUploadError(null); setMappingNeeded(null); }}
                  />
                  <Button disabled={!connected || uploading} aria-describedby={fileNameId} onClick={() => fileInput.current?.click()}>
                    {t('upload.choose')}
                  </Button>
                  <Text id={fileNameId} className={file ? undefined : styles.hint}>{file ? file.name : t('upload.none')}</Text>
                </div>
              )}
            </Field>
            <Button type="submit" appearance="primary" disabledFocusable={!connected || !workflowId || uploading}>
              {t('upload.button')}
            </Button>
            {uploading && <Spinner size="small" label={t('upload.sending')} />}
          </form>
          {uploadError !== null && <ErrorNotice error={uploadError} lang={lang} onRetry={() => void upload()} />}
        </section>

        {mappingNeeded && !preview && (
          <section className={styles.section} aria-labelledby="step-mapping">
            <h2 id="step-mapping" className={styles.h2}>{mappingTranslator(lang)('mapping.title')}</h2>
            <MappingStep
              key={mappingNeeded.mapping.signature}
              mapping={mappingNeeded.mapping}
              samples={mappingNeeded.samples}
              lang={lang}
              canRemember
              busy={uploading}
              onConfirm={(m, remember) => void confirmMapping(m, remember)}
            />
          </section>
        )}

        {preview && (
          <section className={styles.section} aria-labelledby="step-review">
            <h2 id="step-review" className={styles.h2} ref={reviewHeading} tabIndex={-1}>{t('step.review')}</h2>
            <Text className={styles.hint}>{t('review.file', { file: preview.file })}</Text>
            {preview.data.mapping && <AppliedMapping applied={preview.data.mapping} lang={lang} />}
            <MandateDownload results={() => previewResults(preview.data)} lang={lang} />
            <Suspense fallback={<Spinner size="small" />}>
              <ReviewSteps client={client} preview={preview.data} lang={lang} onDone={startOver} onDownloadResults={downloadResults} />
            </Suspense>
          </section>
        )}
      </main>
    </FluentProvider>
  );
}
