// The send controller, its state and the pane's language, for the Send and Settings views.
import { createContext, useContext, useMemo } from 'react';
import type { Lang } from '../core';
import { translator, type Translate } from './i18n';
import type { PaneController, PaneState } from './controller';
import { useStore } from './store';

export const PaneContext = createContext<PaneController | null>(null);

export function usePane(): { pane: PaneController; state: PaneState; lang: Lang; t: Translate } {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside <PaneContext.Provider>');
  const state = useStore(pane.store);
  const lang = state.lang;
  const t = useMemo(() => translator(lang), [lang]);
  return { pane, state, lang, t };
}
