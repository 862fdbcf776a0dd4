// The shared runtime's start: loaded by the task pane page, which Office keeps running while the
// workbook is open (pane closed or not). Registers the ribbon functions and starts live validation.
import { toLang } from '../core';
import { officeHost } from '../excel/host';
import { PaneController, type PaneStore } from '../taskpane/controller';
import { providePane } from '../taskpane/runtimePane';
import { browserStorage } from '../taskpane/settings';
import { createAddin } from './addin';

/** Every command must tell Office it is done, even when it fails, or the ribbon stays busy. */
function completing(store: PaneStore, action: () => Promise<void>) {
  return (event: Office.AddinCommands.Event) => {
    action()
      .catch((error: unknown) => store.setState({ status: 'failed', failure: String((error as Error)?.message ?? error) }))
      .finally(() => event.completed());
  };
}

Office.onReady(() => {
  const lang = toLang(Office.context.displayLanguage);
  const host = officeHost();
  const pane = new PaneController({
    host,
    lang,
    storage: browserStorage(),
    origin: window.location.origin,
    showPane: () => Office.addin.showAsTaskpane(),
  });
  const { store } = pane;
  // Load with this workbook from now on, so live validation runs as soon as it opens.
  const addin = createAddin(host, lang, store, () => void Office.addin.setStartupBehavior(Office.StartupBehavior.load));
  providePane(pane);
  // One action per ribbon button (the FunctionName elements of manifest.xml).
  Office.actions.associate('insertTemplate', completing(store, () => addin.insertTemplate()));
  Office.actions.associate('checkSheet', completing(store, () => pane.checkFromRibbon()));
  // Read, check and send the whole table; the pane opens on the confirmation, the progress or the review.
  Office.actions.associate('sendToAccounton', completing(store, () => pane.sendFromRibbon()));
  // Opening the pane runs a full check, so what it shows is never stale.
  void Office.addin.onVisibilityModeChanged((args) => {
    if (args.visibilityMode === Office.VisibilityMode.taskpane) void addin.checkSheet();
  });
  void addin.start().catch((error: unknown) => store.setState({ status: 'failed', failure: String(error) }));
});
