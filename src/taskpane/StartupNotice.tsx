// What the pane shows instead of itself when the add-in cannot start: outside Excel (a plain browser tab,
// or Office.js blocked), or when Office stays silent or the start-up throws. Always why, a way on
// (sideloading, the web importer) and Retry; never a blank page.
import { Button, FluentProvider, Link, makeStyles, Text, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Lang } from '../core/lang';
import { translator } from './i18n';
import type { StartFailure } from './runtimePane';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function StartupNotice({ failure, lang, timeoutSeconds, onRetry }: {
  failure: StartFailure;
  lang: Lang;
  timeoutSeconds: number;
  onRetry: () => void;
}) {
  const styles = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const outside = failure.reason === 'notExcel' || failure.reason === 'noOffice';
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Title3 as="h1">{t(outside ? 'startup.outside.title' : 'startup.failed.title')}</Title3>
        <div role="alert">
          {failure.reason === 'noOffice' && <Text block>{t('startup.noOffice')}</Text>}
          {failure.reason === 'timeout' && <Text block>{t('startup.timeout', { seconds: timeoutSeconds })}</Text>}
          {failure.reason === 'error' && <Text block>{t('startup.error', { reason: failure.message })}</Text>}
        </div>
        <Text block>{t('startup.outside.body')}</Text>
        <Text block>{t('startup.sideload')}</Text>
        {/* The web importer is served at the root of the add-in's own origin. */}
        <Link href="/">{t('startup.webImporter')}</Link>
        <div>
          <Button appearance="primary" onClick={onRetry}>{t('startup.retry')}</Button>
        </div>
      </main>
    </FluentProvider>
  );
}
