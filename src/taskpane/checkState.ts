// The state of the sheet check, shared by the ribbon commands, live validation and the React pane through
// the shared runtime (one page, one module instance). Plain TypeScript: React reads it with useSyncExternalStore.
import type { Lang } from '../core';
import type { CellFix } from '../excel/engine';
import type { CheckReport } from '../excel/model';

export type CheckStatus = 'starting' | 'checking' | 'ready' | 'noTemplate' | 'failed';

export interface CheckState {
  lang: Lang;
  status: CheckStatus;
  report: CheckReport | null;
  /** Why the last check failed (an Office error message), when status is 'failed'. */
  failure?: string;
}

/** What the pane asks of the workbook; implemented over Excel by src/commands/addin.ts. */
export interface WorkbookActions {
  insertTemplate(): Promise<void>;
  checkSheet(): Promise<void>;
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
  select(row: number, column: string): Promise<void>;
  deleteRow(row: number): Promise<void>;
}

export class CheckStore {
  private state: CheckState;
  private readonly listeners = new Set<() => void>();
  actions: WorkbookActions | null = null;

  constructor(lang: Lang = 'en') {
    this.state = { lang, status: 'starting', report: null };
  }

  getState = (): CheckState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<CheckState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The one check state of the add-in's runtime. */
export const checkStore = new CheckStore();
