// The task pane's React root. The commands entry (same page, same runtime) owns the store's actions.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { checkStore } from './checkState';

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App store={checkStore} />);
});
