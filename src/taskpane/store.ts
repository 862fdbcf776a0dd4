// A tiny external store: the pane's state lives outside React so the ribbon commands (same shared runtime)
// and the React views read and change one and the same state. React reads it with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export interface Store<S> {
  getState(): S;
  setState(update: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's state, or the part `pick` takes from it (the component renders again only when that changes). */
export function useStore<S>(store: Store<S>): S;
export function useStore<S, T>(store: Store<S>, pick: (state: S) => T): T;
export function useStore<S, T>(store: Store<S>, pick: (state: S) => S | T = (state) => state): S | T {
  const read = () => pick(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
