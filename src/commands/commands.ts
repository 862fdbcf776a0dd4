// The ribbon's ExecuteFunction buttons. Thin: each one hands over to the pane controller, which runs in the
// same (shared) runtime as the pane, and tells Office it is done whatever happens.
import type { RibbonActions } from '../taskpane/controller';

type Handler = (event: Office.AddinCommands.Event) => void;

/** Runs `action`, then completes the event, so the ribbon button never stays busy. */
export function ribbonHandler(action: () => Promise<unknown>): Handler {
  return (event) => {
    action()
      .catch(() => undefined) // failures are shown in the pane's state; the ribbon has no place for them
      .finally(() => event.completed());
  };
}

/** Registers the manifest's FunctionName of each button (test/manifest.test.ts checks they match). */
export function registerCommands(pane: RibbonActions): void {
  Office.actions.associate('insertTemplate', ribbonHandler(() => pane.insertTemplate()));
  Office.actions.associate('checkSheet', ribbonHandler(() => pane.checkSheet()));
  Office.actions.associate('sendToAccounton', ribbonHandler(() => pane.sendFromRibbon()));
}
