// The runtime's one send controller: created by the commands entry (which owns Office) and awaited by the
// pane's React root. Both entries run in the same page and share this module (webpack runtimeChunk single).
// When the add-in cannot start (no Office.js, no Excel host, Office silent, an error), the promise rejects
// with a StartFailure so the pane can say why instead of staying blank or spinning.
import type { PaneController } from './controller';

/** How long Office.js, and then Excel's first answer, may take before the pane says they did not come. */
export const START_TIMEOUT_MS = 20_000;

export type StartFailureReason =
  /** The Office.js script did not load (offline, or the network blocks Microsoft's CDN). */
  | 'noOffice'
  /** Office.js loaded, but the page is not inside Excel (a plain browser tab, or another Office app). */
  | 'notExcel'
  /** Office.js never said it was ready. */
  | 'timeout'
  /** The start-up threw. */
  | 'error';

export class StartFailure extends Error {
  constructor(readonly reason: StartFailureReason, detail = '') {
    super(detail || reason);
    this.name = 'StartFailure';
  }
}

let provide: (pane: PaneController) => void = () => undefined;
let fail: (failure: StartFailure) => void = () => undefined;
export const runtimePane: Promise<PaneController> = new Promise((resolve, reject) => {
  provide = resolve;
  fail = reject;
});
// The pane handles the rejection; this keeps an unattended one (the ribbon without a pane) from being reported.
runtimePane.catch(() => undefined);

export function providePane(pane: PaneController): void {
  provide(pane);
}

export function failPane(failure: StartFailure): void {
  fail(failure);
}
