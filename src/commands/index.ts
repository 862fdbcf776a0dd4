// The shared runtime's start: loaded by the task pane page, which Office keeps running while the
// workbook is open (pane closed or not). Registers the ribbon functions and starts live validation.
// Outside Excel, or when Office.js is missing or silent, it tells the pane why (runtimePane rejects).
import { toLang } from '../core';
import { officeHost } from '../excel/host';
import { PaneController, type PaneStore } from '../taskpane/controller';
import { failPane, providePane, START_TIMEOUT_MS, StartFailure } from '../taskpane/runtimePane';
import { translate } from '../taskpane/i18n';
import { browserStorage } from '../taskpane/settings';
import { createAddin, failureText } from './addin';

const message = (error: unknown) => String((error as Error)?.message ?? error);

/** Every command must tell Office it is done, even when it fails, or the ribbon stays busy. */
function completing(store: PaneStore, action: () => Promise<void>) {
  return (event: Office.AddinCommands.Event) => {
    action()
      .catch((error: unknown) => store.setState({ status: 'failed', failure: failureText(store.getState().lang, error) }))
      .finally(() => event.completed());
  };
}

function start(): void {
  const lang = toLang(Office.context.displayLanguage);
  const host = officeHost();
  const pane = new PaneController({
    host,
    lang,
    storage: browserStorage(),
    origin: window.location.origin,
    // Office.addin comes with the shared runtime; without it the pane is already the page that is shown.
    showPane: Office.addin ? () => Office.addin.showAsTaskpane() : undefined,
  });
  const { store } = pane;
  // Load with this workbook from now on, so live validation runs as soon as it opens.
  const addin = createAddin(host, lang, store, () => void Office.addin?.setStartupBehavior(Office.StartupBehavior.load));
  providePane(pane);
  // One action per ribbon button (the FunctionName elements of manifest.xml).
  Office.actions?.associate('insertTemplate', completing(store, () => addin.insertTemplate()));
  Office.actions?.associate('checkSheet', completing(store, () => pane.checkFromRibbon()));
  // Read, check and send the whole table; the pane opens on the confirmation, the progress or the review.
  Office.actions?.associate('sendToAccounton', completing(store, () => pane.sendFromRibbon()));
  // The firm's clients into the sheet; the pane opens on the progress and its Cancel.
  Office.actions?.associate('loadClients', completing(store, () => pane.loadFromRibbon()));
  // Opening the pane runs a full check, so what it shows is never stale.
  void Office.addin?.onVisibilityModeChanged((args) => {
    if (args.visibilityMode === Office.VisibilityMode.taskpane) void addin.checkSheet();
  });
  void addin.start().catch((error: unknown) => store.setState({ status: 'failed', failure: failureText(lang, error) }));
  // Excel answers the first read within a second; never leave the pane on its first spinner.
  setTimeout(() => {
    if (store.getState().status === 'starting') store.setState({ status: 'failed', failure: translate(lang, 'status.noAnswer') });
  }, START_TIMEOUT_MS);
}

if (typeof Office === 'undefined') {
  failPane(new StartFailure('noOffice'));
} else {
  const silent = setTimeout(() => failPane(new StartFailure('timeout')), START_TIMEOUT_MS);
  Office.onReady((info) => {
    clearTimeout(silent);
    if (info?.host !== Office.HostType.Excel) return failPane(new StartFailure('notExcel', String(info?.host ?? '')));
    try {
      start();
    } catch (error) {
      failPane(new StartFailure('error', message(error)));
    }
  });
}
