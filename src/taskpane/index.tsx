// The task pane's React root. The commands entry (same page, same runtime) owns the store's actions and
// creates the send controller.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { checkStore } from './checkState';
import { runtimePane } from './runtimePane';

Office.onReady(async () => {
  const pane = await runtimePane;
  createRoot(document.getElementById('root')!).render(<App store={checkStore} pane={pane} />);
});
