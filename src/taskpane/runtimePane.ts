// The runtime's one send controller: created by the commands entry (which owns Office) and awaited by the
// pane's React root. Both entries run in the same page and share this module (webpack runtimeChunk single).
import type { PaneController } from './controller';

let provide: (pane: PaneController) => void = () => undefined;
export const runtimePane: Promise<PaneController> = new Promise((resolve) => {
  provide = resolve;
});

export function providePane(pane: PaneController): void {
  provide(pane);
}
