// The task pane's React root. The commands entry (same page, same runtime) creates the pane's controller,
// whose store live validation fills in.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { runtimePane } from './runtimePane';

Office.onReady(async () => {
  const pane = await runtimePane;
  createRoot(document.getElementById('root')!).render(<App pane={pane} />);
});
