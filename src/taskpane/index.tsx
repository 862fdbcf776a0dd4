// The task pane's React root. The commands entry (same page, same runtime) owns Office, the store's actions
// and the send controller; this waits for it and shows the pane, or why the add-in could not start.
import { Spinner } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { toLang } from '../core/lang';
import { translate } from '../ui/i18n';
import { App } from './App';
import { checkStore } from './checkState';
import { runtimePane, START_TIMEOUT_MS, StartFailure } from './runtimePane';
import { StartupNotice } from './StartupNotice';

const root = createRoot(document.getElementById('root')!);
// Outside Excel there is no Office display language: the browser's is the user's.
const browserLang = toLang(navigator.language);
root.render(<Spinner label={translate(browserLang, 'startup.loading')} style={{ padding: 16 }} />);
runtimePane.then(
  (pane) => root.render(<App store={checkStore} pane={pane} />),
  (error: unknown) => {
    const failure = error instanceof StartFailure ? error : new StartFailure('error', String(error));
    root.render(
      <StartupNotice failure={failure} lang={browserLang} timeoutSeconds={START_TIMEOUT_MS / 1000} onRetry={() => window.location.reload()} />,
    );
  },
);
