// The task pane's React root. The commands entry (same page, same runtime) owns Office and creates the
// pane's controller, whose store live validation fills in; this waits for it and shows the pane, or why
// the add-in could not start.
import { Spinner } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { toLang } from '../core/lang';
import { App } from './App';
import { translate } from './i18n';
import { runtimePane, START_TIMEOUT_MS, StartFailure } from './runtimePane';

const root = createRoot(document.getElementById('root')!);
// Outside Excel there is no Office display language: the browser's is the user's.
const browserLang = toLang(navigator.language);
root.render(<Spinner label={translate(browserLang, 'startup.loading')} style={{ padding: 16 }} />);
runtimePane.then(
  (pane) => root.render(<App pane={pane} />),
  async (error: unknown) => {
    const failure = error instanceof StartFailure ? error : new StartFailure('error', String(error));
    // Only a start-up that failed needs the notice: it loads then, and stays out of every pane's first load.
    const { StartupNotice } = await import('./StartupNotice');
    root.render(
      <StartupNotice failure={failure} lang={browserLang} timeoutSeconds={START_TIMEOUT_MS / 1000} onRetry={() => window.location.reload()} />,
    );
  },
);
